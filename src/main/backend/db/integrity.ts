/**
 * Checks that a project file is whole: SQLite's own page checks (quick_check on open,
 * integrity_check and foreign keys for `citat check`) and, because neither looks inside
 * values, every document's text against the SHA-256 stored with it at import.
 *
 * Levels: 'pages' = quick_check only (read-only opens, where every text is checked when it
 * is read anyway, and fresh backups, copied page by page from a checked project); 'quick'
 * = pages and checksums (opening for writing, restoring); 'full' = integrity_check
 * (indexes against their tables too), foreign keys and checksums (`citat check`).
 */
import type Database from 'better-sqlite3';
import { contentHash } from './content-hash';
import { isDamageError } from './storage-errors';

export type CheckLevel = 'pages' | 'quick' | 'full';

/** At most this many problems are collected: enough to say what is wrong, bounded in time. */
const MAX_PROBLEMS = 20;

function pageProblems(db: Database.Database, level: CheckLevel): string[] {
  const pragma = level === 'full' ? 'integrity_check' : 'quick_check';
  const rows = db.pragma(`${pragma}(${MAX_PROBLEMS})`) as Record<string, string>[];
  const messages = rows.flatMap((row) => Object.values(row).flatMap((v) => String(v).split('\n')));
  if (messages.length === 1 && messages[0] === 'ok') return [];
  return messages.filter((m) => m.trim() !== '');
}

function foreignKeyProblems(db: Database.Database): string[] {
  const rows = db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
  return rows
    .slice(0, MAX_PROBLEMS)
    .map((r) => `a row of ${r.table} (rowid ${r.rowid}) points to a missing ${r.parent} row`);
}

const CHECKSUM_PROBLEM = /^the text of document "(.*)" does not match its checksum$/;

/** The problem reported for a document whose text no longer matches its checksum. */
export const checksumProblem = (documentName: string): string =>
  `the text of document "${documentName}" does not match its checksum`;

/** The document a checksumProblem names, or null for any other problem. */
export const documentOfProblem = (problem: string): string | null =>
  CHECKSUM_PROBLEM.exec(problem)?.[1] ?? null;

/** Documents whose text no longer matches its stored checksum. */
export function documentHashProblems(db: Database.Database): string[] {
  const problems: string[] = [];
  const rows = db
    .prepare(`SELECT name, content_hash AS hash, text FROM documents`)
    .iterate() as IterableIterator<{ name: string; hash: string; text: string }>;
  for (const row of rows) {
    if (contentHash(row.text) !== row.hash) problems.push(checksumProblem(row.name));
    if (problems.length >= MAX_PROBLEMS) break;
  }
  return problems;
}

/** Problems found, none when the file is whole. Never throws for damage: it reports it. */
export function checkProjectDatabase(db: Database.Database, level: CheckLevel): string[] {
  const problems: string[] = [];
  const steps: (() => string[])[] = [
    () => pageProblems(db, level),
    ...(level === 'full' ? [() => foreignKeyProblems(db)] : []),
    ...(level === 'pages' ? [] : [() => documentHashProblems(db)]),
  ];
  for (const step of steps) {
    try {
      problems.push(...step());
    } catch (err) {
      if (!isDamageError(err)) throw err;
      problems.push((err as Error).message);
    }
    if (problems.length > 0 && level !== 'full') break;
  }
  return problems;
}
