/**
 * A bound on what a PDF unpacks to, checked before pdf.js sees the file. pdf.js inflates
 * a stream into one growing buffer outside the JS heap and has no limit of its own: a
 * 1 MB file whose content stream inflates to 1 GiB cost 3.3 GB of memory, a 5 KB one
 * with two chained FlateDecode filters 4.9 GB. So every stream in the file (object
 * streams and cross-reference streams included, since they are streams like any other)
 * is decoded here with streaming decoders that keep nothing but counters, through its
 * whole filter chain, stopping as soon as a limit is passed. Every stage's output counts,
 * because pdf.js keeps each stage's output too.
 *
 * FlateDecode, LZWDecode, RunLengthDecode, ASCII85Decode and ASCIIHexDecode are decoded;
 * image codecs (DCT, JPX, JBIG2, CCITT) and unknown filters end a chain and count their
 * input (pdf.js decodes images to draw them, not to extract text). A stream whose filters
 * cannot be read is tried as FlateDecode when it starts like zlib data. Encrypted streams
 * are decrypted first (RC4 and AES, standard security handler) when the empty password
 * opens the file, as pdf.js would; otherwise pdf.js stops at the password anyway.
 */
import { Inflate } from 'fflate';
import { CitatError } from '../errors';
import { importError } from './import-error';
import { pdfDecryptor, type PdfDecryptor } from './pdf-decrypt';

export interface PdfLimits {
  /** Largest decoded size of one stream (all stages of its filter chain added up). */
  maxStreamBytes: number;
  /** Largest decoded size of all streams together. */
  maxTotalBytes: number;
  /** Most pages a PDF may have. */
  maxPages: number;
}

export const DEFAULT_PDF_LIMITS: PdfLimits = {
  maxStreamBytes: 64 * 1024 * 1024,
  maxTotalBytes: 256 * 1024 * 1024,
  maxPages: 2000,
};

const MIB = 1024 * 1024;
const CHUNK = 64 * 1024;
const FLATE_PIECE = 4 * 1024;
const MAX_DICT_DEPTH = 32;
/** Stream dictionaries and the objects they refer to are small; longer values are not read. */
const MAX_VALUE_BYTES = 64 * 1024;

// ---------------------------------------------------------------------------
// A small PDF object reader, enough for stream dictionaries
// ---------------------------------------------------------------------------

export type PdfValue =
  | { kind: 'name'; name: string }
  | { kind: 'ref'; num: number; gen: number }
  | { kind: 'dict'; entries: Map<string, PdfValue> }
  | { kind: 'array'; items: PdfValue[] }
  | { kind: 'string'; bytes: Uint8Array }
  | { kind: 'number'; value: number }
  | { kind: 'bool'; value: boolean }
  | { kind: 'other' };

const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITERS = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);

class Lexer {
  constructor(
    private readonly bytes: Uint8Array,
    public pos: number,
  ) {}

  skipSpace(): void {
    const b = this.bytes;
    while (this.pos < b.length) {
      const c = b[this.pos]!;
      if (WHITESPACE.has(c)) this.pos++;
      else if (c === 0x25) {
        while (this.pos < b.length && b[this.pos] !== 0x0a && b[this.pos] !== 0x0d) this.pos++;
      } else break;
    }
  }

  private regular(): string {
    const b = this.bytes;
    const start = this.pos;
    while (this.pos < b.length && !WHITESPACE.has(b[this.pos]!) && !DELIMITERS.has(b[this.pos]!))
      this.pos++;
    return Buffer.from(b.subarray(start, this.pos)).toString('latin1');
  }

  private literalString(): Uint8Array {
    const b = this.bytes;
    const out: number[] = [];
    let depth = 1;
    this.pos++;
    while (this.pos < b.length) {
      const c = b[this.pos++]!;
      if (c === 0x5c) {
        const next = b[this.pos++];
        if (next === undefined) break;
        const simple: Record<number, number> = { 0x6e: 10, 0x72: 13, 0x74: 9, 0x62: 8, 0x66: 12 };
        if (next >= 0x30 && next <= 0x37) {
          let value = next - 0x30;
          for (let i = 0; i < 2 && b[this.pos]! >= 0x30 && b[this.pos]! <= 0x37; i++)
            value = value * 8 + (b[this.pos++]! - 0x30);
          out.push(value & 0xff);
        } else if (next === 0x0d) {
          if (b[this.pos] === 0x0a) this.pos++;
        } else if (next !== 0x0a) out.push(simple[next] ?? next);
      } else if (c === 0x28) {
        depth++;
        out.push(c);
      } else if (c === 0x29) {
        if (--depth === 0) break;
        out.push(c);
      } else out.push(c);
    }
    return Uint8Array.from(out);
  }

