/**
 * Writes ZIP containers byte-for-byte reproducibly: fixed entry order (as given), a fixed
 * timestamp and fixed compression level, so the same document always gives the same file
 * and a regenerated export only differs where its content does.
 */
import { zipSync, type Zippable } from 'fflate';

/** 1980-01-01 is the earliest time DOS timestamps can hold. */
const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0);

export interface ZipWriteEntry {
  readonly path: string;
  readonly data: string | Uint8Array;
  /** Store uncompressed (the ODF `mimetype` entry must be). */
  readonly store?: boolean;
}

export function writeZip(entries: readonly ZipWriteEntry[]): Uint8Array {
  const encoder = new TextEncoder();
  const files: Zippable = {};
  for (const entry of entries) {
    const data = typeof entry.data === 'string' ? encoder.encode(entry.data) : entry.data;
    files[entry.path] = [data, { level: entry.store ? 0 : 6, mtime: FIXED_MTIME }];
  }
  return zipSync(files, { level: 6, mtime: FIXED_MTIME });
}
