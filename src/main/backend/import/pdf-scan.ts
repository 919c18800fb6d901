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
 *
 * The objects are found by pdf-objects.ts (values read by pdf-lexer.ts), decoded by
 * pdf-filters.ts and counted against the limits of pdf-limits.ts.
 */
import { DecodeBudget, DEFAULT_PDF_LIMITS, type PdfLimits } from './pdf-limits';
import { countDecoded } from './pdf-filters';
import { pdfDecryptor, type PdfDecryptor } from './pdf-decrypt';
import type { PdfValue } from './pdf-lexer';
import { findObjects, trailerOf } from './pdf-objects';

export { DEFAULT_PDF_LIMITS, type PdfLimits } from './pdf-limits';

/** A stream's /Filter as names, or null when it cannot be read. */
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
  const budget = new DecodeBudget(limits, fileName, bytes.length);
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
    budget.feed(data.length);
    const parms = dict?.get('DecodeParms');
    const parmsDict =
      parms?.kind === 'dict'
        ? parms
        : parms?.kind === 'array'
          ? parms.items.find((p) => p.kind === 'dict')
          : undefined;
    const early = parmsDict?.kind === 'dict' ? parmsDict.entries.get('EarlyChange') : undefined;
    countDecoded(
      data,
      filters,
      early?.kind === 'number' ? early.value : 1,
      budget.forStream(`${stream.num} ${stream.gen}`),
    );
  }
  return { decodedBytes: budget.total };
}