  private hexString(): Uint8Array {
    const b = this.bytes;
    this.pos++;
    let digits = '';
    while (this.pos < b.length && b[this.pos] !== 0x3e) {
      const c = String.fromCharCode(b[this.pos++]!);
      if (/[0-9a-fA-F]/.test(c)) digits += c;
    }
    this.pos++;
    if (digits.length % 2 === 1) digits += '0';
    return Uint8Array.from(Buffer.from(digits, 'hex'));
  }

  /** Reads one object; `R` references are folded in. Throws on input it cannot read. */
  value(depth = 0): PdfValue {
    if (depth > MAX_DICT_DEPTH) throw new Error('nested too deep');
    this.skipSpace();
    const b = this.bytes;
    const c = b[this.pos];
    if (c === undefined) throw new Error('unexpected end');
    if (c === 0x2f) {
      this.pos++;
      const raw = this.regular();
      return {
        kind: 'name',
        name: raw.replace(/#([0-9a-fA-F]{2})/g, (_, h: string) =>
          String.fromCharCode(parseInt(h, 16)),
        ),
      };
    }
    if (c === 0x3c && b[this.pos + 1] === 0x3c) {
      this.pos += 2;
      const entries = new Map<string, PdfValue>();
      for (;;) {
        this.skipSpace();
        if (b[this.pos] === 0x3e && b[this.pos + 1] === 0x3e) {
          this.pos += 2;
          return { kind: 'dict', entries };
        }
        const key = this.value(depth + 1);
        if (key.kind !== 'name') throw new Error('dictionary key is not a name');
        entries.set(key.name, this.value(depth + 1));
      }
    }
    if (c === 0x3c) return { kind: 'string', bytes: this.hexString() };
    if (c === 0x28) return { kind: 'string', bytes: this.literalString() };
    if (c === 0x5b) {
      this.pos++;
      const items: PdfValue[] = [];
      for (;;) {
        this.skipSpace();
        if (b[this.pos] === 0x5d) {
          this.pos++;
          return { kind: 'array', items };
        }
        if (this.pos >= b.length) throw new Error('unexpected end');
        items.push(this.value(depth + 1));
      }
    }
    const word = this.regular();
    if (word === '') throw new Error(`unexpected character ${c}`);
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) {
      // "12 0 R" is a reference.
      const save = this.pos;
      if (/^\d+$/.test(word)) {
        this.skipSpace();
        const gen = this.regular();
        if (/^\d+$/.test(gen)) {
          this.skipSpace();
          if (this.regular() === 'R') return { kind: 'ref', num: Number(word), gen: Number(gen) };
        }
        this.pos = save;
      }
      return { kind: 'number', value: Number(word) };
    }
    if (word === 'true' || word === 'false') return { kind: 'bool', value: word === 'true' };
    return { kind: 'other' };
  }
}

// ---------------------------------------------------------------------------
// Streaming decoders that count
// ---------------------------------------------------------------------------

/** Receives one stage's output. */
type Sink = (chunk: Uint8Array, final: boolean) => void;

function flateStage(next: Sink): Sink {
  let header = 0;
  let broken = false;
  const inflater = new Inflate((chunk, final) => next(chunk, final));
  return (chunk, final) => {
    if (broken) return;
    let data = chunk;
    if (header < 2) {
      const skip = Math.min(2 - header, data.length);
      header += skip;
      data = data.subarray(skip);
    }
    try {
      // Small pieces: fflate inflates a whole piece before it hands over the output, and
      // 4 KiB of deflate data can unpack to 4 MiB at most.
      if (data.length === 0) inflater.push(data, final);
      for (let at = 0; at < data.length; at += FLATE_PIECE) {
        const end = Math.min(at + FLATE_PIECE, data.length);
        inflater.push(data.subarray(at, end), final && end === data.length);
      }
    } catch (err) {
      if (err instanceof CitatError) throw err; // a limit, passed on
      broken = true; // pdf.js stops at corrupt data too
      next(new Uint8Array(0), true);
    }
  };
}

