import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseWithOffsets } from '../../../../src/main/backend/exchange/qdpx/normalise-offsets';
import { normaliseText } from '../../../../src/shared/text/normalise';

/** Pieces that normalisation removes, replaces or leaves alone around words. */
const SPECIALS = [
  '\r\n',
  '\r',
  '\n',
  ' ',
  '  ',
  '\t',
  '\u0000',
  '\u0085',
  '\u2028',
  '\f',
  '\uFEFF',
  '😀',
  '👩‍👧',
  '\u00a0',
  '.',
  '\u007f',
];
/** Word pieces: an ASCII letter first (nothing composes across it), then anything. */
const LETTERS = [
  'a',
  'e',
  '\u0301',
  '\u0308',
  'é',
  'ø',
  'q',
  '\u0307',
  '\u1100',
  '\u1161',
  '\u11a8',
  '𝔘',
  'Å',
  'A\u030a',
  '\u0327\u0301',
];

const word = fc
  .tuple(
    fc.constantFrom('a', 'O', 'z', 'e'),
    fc.array(fc.constantFrom(...LETTERS), { maxLength: 6 }),
  )
  .map(([first, rest]) => ({ kind: 'word' as const, text: first + rest.join('') }));
const special = fc.constantFrom(...SPECIALS).map((text) => ({ kind: 'special' as const, text }));
const tokens = fc.array(fc.oneof(word, special), { maxLength: 25 });

describe('normaliseWithOffsets', () => {
  it('gives exactly normaliseText, and maps every word to its normalised form', () => {
    fc.assert(
      fc.property(tokens, (list) => {
        const raw = list.map((t) => t.text).join('');
        const { text, map } = normaliseWithOffsets(raw);
        expect(text).toBe(normaliseText(raw));
        expect(map).not.toBeNull();
        expect(map![0]).toBe(0);
        expect(map![raw.length]).toBe(text.length);
        for (let i = 1; i < map!.length; i++) expect(map![i]!).toBeGreaterThanOrEqual(map![i - 1]!);
        let at = 0;
        for (const token of list) {
          const end = at + token.text.length;
          if (token.kind === 'word')
            expect(text.slice(map![at], map![end])).toBe(token.text.normalize('NFC'));
          at = end;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('composes Hangul jamo and decomposed letters with exact boundaries between words', () => {
    const raw = 'k\u1100\u1161\u11a8 Cafe\u0301\r\nZoe\u0308';
    const { text, map } = normaliseWithOffsets(raw);
    expect(text).toBe('k각 Café\nZoë');
    const cafe = raw.indexOf('Cafe');
    expect(text.slice(map![cafe], map![cafe + 'Cafe\u0301'.length])).toBe('Café');
    // A boundary inside a composed character maps to its start.
    expect(map![cafe + 4]).toBe(map![cafe + 3]);
  });

  it('maps a CRLF-internal boundary and deleted trailing spaces to the start of what replaced them', () => {
    const raw = 'ab  \r\ncd\n\n';
    const { text, map } = normaliseWithOffsets(raw);
    expect(text).toBe('ab\ncd');
    expect([...map!]).toEqual([0, 1, 2, 2, 2, 2, 3, 4, 5, 5, 5]);
  });
});
