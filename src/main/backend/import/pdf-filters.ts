/**
 * Streaming decoders for the PDF stream filters that only count: each hands its output on
 * in chunks and keeps nothing, so a stream can be measured without being held. Corrupt
 * data ends a stream quietly, as in pdf.js; a limit passed (a CitatError thrown by the
 * counter) is passed on.
 */
import { Inflate } from 'fflate';
import { CitatError } from '../errors';

const CHUNK = 64 * 1024;
const FLATE_PIECE = 4 * 1024;

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

/** Abbreviated filter names (those of inline images), read as the full ones. */
const FILTER_NAMES: Record<string, string> = {
  Fl: 'FlateDecode',
  LZW: 'LZWDecode',
  A85: 'ASCII85Decode',
  AHx: 'ASCIIHexDecode',
  RL: 'RunLengthDecode',
  DCT: 'DCTDecode',
  CCF: 'CCITTFaxDecode',
};

/**
 * Decodes `data` through `filters` (a stream's /Filter, first applied first), calling
 * `count` with the size of every stage's output. FlateDecode, LZWDecode, RunLengthDecode,
 * ASCII85Decode and ASCIIHexDecode are decoded; Crypt passes its input on; image codecs
 * and unknown filters end the chain.
 */
export function countDecoded(
  data: Uint8Array,
  filters: readonly string[],
  earlyChange: number,
  count: (bytes: number) => void,
): void {
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