function lzwStage(next: Sink, earlyChange: number): Sink {
  const prefix = new Int32Array(4096);
  const suffix = new Uint8Array(4096);
  const length = new Uint16Array(4096);
  for (let i = 0; i < 256; i++) {
    prefix[i] = -1;
    suffix[i] = i;
    length[i] = 1;
  }
  let nextCode = 258;
  let codeLength = 9;
  let previous = -1;
  let bits = 0;
  let bitCount = 0;
  let done = false;
  const out = new Uint8Array(CHUNK + 4096);
  let used = 0;
  const emit = (code: number) => {
    const n = length[code]!;
    let c = code;
    for (let i = n - 1; i >= 0; i--) {
      out[used + i] = suffix[c]!;
      c = prefix[c]!;
    }
    used += n;
    if (used >= CHUNK) {
      next(out.slice(0, used), false);
      used = 0;
    }
  };
  return (chunk, final) => {
    for (let i = 0; i < chunk.length && !done; i++) {
      bits = ((bits << 8) | chunk[i]!) >>> 0;
      bitCount += 8;
      while (bitCount >= codeLength && !done) {
        const code = (bits >>> (bitCount - codeLength)) & ((1 << codeLength) - 1);
        bitCount -= codeLength;
        if (code === 256) {
          nextCode = 258;
          codeLength = 9;
          previous = -1;
        } else if (code === 257) {
          done = true;
        } else if (code < nextCode || (code === nextCode && previous >= 0)) {
          if (previous >= 0 && nextCode < 4096) {
            // The new entry is previous + first byte of this code (or of previous when code is new).
            let first = code < nextCode ? code : previous;
            while (prefix[first]! >= 0) first = prefix[first]!;
            prefix[nextCode] = previous;
            suffix[nextCode] = suffix[first]!;
            length[nextCode] = Math.min(length[previous]! + 1, 4095);
            nextCode++;
          }
          emit(code);
          previous = code;
          if (nextCode + earlyChange >= 1 << codeLength && codeLength < 12) codeLength++;
        } else {
          done = true; // corrupt
        }
      }
    }
    if (final || done) {
      if (used > 0) next(out.slice(0, used), false);
      used = 0;
      if (final) next(new Uint8Array(0), true);
    }
  };
}

function runLengthStage(next: Sink): Sink {
  let pending = -1; // a length byte waiting for its data
  let literal = 0;
  let done = false;
  return (chunk, final) => {
    const out: number[] = [];
    for (let i = 0; i < chunk.length && !done; i++) {
      const c = chunk[i]!;
      if (literal > 0) {
        out.push(c);
        literal--;
      } else if (pending >= 0) {
        for (let k = 0; k < 257 - pending; k++) out.push(c);
        pending = -1;
      } else if (c === 128) done = true;
      else if (c < 128) literal = c + 1;
      else pending = c;
      if (out.length >= CHUNK) next(Uint8Array.from(out.splice(0)), false);
    }
    next(Uint8Array.from(out), final);
  };
}

function asciiHexStage(next: Sink): Sink {
  let half = -1;
  let done = false;
  return (chunk, final) => {
    const out: number[] = [];
    for (let i = 0; i < chunk.length && !done; i++) {
      const c = chunk[i]!;
      if (c === 0x3e) {
        done = true;
        break;
      }
      const digit =
        c >= 0x30 && c <= 0x39
          ? c - 0x30
          : (c | 0x20) >= 0x61 && (c | 0x20) <= 0x66
            ? (c | 0x20) - 0x57
            : -1;
      if (digit < 0) continue;
      if (half < 0) half = digit;
      else {
        out.push((half << 4) | digit);
        half = -1;
      }
    }
    next(Uint8Array.from(out), final);
  };
}

