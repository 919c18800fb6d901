import { describe, expect, it } from 'vitest';
import { placeNear } from '../../../../src/renderer/features/transcript/placement';

describe('popup placement', () => {
  const viewport = { width: 1440, height: 900 };
  it('opens below the anchor when there is room, above it otherwise, and stays on screen', () => {
    expect(placeNear({ top: 100, bottom: 120, left: 200 }, viewport)).toEqual({
      top: 126,
      left: 200,
    });
    expect(placeNear({ top: 700, bottom: 720, left: 200 }, viewport)).toEqual({
      bottom: 206,
      left: 200,
    });
    expect(placeNear({ top: 100, bottom: 120, left: 1400 }, viewport).left).toBe(1440 - 370 - 8);
    expect(placeNear({ top: 100, bottom: 120, left: -50 }, viewport).left).toBe(8);
  });
});
