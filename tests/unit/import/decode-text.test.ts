import { describe, expect, it } from 'vitest';
import {
  decodeText,
  findMojibake,
  guessBomlessUtf16,
} from '../../../src/main/backend/import/decode-text';

const DANISH = 'JKM: Øh, æbler og blåbær på Ærø – “citat” €5';

function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  const bytes = endian === 'le' ? le : Buffer.from(le).swap16();
  const prefix = bom ? (endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  return new Uint8Array([...prefix, ...bytes]);
}

/** Windows-1252 bytes of `text` (every character used here exists in the code page). */
function cp1252(text: string): Uint8Array {
  const special: Record<string, number> = { '–': 0x96, '“': 0x93, '”': 0x94, '€': 0x80, '’': 0x92 };
  return new Uint8Array([...text].map((ch) => special[ch] ?? ch.charCodeAt(0)));
}

describe('decodeText', () => {
  it('reads UTF-8 without BOM', () => {
    const result = decodeText(new TextEncoder().encode(DANISH));
    expect(result).toMatchObject({ text: DANISH, encoding: 'utf-8', hadBom: false, warnings: [] });
  });

  it('reads UTF-8 with BOM and drops the BOM', () => {
    const result = decodeText(
      new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(DANISH)]),
    );
    expect(result).toMatchObject({ text: DANISH, encoding: 'utf-8', hadBom: true, warnings: [] });
  });

  it.each(['le', 'be'] as const)('reads UTF-16 %s with BOM', (endian) => {
    const result = decodeText(utf16(DANISH, endian, true));
    expect(result).toMatchObject({
      text: DANISH,
      encoding: `utf-16${endian}`,
      hadBom: true,
      warnings: [],
    });
  });

  it.each(['le', 'be'] as const)('recognises UTF-16 %s without BOM and says so', (endian) => {
    const result = decodeText(utf16(DANISH, endian, false));
    expect(result.text).toBe(DANISH);
    expect(result.encoding).toBe(`utf-16${endian}`);
    expect(result.warnings.join()).toMatch(/without a byte-order mark/);
  });

  it('keeps emoji (astral characters) in UTF-16', () => {
    expect(decodeText(utf16('I: 👍🏽 ja', 'le', true)).text).toBe('I: 👍🏽 ja');
  });

  it('falls back to Windows-1252 for invalid UTF-8, with a warning', () => {
    const result = decodeText(cp1252(DANISH));
    expect(result.text).toBe(DANISH);
    expect(result.encoding).toBe('windows-1252');
    expect(result.warnings.join()).toMatch(/Windows-1252/);
  });

  it('decodes ISO-8859-1 Danish letters the same way', () => {
    expect(decodeText(new Uint8Array([0xe6, 0xf8, 0xe5, 0x20, 0xc6, 0xd8, 0xc5])).text).toBe(
      'æøå ÆØÅ',
    );
  });

  it('warns about double-encoded UTF-8 (mojibake) and names the sequence', () => {
    const doubled = new TextEncoder().encode('JKM: Ã˜h, vi skal vÃ¦re Ã¦rlige. Det er â€™fint');
    const result = decodeText(doubled);
    expect(result.encoding).toBe('utf-8');
    expect(result.warnings.join()).toMatch(/"Ã˜".*double-encoded/);
  });

  it('warns when a Windows-1252 file contains UTF-8 mojibake', () => {
    const result = decodeText(new Uint8Array([...cp1252('Gr'), 0xc3, 0xb8, 0x6e, 0xff]));
    expect(result.text).toBe('GrÃ¸nÿ');
    expect(result.warnings).toHaveLength(2);
  });

  it('replaces invalid sequences after a BOM with U+FFFD and warns', () => {
    const result = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xff, 0x62]));
    expect(result.text).toBe('a\ufffdb');
    expect(result.warnings.join()).toMatch(/invalid utf-8/);
  });
});

describe('findMojibake', () => {
  it.each(['Ã¦', 'Ã¸', 'Ã¥', 'Ã˜', 'Ã…', 'Ã†', 'â€™', 'â€œ', 'Â\u00a0'])('finds %j', (sequence) => {
    expect(findMojibake(`før ${sequence} efter`)).toBe(sequence);
  });

  it('finds nothing in clean Danish, English or French text', () => {
    expect(findMojibake('Æbler, øl og ål. “Quotes” – Ça va, Ã la carte?')).toBeNull();
  });
});

describe('guessBomlessUtf16', () => {
  it('does not mistake plain ASCII or short input for UTF-16', () => {
    expect(guessBomlessUtf16(new TextEncoder().encode('I: hej\nJKM: hej'))).toBeNull();
    expect(guessBomlessUtf16(new Uint8Array([0x61, 0]))).toBeNull();
  });
});
