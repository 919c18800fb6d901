import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  countWords,
  NOTHING_NORMALISED,
  normalisationChanges,
  normaliseText,
  normaliseTextReporting,
} from '@shared/text/normalise';

describe('normaliseText', () => {
  it('strips a leading BOM and turns CRLF and CR into LF', () => {
    expect(normaliseText('\ufeffI: hej\r\nJKM: ja\rslut')).toBe('I: hej\nJKM: ja\nslut');
  });

  it('composes to NFC (decomposed å and é become one code unit)', () => {
    const decomposed = 'Pa\u030ale og Re\u0301ne';
    const result = normaliseText(decomposed);
    expect(result).toBe('Påle og Réne');
    expect(result.length).toBe(decomposed.length - 2);
  });

  it('keeps emoji (surrogate pairs, ZWJ sequences) and combining marks without a base', () => {
    expect(normaliseText('Godt 👍🏽 og 👩‍👩‍👧 ja')).toBe('Godt 👍🏽 og 👩‍👩‍👧 ja');
    expect(normaliseText('q\u0307')).toBe('q\u0307');
  });

  it('removes control characters but keeps tabs and newlines', () => {
    expect(normaliseText('a\u0000b\u0007c\td\u001be\u007ff\u0085g\u009fh')).toBe('abc\tdef\ngh');
  });

  it('turns form feed, vertical tab and Unicode line separators into line breaks', () => {
    expect(normaliseText('side 1\fside 2\u2028linje\u2029afsnit\vslut')).toBe(
      'side 1\nside 2\nlinje\nafsnit\nslut',
    );
  });

  it('strips trailing spaces and tabs at line ends and trailing blank lines', () => {
    expect(normaliseText('I: hej  \t\n\nJKM: ja \n\n \n\t\n')).toBe('I: hej\n\nJKM: ja');
  });

  it('keeps leading indentation and interior blank lines', () => {
    expect(normaliseText('  indrykket\n\n\nnæste')).toBe('  indrykket\n\n\nnæste');
  });

  it('gives an empty string for whitespace-only input', () => {
    expect(normaliseText('\ufeff \r\n\t\n')).toBe('');
  });

  it('is idempotent on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (raw) => {
        const once = normaliseText(raw);
        expect(normaliseText(once)).toBe(once);
      }),
      { numRuns: 500 },
    );
  });

  it('never leaves CR, BOM at the start, trailing line space or a trailing newline', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (raw) => {
        const text = normaliseText(raw);
        expect(text).not.toMatch(/\r|^\ufeff|[ \t]\n|[ \t]$|\n$/);
        expect(text).toBe(text.normalize('NFC'));
      }),
      { numRuns: 500 },
    );
  });
});

describe('countWords', () => {
  it('counts whitespace-separated tokens that contain a letter or digit', () => {
    expect(countWords('I: Hvad så, JKM?  Øh — 30 % af 👍 co-production')).toBe(8);
  });

  it('counts nothing in empty or punctuation-only text', () => {
    expect(countWords('')).toBe(0);
    expect(countWords(' — … ! ')).toBe(0);
  });

  it('treats tabs and newlines as separators', () => {
    expect(countWords('én\tto\ntre')).toBe(3);
  });
});

describe('what normalisation changed, counted', () => {
  it('counts each kind of change in a Windows transcript with stray spaces and a BOM', () => {
    const raw = '\ufeffI: Hej  \r\nJKM: Hej\t\r\nI: Og\u000b så\r\n\u0007JKM: Ja\u0301\r\n\r\n';
    const { text, report } = normaliseTextReporting(raw);
    expect(text).toBe(normaliseText(raw));
    expect(report).toEqual({
      lineEndsConverted: 5,
      lineBreaksConverted: 1,
      controlCharactersRemoved: 1,
      byteOrderMarksRemoved: 1,
      recomposed: true,
      linesWithTrailingSpaces: 2,
      emptyLinesAtEndRemoved: 1,
    });
    expect(normalisationChanges(report).map((c) => c.kind)).toEqual([
      'linesWithTrailingSpaces',
      'emptyLinesAtEndRemoved',
      'lineBreaksConverted',
      'controlCharactersRemoved',
      'byteOrderMarksRemoved',
      'recomposed',
    ]);
  });

  it('reports nothing for text that is already normal, and always gives normaliseText’s text', () => {
    expect(normaliseTextReporting('I: Hej\nJKM: Hej').report).toEqual(NOTHING_NORMALISED);
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (raw) => {
        expect(normaliseTextReporting(raw).text).toBe(normaliseText(raw));
      }),
    );
  });
});
