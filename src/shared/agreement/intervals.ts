/**
 * Half-open character ranges [start, end) and the few set operations agreement needs.
 * Offsets are whatever unit the caller counts in (the agreement service uses code points).
 */

export interface Interval {
  readonly start: number;
  readonly end: number;
}

/** Sorted, disjoint, non-empty ranges covering exactly what `intervals` cover. */
export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  const sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const interval of sorted) {
    const last = merged.at(-1);
    if (last && interval.start <= last.end) {
      if (interval.end > last.end)
        merged[merged.length - 1] = { start: last.start, end: interval.end };
    } else {
      merged.push({ start: interval.start, end: interval.end });
    }
  }
  return merged;
}

export function coveredLength(merged: readonly Interval[]): number {
  return merged.reduce((sum, i) => sum + (i.end - i.start), 0);
}

/**
 * Walks the stretches between consecutive boundaries of `layers` that lie inside `within`
 * (all lists merged, see mergeIntervals) and reports, for each stretch, its length and
 * how many layers cover it. Each layer is one coder's coding of one code, so the count
 * is the number of coders who applied the code to every character of the stretch.
 */
export function forEachStretch(
  layers: readonly (readonly Interval[])[],
  within: readonly Interval[],
  visit: (length: number, covering: number, coveredBy: readonly boolean[]) => void,
): void {
  const points = new Set<number>();
  for (const list of [...layers, within]) {
    for (const { start, end } of list) {
      points.add(start);
      points.add(end);
    }
  }
  const boundaries = [...points].sort((a, b) => a - b);
  const cursors = layers.map(() => 0);
  let withinCursor = 0;
  const coveredBy = layers.map(() => false);
  for (let b = 0; b + 1 < boundaries.length; b++) {
    const from = boundaries[b]!;
    const to = boundaries[b + 1]!;
    while (withinCursor < within.length && within[withinCursor]!.end <= from) withinCursor++;
    const inside = withinCursor < within.length && within[withinCursor]!.start <= from;
    if (!inside) continue;
    let covering = 0;
    layers.forEach((list, layer) => {
      let cursor = cursors[layer]!;
      while (cursor < list.length && list[cursor]!.end <= from) cursor++;
      cursors[layer] = cursor;
      const covers = cursor < list.length && list[cursor]!.start <= from;
      coveredBy[layer] = covers;
      if (covers) covering++;
    });
    visit(to - from, covering, coveredBy);
  }
}
