import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CodePointIndex,
  LineIndex,
  splitsSurrogatePair,
  trimRange,
} from '../../../src/shared/text/offsets';

// Text with ASCII, Danish letters, combining marks, emoji (astral), and newlines.
const piece = fc.constantFrom('a', 'æ', 'Ø', ' ', '\n', 'e\u0301', '🙂', '👩‍👩‍👧', '𝔘', 'x');
const text = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));

describe('CodePointIndex', () => {
  it('maps UTF-16 offsets at character boundaries to code points and back', () => {
    fc.assert(
      fc.property(text, (t) => {
        const index = new CodePointIndex(t);
        const codePoints = [...t];
        expect(index.lengthCodePoints).toBe(codePoints.length);
        let utf16 = 0;
        for (let cp = 0; cp <= codePoints.length; cp++) {
          expect(index.toCodePoint(utf16)).toBe(cp);
          expect(index.toUtf16(cp)).toBe(utf16);
          utf16 += codePoints[cp]?.length ?? 0;
        }
      }),
    );
  });

  it('slicing by converted offsets yields the same text in both units', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
        const index = new CodePointIndex(t);
        const n = index.lengthCodePoints;
        const [s, e] = [a % (n + 1), b % (n + 1)].sort((x, y) => x - y) as [number, number];
        expect(t.slice(index.toUtf16(s), index.toUtf16(e))).toBe([...t].slice(s, e).join(''));
      }),
    );
  });

  it('knows which offsets would cut a surrogate pair', () => {
    const t = 'a🙂b';
    expect([0, 1, 2, 3, 4].map((i) => splitsSurrogatePair(t, i))).toEqual([
      false,
      false,
      true,
      false,
      false,
    ]);
  });
});

describe('LineIndex', () => {
  it('numbers lines as 1 + the newlines before an offset', () => {
    fc.assert(
      fc.property(text, fc.nat(), (t, a) => {
        const lines = new LineIndex(t);
        const offset = t.length === 0 ? 0 : a % t.length;
        expect(lines.lineOf(offset)).toBe(t.slice(0, offset).split('\n').length);
      }),
    );
  });

  it('gives the first and last line of a range, treating the end as exclusive', () => {
    const lines = new LineIndex('one\ntwo\nthree');
    expect(lines.linesOf(0, 3)).toEqual({ first: 1, last: 1 });
    expect(lines.linesOf(0, 4)).toEqual({ first: 1, last: 1 });
    expect(lines.linesOf(2, 9)).toEqual({ first: 1, last: 3 });
  });
});

describe('trimRange', () => {
  it('narrows to the non-whitespace core, or null', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
        const [s, e] = [a % (t.length + 1), b % (t.length + 1)].sort((x, y) => x - y) as [
          number,
          number,
        ];
        const range = trimRange(t, s, e);
        if (t.slice(s, e).trim() === '') expect(range).toBeNull();
        else expect(t.slice(range!.start, range!.end)).toBe(t.slice(s, e).trim());
      }),
    );
  });
});
