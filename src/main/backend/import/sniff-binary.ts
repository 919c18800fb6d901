/**
 * Recognises files that are not text although their name says so (a .docx renamed to
 * .txt, an audio file, random bytes), so the user gets "not text" instead of a screen of
 * garbage characters stored as a transcript.
 */

const SIGNATURES: { bytes: number[]; what: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (for example .docx or .odt)' },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF document' },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    what: 'an old Microsoft Office file (.doc)',
  },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'an RTF document' },
];

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** Names the known format `bytes` start with, if any. */
export function knownBinaryFormat(bytes: Uint8Array): string | null {
  return SIGNATURES.find((s) => startsWith(bytes, s.bytes))?.what ?? null;
}

/** Control characters that never occur in real text (everything below space except TAB, LF, VT, FF, CR). */
function isStrayControl(code: number): boolean {
  return (
    (code < 0x20 &&
      code !== 0x09 &&
      code !== 0x0a &&
      code !== 0x0b &&
      code !== 0x0c &&
      code !== 0x0d) ||
    code === 0x7f
  );
}

/**
 * True when decoded text is unlikely to be text: it contains NUL, or more than 2 % of its
 * first 64 KiB are control characters. Decode first, so UTF-16 (full of NUL bytes) passes.
 */
export function looksBinary(decoded: string): boolean {
  if (decoded.includes('\u0000')) return true;
  const sample = decoded.slice(0, 65536);
  if (sample.length === 0) return false;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) if (isStrayControl(sample.charCodeAt(i))) controls++;
  return controls / sample.length > 0.02;
}
