import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  assignLanes,
  mergeSameCode,
  type StripeExtent,
} from '../../../../src/renderer/features/transcript/lanes';

const extent = (
  codeId: string,
  top: number,
  bottom: number,
  id = `${codeId}${top}`,
): StripeExtent => ({
  codeId,
  color: '#E57373',
  top,
  bottom,
  codingIds: [id],
});

describe('coding stripes', () => {
  it('merges touching extents of the same code, never of different codes', () => {
    const merged = mergeSameCode([
      extent('A', 0, 20),
      extent('A', 18, 40),
      extent('B', 10, 30),
      extent('A', 100, 120),
    ]);
    expect(merged.map((m) => [m.codeId, m.top, m.bottom, m.codingIds.length])).toEqual([
      ['A', 0, 40, 2],
      ['A', 100, 120, 1],
      ['B', 10, 30, 1],
    ]);
  });

  it('packs stripes into as few lanes as the deepest overlap needs', () => {
    const { stripes, lanes } = assignLanes([
      extent('A', 0, 50),
      extent('B', 10, 20),
      extent('C', 30, 60),
      extent('D', 55, 70),
    ]);
    expect(lanes).toBe(2);
    const lane = Object.fromEntries(stripes.map((s) => [s.codeId, s.lane]));
    expect(lane).toEqual({ A: 0, B: 1, C: 1, D: 0 });
  });

  it('never lets two stripes in a lane overlap, and uses exactly the maximum overlap (property)', () => {
    const span = fc
      .tuple(fc.nat(500), fc.integer({ min: 1, max: 100 }))
      .map(([t, h]) => [t, t + h] as const);
    fc.assert(
      fc.property(fc.array(span, { maxLength: 40 }), (spans) => {
        const extents = spans.map(([t, b], i) => extent(`c${i}`, t, b));
        const { stripes, lanes } = assignLanes(extents, 0);
        for (const a of stripes)
          for (const b of stripes)
            if (a !== b && a.lane === b.lane)
              expect(a.bottom <= b.top || b.bottom <= a.top).toBe(true);
        let depth = 0;
        for (const [t] of spans)
          depth = Math.max(depth, spans.filter(([s, e]) => s <= t && t < e).length);
        expect(lanes).toBe(depth);
      }),
    );
  });
});
