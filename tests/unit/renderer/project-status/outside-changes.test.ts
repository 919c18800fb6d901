import { describe, expect, it } from 'vitest';
import { OutsideChangeTracker } from '../../../../src/renderer/features/project-status/outside-changes';

describe('OutsideChangeTracker', () => {
  it('takes the first count as the baseline and reports each growth once', () => {
    const tracker = new OutsideChangeTracker();
    expect(tracker.observe(2)).toBe(false);
    expect(tracker.observe(2)).toBe(false);
    expect(tracker.observe(3)).toBe(true);
    expect(tracker.observe(3)).toBe(false);
    // An older answer arriving late (project.info after project.status) is no change.
    expect(tracker.observe(2)).toBe(false);
    expect(tracker.observe(3)).toBe(false);
    expect(tracker.observe(5)).toBe(true);
  });
});
