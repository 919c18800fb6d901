/**
 * Saved tables: a named matrix definition and the file it is written to, regenerated on
 * demand, with a report of what changed since the file was last written.
 */
import type { MatrixFileFormat, MatrixOptions } from './options';

export interface SavedTable {
  name: string;
  /** The file as stored: relative to the project's folder, with "/" separators. */
  file: string;
  /** That file resolved against the project's folder (where it is written). */
  path: string;
  format: MatrixFileFormat;
  /** LaTeX: a complete document rather than a fragment. */
  standalone: boolean;
  /** The matrix options; `rowsRoot` is the rows code's current path. */
  options: MatrixOptions;
  /** When the table was last exported, and the SHA-256 of the bytes written then. */
  lastExport: { at: string; sha256: string } | null;
}

/** A quote in a change report, as the table prints it. */
export interface ReportQuote {
  /** The row's label (the code's name, numbered or its path, as the table prints it). */
  row: string;
  column: string;
  /** The printed (curated) text. */
  text: string;
  citation: string;
  /** For an edited quote: how it read in the last export. */
  previous?: { text: string; citation: string; memo: string | null; note: string | null };
}

export type TableStatus = 'new' | 'unchanged' | 'changed';

/**
 * What is at the table's path now, compared with what Citat last wrote there: "missing"
 * is written again; "different" (changed outside Citat) is refused by an export.
 */
export type TableFileState = 'as-exported' | 'missing' | 'different';

export interface TableReport {
  name: string;
  file: string;
  path: string;
  format: MatrixFileFormat;
  /** new: never exported; unchanged: the same bytes as last time; changed: they differ. */
  status: TableStatus;
  added: ReportQuote[];
  removed: ReportQuote[];
  edited: ReportQuote[];
  fileState: TableFileState;
}

export interface TableExport extends TableReport {
  /** What to write to `path`, or null when the file already holds exactly these bytes. */
  bytes: Uint8Array | null;
}
