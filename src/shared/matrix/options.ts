/** What a quote matrix is built from. */
export type MatrixColumnsBy =
  | { kind: 'speakers' }
  | { kind: 'cases' }
  | { kind: 'documents' }
  | { kind: 'attribute'; name: string };

export interface MatrixOptions {
  /** Path of the code whose descendants are the rows; empty or absent = the whole codebook. */
  rowsRoot?: string[] | null;
  /** Fold each row's descendants into it (rows = the root's direct children). */
  foldChildren?: boolean;
  columns: MatrixColumnsBy;
  mode: 'quotes' | 'counts';
  /** A preset (short, long, located) or a template. */
  citation: string;
  /** Keep interviewer turns in speaker columns and citations. */
  includeInterviewer?: boolean;
  /** Only codings by these coders (names); absent = all coders. */
  coders?: string[] | null;
  title?: string | null;
}

/** Parses the CLI/API form "speakers" | "cases" | "documents" | "attribute:<name>". */
export function parseColumnsBy(value: string): MatrixColumnsBy | null {
  if (value === 'speakers' || value === 'cases' || value === 'documents') return { kind: value };
  const match = /^attribute:(.+)$/.exec(value);
  return match ? { kind: 'attribute', name: match[1]!.trim() } : null;
}
