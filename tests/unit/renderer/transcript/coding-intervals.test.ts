import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { IntervalLookup } from '../../../../src/renderer/features/transcript/coding-intervals';

const item = (id: string, startUtf16: number, endUtf16: number) => ({ id, startUtf16, endUtf16 });

describe('IntervalLookup', () => {
  const lookup = new IntervalLookup([
    item('long', 0, 100),
    item('a', 10, 20),
    item('b', 15, 30),
    item('c', 40, 50),
  ]);

  it('finds every coding at a caret position, overlapping and nested ones included', () => {
    expect(lookup.at(17).map((i) => i.id)).toEqual(['long', 'a', 'b']);
    expect(lookup.at(35).map((i) => i.id)).toEqual(['long']);
    // A caret at a coding's edge touches it: the clicked character may be either neighbour.
    expect(lookup.at(20).map((i) => i.id)).toEqual(['long', 'a', 'b']);
    expect(lookup.at(100).map((i) => i.id)).toEqual(['long']);
    expect(lookup.at(101)).toEqual([]);
  });

  it('finds codings overlapping a range', () => {
    expect(lookup.overlapping(20, 40).map((i) => i.id)).toEqual(['long', 'b']);
  });

  it('agrees with a linear scan (property)', () => {
    const interval = fc
      .tuple(fc.nat(50), fc.integer({ min: 1, max: 20 }))
      .map(([s, l]) => [s, s + l] as const);
    fc.assert(
      fc.property(
        fc.array(interval, { maxLength: 30 }),
        fc.nat(80),
        fc.nat(10),
        (list, start, length) => {
          const items = list.map(([s, e], i) => item(String(i), s, e));
          const found = new IntervalLookup(items).overlapping(start, start + length);
          const expected = items.filter((i) => i.startUtf16 < start + length && i.endUtf16 > start);
          expect(found.map((i) => i.id).sort()).toEqual(expected.map((i) => i.id).sort());
        },
      ),
    );
  });
});
