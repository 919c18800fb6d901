import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { debounce } from '../../../../src/renderer/features/matrix/debounce';

describe('debounce', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once, after the pause, with the last arguments', () => {
    const calls: string[] = [];
    const debounced = debounce((value: string) => calls.push(value), 200);
    debounced('a');
    vi.advanceTimersByTime(150);
    debounced('ab');
    vi.advanceTimersByTime(150);
    expect(calls).toEqual([]);
    expect(debounced.pending).toBe(true);
    vi.advanceTimersByTime(50);
    expect(calls).toEqual(['ab']);
    expect(debounced.pending).toBe(false);
  });

  it('cancel drops the pending call', () => {
    const fn = vi.fn();
    const debounced = debounce(fn, 100);
    debounced();
    debounced.cancel();
    vi.advanceTimersByTime(500);
    expect(fn).not.toHaveBeenCalled();
  });

  it('flush runs the pending call at once and only once', () => {
    const fn = vi.fn();
    const debounced = debounce(fn, 100);
    debounced.flush();
    expect(fn).not.toHaveBeenCalled();
    debounced(7);
    debounced.flush();
    expect(fn).toHaveBeenCalledExactlyOnceWith(7);
    vi.advanceTimersByTime(500);
    expect(fn).toHaveBeenCalledTimes(1);
  });
});
