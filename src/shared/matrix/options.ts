/** What a quote matrix is built from, and how its exports present it. */
export type MatrixColumnsBy =
  | { kind: 'speakers' }
  | { kind: 'cases' }
  | { kind: 'documents' }
  | { kind: 'attribute'; name: string };

/** The files a matrix exports to. */
export const MATRIX_FILE_FORMATS = ['json', 'csv', 'md', 'html', 'docx', 'xlsx', 'tex'] as const;
export type MatrixFileFormat = (typeof MATRIX_FILE_FORMATS)[number];

/** The language of every label an export prints (headers, legend, totals, default title). */
export const MATRIX_LANGUAGES = ['da', 'en'] as const;
export type MatrixLanguage = (typeof MATRIX_LANGUAGES)[number];

/** How printed quotes are enclosed: not at all, »Danish guillemets«, or “curly quotes”. */
export const QUOTE_MARKS = ['none', 'guillemets', 'curly'] as const;
export type QuoteMarks = (typeof QUOTE_MARKS)[number];

/**
 * How rows are labelled: the code's name indented by its level (default), numbered by level
 * ("2.1 Fejlkultur"), or the full code path ("Principper / III Risiko").
 */
export const ROW_LABELS = ['indent', 'numbered', 'path'] as const;
export type RowLabels = (typeof ROW_LABELS)[number];

export interface MatrixOptions {
  /** Path of the code whose descendants are the rows; empty or absent = the whole codebook. */
  rowsRoot?: string[] | null;
  /**
   * A code group's name: its codes are the rows, in codebook order (not with `rowsRoot`).
   * Folded, each row also holds the codes below its code.
   */
  rowsGroup?: string | null;
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
  /** Labels of the exports; default English. */
  language?: MatrixLanguage;
  /** Print coding memos and curation notes (notes to self: off by default). */
  memos?: boolean;
  /** Default: guillemets for Danish, curly quotes for English (see defaultQuoteMarks). */
  quoteMarks?: QuoteMarks | null;
  rowLabels?: RowLabels;
}

/** How an export presents a matrix: every field settled, defaults applied. */
export interface MatrixPresentation {
  language: MatrixLanguage;
  memos: boolean;
  quoteMarks: QuoteMarks;
  rowLabels: RowLabels;
}

/** »…« in Danish (and German) typesetting, “…” in English. */
export function defaultQuoteMarks(language: MatrixLanguage): QuoteMarks {
  return language === 'da' ? 'guillemets' : 'curly';
}

export function matrixPresentation(options: Partial<MatrixOptions> = {}): MatrixPresentation {
  const language = options.language ?? 'en';
  return {
    language,
    memos: options.memos ?? false,
    quoteMarks: options.quoteMarks ?? defaultQuoteMarks(language),
    rowLabels: options.rowLabels ?? 'indent',
  };
}

/** Parses the CLI/API form "speakers" | "cases" | "documents" | "attribute:<name>". */
export function parseColumnsBy(value: string): MatrixColumnsBy | null {
  if (value === 'speakers' || value === 'cases' || value === 'documents') return { kind: value };
  const match = /^attribute:(.+)$/.exec(value);
  return match ? { kind: 'attribute', name: match[1]!.trim() } : null;
}

/** The inverse of parseColumnsBy. */
export function formatColumnsBy(columns: MatrixColumnsBy): string {
  return columns.kind === 'attribute' ? `attribute:${columns.name}` : columns.kind;
}
