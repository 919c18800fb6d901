/**
 * Turns the bytes of a plain-text file into a string. Order of evidence: a byte-order
 * mark, BOM-less UTF-16 (NUL in every other byte), strict UTF-8, and finally Windows-1252,
 * which decodes any byte and is what Danish Windows tools (and ISO-8859-1 files) produce.
 * Guessing wrong must be visible, so the result names the encoding and warns about
 * mojibake that betrays UTF-8 text that was already decoded once as Windows-1252.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** True when the encoding came from a byte-order mark. */
  hadBom: boolean;
  warnings: string[];
}

function detectBom(bytes: Uint8Array): { encoding: TextEncodingName; length: number } | null {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/**
 * UTF-16 without a BOM: text in Latin scripts has a NUL in nearly every high byte. Looks at
 * the first 4 KiB; requires most high bytes NUL and hardly any low byte NUL.
 */
export function guessBomlessUtf16(bytes: Uint8Array): TextEncodingName | null {
  const length = Math.min(bytes.length, 4096) & ~1;
  if (length < 4) return null;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenNuls++;
    if (bytes[i + 1] === 0) oddNuls++;
  }
  const pairs = length / 2;
  if (oddNuls / pairs > 0.6 && evenNuls / pairs < 0.05) return 'utf-16le';
  if (evenNuls / pairs > 0.6 && oddNuls / pairs < 0.05) return 'utf-16be';
  return null;
}

/** Windows-1252 readings of UTF-8 sequences: "Ã¦" (æ), "Ã¸" (ø), "Ã¥" (å), "Ã˜" (Ø), "â€™" (’), "Â " (NBSP). */
const MOJIBAKE =
  /Ã[\u0081\u008d\u008f\u0090\u009d\u00a0-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]|â€[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u02dc\u02c6\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]|Â[\u00a0-\u00bf]/u;

/** The first mojibake sequence in `text`, if any. */
export function findMojibake(text: string): string | null {
  return MOJIBAKE.exec(text)?.[0] ?? null;
}

function decodeStrict(bytes: Uint8Array, encoding: TextEncodingName): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

export function decodeText(bytes: Uint8Array): DecodedText {
  const warnings: string[] = [];
  const bom = detectBom(bytes);
  let encoding: TextEncodingName;
  let text: string;

  if (bom) {
    encoding = bom.encoding;
    const body = bytes.subarray(bom.length);
    const strict = decodeStrict(body, encoding);
    if (strict === null)
      warnings.push(`invalid ${encoding} byte sequences were replaced by "\ufffd"`);
    text = strict ?? new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
  } else {
    const utf16 = guessBomlessUtf16(bytes);
    const utf16Text = utf16 ? decodeStrict(bytes, utf16) : null;
    const utf8Text = utf16Text === null ? decodeStrict(bytes, 'utf-8') : null;
    if (utf16 && utf16Text !== null) {
      encoding = utf16;
      text = utf16Text;
      warnings.push(`decoded as ${encoding.toUpperCase()} without a byte-order mark`);
    } else if (utf8Text !== null) {
      encoding = 'utf-8';
      text = utf8Text;
    } else {
      encoding = 'windows-1252';
      text = new TextDecoder('windows-1252').decode(bytes);
      warnings.push('not valid UTF-8; decoded as Windows-1252 (Western European)');
    }
  }

  const mojibake = findMojibake(text);
  if (mojibake) {
    warnings.push(
      `the text contains "${mojibake}", which usually means UTF-8 text was converted to Windows-1252 ` +
        'a second time (double-encoded); check letters such as æ, ø, å in the original',
    );
  }
  return { text, encoding, hadBom: bom !== null, warnings };
}
