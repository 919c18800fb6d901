/**
 * Which codings cover a point of the text: codings sorted by start with a running maximum
 * of their ends, so a lookup is a binary search plus a walk over the candidates only.
 */
import { lastAtOrBefore } from './offset-index';

export interface Interval {
  startUtf16: number;
  endUtf16: number;
}

export class IntervalLookup<T extends Interval> {
  private readonly sorted: T[];
  /** maxEnd[i] = the largest end among sorted[0..i]. */
  private readonly maxEnd: number[] = [];

  constructor(items: readonly T[]) {
    this.sorted = [...items].sort((a, b) => a.startUtf16 - b.startUtf16 || a.endUtf16 - b.endUtf16);
    let max = -Infinity;
    for (const item of this.sorted) {
      max = Math.max(max, item.endUtf16);
      this.maxEnd.push(max);
    }
  }

  /**
   * Items touching the caret position `offset`: the character before or after it lies in
   * the item. A click lands on a caret boundary, so either neighbour may be the one clicked.
   */
  at(offset: number): T[] {
    return this.overlapping(offset, offset, true);
  }

  /** Items overlapping [start, end); with `touching`, also items that only meet its edges. */
  overlapping(start: number, end: number, touching = false): T[] {
    const found: T[] = [];
    const last = lastAtOrBefore(this.sorted, (item) => item.startUtf16, touching ? end : end - 1);
    for (let i = last; i >= 0 && this.maxEnd[i]! >= start; i--) {
      const item = this.sorted[i]!;
      const hits = touching ? item.endUtf16 >= start : item.endUtf16 > start;
      if (hits) found.push(item);
    }
    return found.reverse();
  }
}
