/**
 * Coding stripes, as in NVivo: one coloured bar per code beside the text. Bars of the same
 * code that touch vertically merge; bars are then packed into lanes by greedy interval
 * partitioning (sorted by top, each takes the lowest lane free at that height), which uses
 * the fewest lanes any packing can.
 */

export interface StripeExtent {
  codeId: string;
  color: string;
  /** Pixels from the top of the text column. */
  top: number;
  bottom: number;
  codingIds: readonly string[];
}

export interface Stripe extends StripeExtent {
  lane: number;
}

/** Joins extents of the same code that overlap or nearly touch (within `gap` pixels). */
export function mergeSameCode(extents: readonly StripeExtent[], gap = 0): StripeExtent[] {
  const byCode = new Map<string, StripeExtent[]>();
  for (const extent of extents) {
    const list = byCode.get(extent.codeId) ?? [];
    list.push(extent);
    byCode.set(extent.codeId, list);
  }
  const groups: { top: number; bottom: number; codingIds: string[]; extent: StripeExtent }[] = [];
  for (const list of byCode.values()) {
    list.sort((a, b) => a.top - b.top);
    let current: { top: number; bottom: number; codingIds: string[]; extent: StripeExtent } | null =
      null;
    for (const extent of list) {
      if (current && extent.top <= current.bottom + gap) {
        current.bottom = Math.max(current.bottom, extent.bottom);
        current.codingIds.push(...extent.codingIds);
      } else {
        current = {
          top: extent.top,
          bottom: extent.bottom,
          codingIds: [...extent.codingIds],
          extent,
        };
        groups.push(current);
      }
    }
  }
  const merged = groups.map((g) => ({
    ...g.extent,
    top: g.top,
    bottom: g.bottom,
    codingIds: g.codingIds,
  }));
  return merged;
}

/** Assigns lanes so that no two stripes in a lane come closer than `gap` pixels. */
export function assignLanes(
  extents: readonly StripeExtent[],
  gap = 2,
): { stripes: Stripe[]; lanes: number } {
  const order = [...extents].sort(
    (a, b) => a.top - b.top || b.bottom - a.bottom || a.codeId.localeCompare(b.codeId),
  );
  const laneBottoms: number[] = [];
  const stripes = order.map((extent) => {
    let lane = laneBottoms.findIndex((bottom) => bottom + gap <= extent.top);
    if (lane === -1) {
      lane = laneBottoms.length;
      laneBottoms.push(extent.bottom);
    } else {
      laneBottoms[lane] = extent.bottom;
    }
    return { ...extent, lane };
  });
  return { stripes, lanes: laneBottoms.length };
}
