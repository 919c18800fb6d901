import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  OffsetIndex,
  outlineOfText,
  type OutlineParagraph,
} from '../../../../src/renderer/features/transcript/offset-index';

const TEXT = 'I: Hvad betyder det?\n\nJKM: Værdi 🙂 for borgerne.\nI: Tak.';

/** The global offset a text point stands for. */
function globalOf(index: OffsetIndex, point: { key: string; offset: number }): number {
  return index.spanOf(point.key)!.start + point.offset;
}

describe('OffsetIndex', () => {
  it('maps text-node points to offsets of the stored text, lines separated by one unit', () => {
    const index = new OffsetIndex(outlineOfText(TEXT));
    expect(index.length).toBe(TEXT.length);
    const jkm = TEXT.indexOf('JKM');
    expect(index.textOffset('t2', 0)).toBe(jkm);
    expect(index.textOffset('t2', 5)).toBe(jkm + 5);
    expect(index.paragraphStarts).toEqual([0, 21, 22, TEXT.indexOf('I: Tak')]);
    expect(index.paragraphAt(jkm + 3)).toBe(2);
    expect(index.paragraphAt(21)).toBe(1);
  });

  it('maps element points (between children) and empty paragraphs', () => {
    const index = new OffsetIndex(outlineOfText(TEXT));
    expect(index.elementOffset('p1', 0)).toBe(21);
    expect(index.elementOffset('p2', 1)).toBe(TEXT.indexOf('\nI: Tak'));
    expect(index.elementOffset('p0', 0)).toBe(0);
    expect(index.elementOffset('missing', 0)).toBeNull();
  });

  it('counts line breaks and several text nodes inside one paragraph (edit mode)', () => {
    const outline: OutlineParagraph[] = [
      {
        key: 'a',
        children: [
          { key: 'a1', kind: 'text', length: 3 },
          { key: 'br', kind: 'break', length: 1 },
          { key: 'a2', kind: 'text', length: 2 },
        ],
      },
      { key: 'b', children: [{ key: 'b1', kind: 'text', length: 4 }] },
    ];
    const index = new OffsetIndex(outline);
    expect(index.textOffset('a2', 1)).toBe(5);
    expect(index.textOffset('b1', 0)).toBe(7);
    expect(index.elementOffset('a', 2)).toBe(4);
    expect(index.length).toBe(11);
  });

  it('turns a range into text points that skip separators and empty lines', () => {
    const index = new OffsetIndex(outlineOfText(TEXT));
    const start = TEXT.indexOf('?') + 1; // at the end of line 0
    const points = index.rangePoints(start, TEXT.indexOf('Værdi'))!;
    expect(points.start).toEqual({ key: 't2', offset: 0 });
    expect(points.end).toEqual({ key: 't2', offset: 5 });
    // Only separators and an empty line: nothing to paint.
    expect(index.rangePoints(20, 22)).toBeNull();
    expect(index.rangePoints(5, 5)).toBeNull();
  });

  it('round-trips every range through text points (property)', () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.constantFrom('a', 'ø', '🙂', '\n', ' '), { maxLength: 30 })
          .map((p) => p.join('')),
        fc.nat(40),
        fc.nat(40),
        (text, x, y) => {
          const index = new OffsetIndex(outlineOfText(text));
          const [start, end] = [Math.min(x, y, text.length), Math.min(Math.max(x, y), text.length)];
          const points = index.rangePoints(start, end);
          const inner = text.slice(start, end);
          if (inner.replace(/\n/g, '') === '') {
            expect(points).toBeNull();
            return;
          }
          const [from, to] = [globalOf(index, points!.start), globalOf(index, points!.end)];
          // Only line separators may be trimmed off the edges.
          expect(text.slice(start, from)).toMatch(/^\n*$/);
          expect(text.slice(to, end)).toMatch(/^\n*$/);
          expect(text.slice(from, to).replace(/\n/g, '')).toBe(inner.replace(/\n/g, ''));
        },
      ),
    );
  });
});