function ascii85Stage(next: Sink): Sink {
  let group: number[] = [];
  let done = false;
  return (chunk, final) => {
    const out: number[] = [];
    for (let i = 0; i < chunk.length && !done; i++) {
      const c = chunk[i]!;
      if (c === 0x7e) {
        done = true;
        break;
      }
      if (c === 0x7a && group.length === 0) {
        out.push(0, 0, 0, 0);
        continue;
      }
      if (c < 0x21 || c > 0x75) continue;
      group.push(c - 0x21);
      if (group.length === 5) {
        let value = 0;
        for (const d of group) value = value * 85 + d;
        out.push((value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff);
        group = [];
      }
      if (out.length >= CHUNK) next(Uint8Array.from(out.splice(0)), false);
    }
    if ((final || done) && group.length > 1) {
      const n = group.length;
      while (group.length < 5) group.push(84);
      let value = 0;
      for (const d of group) value = value * 85 + d;
      for (let k = 0; k < n - 1; k++) out.push((value >>> (24 - 8 * k)) & 0xff);
      group = [];
    }
    next(Uint8Array.from(out), final);
  };
}

const FILTER_NAMES: Record<string, string> = {
  Fl: 'FlateDecode',
  LZW: 'LZWDecode',
  A85: 'ASCII85Decode',
  AHx: 'ASCIIHexDecode',
  RL: 'RunLengthDecode',
  DCT: 'DCTDecode',
  CCF: 'CCITTFaxDecode',
};

// ---------------------------------------------------------------------------
// The scan
// ---------------------------------------------------------------------------

interface Budget {
  total: number;
  limits: PdfLimits;
  fileName: string;
}

function tooLarge(budget: Budget, what: string): never {
  throw importError(
    budget.fileName,
    'pdf-too-large',
    `${what}; refused as a possible decompression bomb (the limit is ${budget.limits.maxStreamBytes / MIB} MiB per stream and ${budget.limits.maxTotalBytes / MIB} MiB in all)`,
  );
}

/** Decodes one stream's data through `filters`, counting every stage's output. */
function measureStream(
  data: Uint8Array,
  filters: readonly string[],
  earlyChange: number,
  budget: Budget,
  objectName: string,
): void {
  let streamBytes = 0;
  const count = (n: number) => {
    streamBytes += n;
    budget.total += n;
    if (streamBytes > budget.limits.maxStreamBytes)
      tooLarge(
        budget,
        `stream ${objectName} unpacks to more than ${budget.limits.maxStreamBytes / MIB} MiB`,
      );
    if (budget.total > budget.limits.maxTotalBytes)
      tooLarge(budget, `its streams unpack to more than ${budget.limits.maxTotalBytes / MIB} MiB`);
  };
  // Built from the last filter back: each decoder's output is counted, then fed to the
  // next decoder. An image codec or unknown filter decodes nothing further.
  let downstream: Sink = () => {};
  for (let i = filters.length - 1; i >= 0; i--) {
    const name = FILTER_NAMES[filters[i]!] ?? filters[i]!;
    const next = downstream;
    const output: Sink = (chunk, final) => {
      count(chunk.length);
      next(chunk, final);
    };
    switch (name) {
      case 'FlateDecode':
        downstream = flateStage(output);
        break;
      case 'LZWDecode':
        downstream = lzwStage(output, earlyChange);
        break;
      case 'RunLengthDecode':
        downstream = runLengthStage(output);
        break;
      case 'ASCII85Decode':
        downstream = ascii85Stage(output);
        break;
      case 'ASCIIHexDecode':
        downstream = asciiHexStage(output);
        break;
      case 'Crypt':
        downstream = next;
        break;
      default:
        downstream = () => {};
    }
  }
  for (let offset = 0; ; offset += CHUNK) {
    const end = Math.min(offset + CHUNK, data.length);
    downstream(data.subarray(offset, end), end >= data.length);
    if (end >= data.length) break;
  }
}

function filterNames(
  value: PdfValue | undefined,
  resolve: (v: PdfValue) => PdfValue | undefined,
): string[] | null {
  const v = value && value.kind === 'ref' ? resolve(value) : value;
  if (v === undefined) return [];
  if (v.kind === 'name') return [v.name];
  if (v.kind === 'array') {
    const names: string[] = [];
    for (const item of v.items) {
      const resolved = item.kind === 'ref' ? resolve(item) : item;
      if (resolved?.kind !== 'name') return null;
      names.push(resolved.name);
    }
    return names;
  }
  return null;
}

function looksLikeZlib(data: Uint8Array): boolean {
  return data.length >= 2 && (data[0]! & 0x0f) === 8 && ((data[0]! << 8) | data[1]!) % 31 === 0;
}

interface FoundStream {
  num: number;
  gen: number;
  dict: Map<string, PdfValue> | null;
  data: Uint8Array;
}

const ENDSTREAM = Buffer.from('endstream', 'latin1');

/** Every `N G obj << … >> stream … endstream` in the file, and the other objects' values. */
function findObjects(bytes: Uint8Array): {
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
function trailerOf(
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

/**
 * Refuses a PDF whose streams unpack to more than the limits allow, with
 * `import.pdf-too-large`. Runs in time proportional to what it decodes (at most the limit).
 * Returns how many bytes its streams decode to (all stages counted).
 */
export function checkPdfStreams(
  bytes: Uint8Array,
  fileName: string,
  limits: PdfLimits = DEFAULT_PDF_LIMITS,
): { decodedBytes: number } {
  const { streams, values } = findObjects(bytes);
  const resolve = (v: PdfValue) => (v.kind === 'ref' ? values.get(`${v.num} ${v.gen}`) : v);
  const budget: Budget = { total: 0, limits, fileName };
  let decryptor: PdfDecryptor | null = null;
  const trailer = trailerOf(bytes, streams);
  const encrypt = trailer?.get('Encrypt');
  if (encrypt) {
    const dict = encrypt.kind === 'ref' ? resolve(encrypt) : encrypt;
    const id = trailer?.get('ID');
    const firstId =
      id?.kind === 'array' && id.items[0]?.kind === 'string'
        ? id.items[0].bytes
        : new Uint8Array(0);
    decryptor = dict?.kind === 'dict' ? pdfDecryptor(dict.entries, firstId) : null;
  }
  // Streams found inside other streams' data are decoded too; what all of them feed the
  // decoders is bounded, so overlapping fake streams cannot make the check itself slow.
  const maxInput = 4 * bytes.length + MIB;
  let input = 0;
  for (const stream of streams) {
    const dict = stream.dict;
    const type = dict?.get('Type');
    const isXref = type?.kind === 'name' && type.name === 'XRef';
    let data = stream.data;
    if (decryptor && !isXref) {
      const decrypted = decryptor.decryptStream(data, stream.num, stream.gen, dict);
      if (decrypted === null) continue; // needs a password: pdf.js stops there
      data = decrypted;
    }
    let filters = dict ? filterNames(dict.get('Filter') ?? dict.get('F'), resolve) : null;
    if (filters === null) filters = looksLikeZlib(data) ? ['FlateDecode'] : [];
    if (filters.length === 0) {
      continue; // stored as is: no larger than the file
    }
    input += data.length;
    if (input > maxInput) {
      throw importError(
        fileName,
        'pdf-too-large',
        'its streams overlap one another far more than a PDF needs; refused as a possibly hostile file',
      );
    }
    const parms = dict?.get('DecodeParms');
    const parmsDict =
      parms?.kind === 'dict'
        ? parms
        : parms?.kind === 'array'
          ? parms.items.find((p) => p.kind === 'dict')
          : undefined;
    const early = parmsDict?.kind === 'dict' ? parmsDict.entries.get('EarlyChange') : undefined;
    measureStream(
      data,
      filters,
      early?.kind === 'number' ? early.value : 1,
      budget,
      `${stream.num} ${stream.gen}`,
    );
  }
  return { decodedBytes: budget.total };
}

/** Refuses a PDF with more pages than the limit, with `import.pdf-too-many-pages`. */
export function checkPdfPages(
  pages: number,
  fileName: string,
  limits: PdfLimits = DEFAULT_PDF_LIMITS,
): void {
  if (pages > limits.maxPages) {
    throw importError(
      fileName,
      'pdf-too-many-pages',
      `the PDF has ${pages} pages; the limit is ${limits.maxPages}`,
    );
  }
}
