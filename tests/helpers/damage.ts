/** Ways a project file gets damaged on a real disk, done to real files for the attack tests. */
import { readFileSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';

/** Pages of the table or index `name` (SQLite's dbstat), read with a separate connection. */
export function pagesOf(path: string, name: string): { pageSize: number; pages: number[] } {
  const db = new Database(path, { readonly: true });
  try {
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    const pages = (
      db.prepare(`SELECT pageno FROM dbstat WHERE name = ? ORDER BY pageno`).all(name) as {
        pageno: number;
      }[]
    ).map((r) => r.pageno);
    return { pageSize, pages };
  } finally {
    db.close();
  }
}

/** Overwrites the header of one B-tree page of `name` with garbage (a bad sector, a bad copy). */
export function flipBtreePage(path: string, name: string): void {
  const { pageSize, pages } = pagesOf(path, name);
  const page = pages.at(-1);
  if (page === undefined || page === 1) throw new Error(`no page of ${name} to damage`);
  const bytes = readFileSync(path);
  const at = (page - 1) * pageSize;
  for (let i = 0; i < 12; i++) bytes[at + i] = 0xa5 ^ (i * 37);
  writeFileSync(path, bytes);
}

/**
 * Where `needle` (UTF-8) is stored in the pages of the documents table — not in a coding's
 * quoted text or an undo image, which may hold the same words.
 */
function offsetInDocuments(path: string, bytes: Buffer, needle: string): number {
  const { pageSize, pages } = pagesOf(path, 'documents');
  const wanted = Buffer.from(needle, 'utf8');
  for (const page of pages) {
    const start = (page - 1) * pageSize;
    const at = bytes.subarray(start, start + pageSize).indexOf(wanted);
    if (at !== -1) return start + at;
  }
  throw new Error(`"${needle}" is not on a page of the documents table in ${path}`);
}

/**
 * Changes one letter inside a stored transcript: every page stays valid, so only the
 * documents' content hashes can tell.
 */
export function flipTextByte(path: string, needle: string): void {
  const bytes = readFileSync(path);
  const at = offsetInDocuments(path, bytes, needle);
  bytes[at] = bytes[at] === 0x65 ? 0x61 : 0x65; // 'e' <-> 'a' (or the first letter to 'e')
  writeFileSync(path, bytes);
}

/** Replaces one byte inside a stored transcript with a byte that is not valid UTF-8 (read as U+FFFD). */
export function breakTextEncoding(path: string, needle: string): void {
  const bytes = readFileSync(path);
  bytes[offsetInDocuments(path, bytes, needle)] = 0xff;
  writeFileSync(path, bytes);
}
