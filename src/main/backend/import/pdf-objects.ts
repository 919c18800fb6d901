/**
 * Finds the objects in a PDF's bytes without trusting its cross-reference table: every
 * `N G obj`, with its value or its stream's data, and the trailer dictionary.
 */
import { Lexer, type PdfValue } from './pdf-lexer';

/** Stream dictionaries and the objects they refer to are small; longer values are not read. */
const MAX_VALUE_BYTES = 64 * 1024;

export interface FoundStream {
  num: number;
  gen: number;
  dict: Map<string, PdfValue> | null;
  data: Uint8Array;
}

const ENDSTREAM = Buffer.from('endstream', 'latin1');

/** Every `N G obj << … >> stream … endstream` in the file, and the other objects' values. */
export function findObjects(bytes: Uint8Array): {
  streams: FoundStream[];
  values: Map<string, PdfValue>;
} {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = buffer.toString('latin1');
  // Where each "endstream" is, found once: searching from every stream could be quadratic.
  const ends: number[] = [];
  for (let at = buffer.indexOf(ENDSTREAM); at >= 0; at = buffer.indexOf(ENDSTREAM, at + 1))
    ends.push(at);
  const nextEnd = (from: number): number => {
    let low = 0;
    let high = ends.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (ends[mid]! < from) low = mid + 1;
      else high = mid;
    }
    return ends[low] ?? bytes.length;
  };
  const header = /(\d{1,10})[\0\t\n\f\r ]+(\d{1,5})[\0\t\n\f\r ]+obj\b/g;
  const streams: FoundStream[] = [];
  const values = new Map<string, PdfValue>();
  let match: RegExpExecArray | null;
  // Every object header is looked at, also inside another object's data: pdf.js finds
  // objects by their offsets, so a stream whose /Length or an unclosed string seems to
  // swallow the next object must not hide it from this scan.
  while ((match = header.exec(text)) !== null) {
    const num = Number(match[1]);
    const gen = Number(match[2]);
    const end = Math.min(bytes.length, header.lastIndex + MAX_VALUE_BYTES);
    const lexer = new Lexer(bytes.subarray(0, end), header.lastIndex);
    let value: PdfValue | null;
    try {
      value = lexer.value();
    } catch {
      value = null; // unreadable: a stream after it is still measured (as zlib, if it looks so)
    }
    lexer.skipSpace();
    const afterValue = lexer.pos;
    if (text.startsWith('stream', afterValue)) {
      let start = afterValue + 6;
      if (bytes[start] === 0x0d) start++;
      if (bytes[start] === 0x0a) start++;
      const dict = value?.kind === 'dict' ? value.entries : null;
      const length = dict?.get('Length');
      let dataEnd = -1;
      if (length?.kind === 'number' && Number.isInteger(length.value) && length.value >= 0) {
        const candidate = start + length.value;
        if (/^[\r\n]*endstream/.test(text.slice(candidate, candidate + 12))) dataEnd = candidate;
      }
      if (dataEnd < 0) dataEnd = nextEnd(start);
      streams.push({ num, gen, dict, data: bytes.subarray(start, dataEnd) });
    } else if (value) {
      values.set(`${num} ${gen}`, value);
    }
  }
  return { streams, values };
}

/** The trailer dictionary of a classic cross-reference table, or of the last xref stream. */
export function trailerOf(
  bytes: Uint8Array,
  streams: readonly FoundStream[],
): Map<string, PdfValue> | null {
  const at = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).lastIndexOf('trailer');
  if (at >= 0) {
    try {
      const end = Math.min(bytes.length, at + 7 + MAX_VALUE_BYTES);
      const value = new Lexer(bytes.subarray(0, end), at + 7).value();
      if (value.kind === 'dict') return value.entries;
    } catch {
      // fall through to xref streams
    }
  }
  const xref = [...streams]
    .reverse()
    .find(
      (s) =>
        s.dict?.get('Type')?.kind === 'name' &&
        (s.dict.get('Type') as { name: string }).name === 'XRef',
    );
  return xref?.dict ?? null;
}
