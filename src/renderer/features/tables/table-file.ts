/**
 * The file a saved table is written to, as typed in the save dialog: a default named after
 * the table, its extension following the format, and what is wrong with a path before the
 * core is asked. Paths are relative to the project's folder (or absolute).
 */
import { MATRIX_FILE_FORMATS, type MatrixFileFormat } from '@shared/matrix/options';

/** Danish letters spelled out, so the name also works in a LaTeX \input and in a URL. */
const SPELLED: Record<string, string> = { æ: 'ae', ø: 'oe', å: 'aa', ß: 'ss' };

/** "Bilag 1 – Risiko" → "bilag-1-risiko"; "table" when nothing usable is left. */
export function fileStem(name: string): string {
  const stem = name
    .toLowerCase()
    .replace(/[æøåß]/g, (c) => SPELLED[c]!)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return stem || 'table';
}

export function defaultTableFile(name: string, format: MatrixFileFormat): string {
  return `${fileStem(name)}.${format}`;
}

const EXTENSION = /\.([A-Za-z0-9]+)$/;

/** The file with the format's extension: a matrix format's replaced, any other kept and added to. */
export function withFormat(file: string, format: MatrixFileFormat): string {
  const trimmed = file.trim();
  if (trimmed === '' || /[\\/]$/.test(trimmed)) return trimmed;
  const current = EXTENSION.exec(trimmed)?.[1]?.toLowerCase();
  if (current === format) return trimmed;
  if (current && (MATRIX_FILE_FORMATS as readonly string[]).includes(current))
    return trimmed.slice(0, -current.length) + format;
  return `${trimmed}.${format}`;
}

export type TableFileProblem = 'empty' | 'folder' | 'extension';

/** Why the file cannot be used for a table of this format, or null. */
export function tableFileProblem(file: string, format: MatrixFileFormat): TableFileProblem | null {
  const trimmed = file.trim();
  if (trimmed === '') return 'empty';
  if (/[\\/]$/.test(trimmed) || /(^|[\\/])\.{1,2}$/.test(trimmed)) return 'folder';
  if (EXTENSION.exec(trimmed)?.[1]?.toLowerCase() !== format) return 'extension';
  return null;
}

/** The core compares table names as SQLite's NOCASE does: A–Z only, so "Æ" ≠ "æ". */
export function sameTableName(a: string, b: string): boolean {
  const fold = (s: string) => s.trim().replace(/[A-Z]/g, (c) => c.toLowerCase());
  return fold(a) === fold(b);
}
