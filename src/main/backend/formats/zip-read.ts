/**
 * Reads ZIP containers (DOCX, ODT, XLSX, QDPX) defensively. The central directory is
 * parsed here so every limit is checked before a byte is inflated, and inflation is
 * streamed and cut off at the limit, because declared sizes in a hostile archive lie.
 */
import { Inflate } from 'fflate';
import { inputError } from '../errors';

export interface ZipLimits {
  maxEntries: number;
  /** Largest uncompressed size of one entry, in bytes. */
  maxEntryBytes: number;
  /** Largest total uncompressed size of all entries read, in bytes. */
  maxTotalBytes: number;
  /** Largest uncompressed/compressed ratio of an entry larger than 1 MiB. */
  maxRatio: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 10_000,
  maxEntryBytes: 256 * 1024 * 1024,
  maxTotalBytes: 1024 * 1024 * 1024,
  maxRatio: 200,
};

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly declaredSize: number;
  readonly localHeaderOffset: number;
  readonly encrypted: boolean;
}

export interface ZipArchive {
  readonly source: string;
  readonly entries: readonly ZipEntry[];
  /** Case-insensitive lookup by path (zip paths are case-sensitive; tools disagree). */
  find(name: string): ZipEntry | undefined;
  read(entry: ZipEntry): Uint8Array;
  readText(entry: ZipEntry): string;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const RATIO_FLOOR_BYTES = 1024 * 1024;

function isUnsafePath(name: string): boolean {
  const normalised = name.replace(/\\/g, '/');
  return (
    normalised.startsWith('/') ||
    /^[a-zA-Z]:/.test(normalised) ||
    normalised.split('/').some((part) => part === '..') ||
    normalised.includes('\0')
  );
}

export function openZip(
  bytes: Uint8Array,
  source: string,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): ZipArchive {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bad = (detail: string) =>
    inputError('zip.corrupt', `${source}: not a valid ZIP archive (${detail})`);

  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw bad('no end-of-archive record; the file may be truncated');
  const entryCount = view.getUint16(eocd + 10, true);
  const directorySize = view.getUint32(eocd + 12, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  if (entryCount === 0xffff || directoryOffset === 0xffffffff) {
    throw inputError('zip.zip64', `${source}: ZIP64 archives are not supported`);
  }
  if (entryCount > limits.maxEntries) {
    throw inputError(
      'zip.too-many-entries',
      `${source}: archive has ${entryCount} entries (limit ${limits.maxEntries})`,
    );
  }
  if (directoryOffset + directorySize > bytes.length) throw bad('directory lies outside the file');

  const decoder = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  let declaredTotal = 0;
  let p = directoryOffset;
  for (let i = 0; i < entryCount; i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL_SIGNATURE)
      throw bad('broken directory entry');
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const compressedSize = view.getUint32(p + 20, true);
    const declaredSize = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const localHeaderOffset = view.getUint32(p + 42, true);
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    p += 46 + nameLength + extraLength + commentLength;

    if (isUnsafePath(name)) {
      throw inputError('zip.unsafe-path', `${source}: entry "${name}" points outside the archive`);
    }
    if (declaredSize > limits.maxEntryBytes) {
      throw inputError(
        'zip.entry-too-large',
        `${source}: entry "${name}" would unpack to ${declaredSize} bytes (limit ${limits.maxEntryBytes})`,
      );
    }
    if (
      declaredSize > RATIO_FLOOR_BYTES &&
      declaredSize / Math.max(1, compressedSize) > limits.maxRatio
    ) {
      throw inputError(
        'zip.bomb',
        `${source}: entry "${name}" compresses ${Math.round(declaredSize / Math.max(1, compressedSize))}:1, which looks like a zip bomb`,
      );
    }
    declaredTotal += declaredSize;
    if (declaredTotal > limits.maxTotalBytes) {
      throw inputError(
        'zip.too-large',
        `${source}: archive would unpack to more than ${limits.maxTotalBytes} bytes`,
      );
    }
    entries.push({
      name,
      method,
      compressedSize,
      declaredSize,
      localHeaderOffset,
      encrypted: (flags & 1) === 1,
    });
  }

  const byLowerName = new Map<string, ZipEntry>();
  for (const entry of entries) byLowerName.set(entry.name.toLowerCase(), entry);
  let inflatedTotal = 0;

  const read = (entry: ZipEntry): Uint8Array => {
    if (entry.encrypted)
      throw inputError('zip.encrypted', `${source}: entry "${entry.name}" is encrypted`);
    const h = entry.localHeaderOffset;
    if (h + 30 > bytes.length || view.getUint32(h, true) !== LOCAL_SIGNATURE)
      throw bad(`broken header of "${entry.name}"`);
    const start = h + 30 + view.getUint16(h + 26, true) + view.getUint16(h + 28, true);
    const end = start + entry.compressedSize;
    if (end > bytes.length) throw bad(`entry "${entry.name}" is cut off`);
    const compressed = bytes.subarray(start, end);
    if (entry.method === 0) return compressed;
    if (entry.method !== 8) {
      throw inputError(
        'zip.unsupported-method',
        `${source}: entry "${entry.name}" uses unsupported compression method ${entry.method}`,
      );
    }
    // The declared size may lie: cap the real output at both the declared size and the limits.
    const cap = Math.min(
      entry.declaredSize,
      limits.maxEntryBytes,
      limits.maxTotalBytes - inflatedTotal,
    );
    const chunks: Uint8Array[] = [];
    let produced = 0;
    let overflow = false;
    const inflater = new Inflate((chunk) => {
      produced += chunk.length;
      if (produced > cap) overflow = true;
      else chunks.push(chunk);
    });
    const step = 64 * 1024;
    try {
      for (let offset = 0; offset < compressed.length && !overflow; offset += step) {
        const last = offset + step >= compressed.length;
        inflater.push(compressed.subarray(offset, offset + step), last);
      }
    } catch (err) {
      throw bad(
        `entry "${entry.name}" cannot be decompressed: ${err instanceof Error ? err.message : String(err)}`,
      );
    }
    if (overflow) {
      throw inputError(
        'zip.bomb',
        `${source}: entry "${entry.name}" unpacks to more than its declared or allowed size`,
      );
    }
    inflatedTotal += produced;
    const out = new Uint8Array(produced);
    let o = 0;
    for (const chunk of chunks) {
      out.set(chunk, o);
      o += chunk.length;
    }
    return out;
  };

  return {
    source,
    entries,
    find: (name) => byLowerName.get(name.toLowerCase()),
    read,
    readText: (entry) => new TextDecoder('utf-8').decode(read(entry)),
  };
}

/** True when the bytes start like a ZIP archive (local header or empty archive). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    (bytes[2] === 3 || bytes[2] === 5)
  );
}
