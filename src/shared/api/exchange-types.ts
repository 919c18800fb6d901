/** Result types of REFI-QDA project exchange, shared by the core and every transport. */

export interface NotImported {
  what: string;
  count: number;
  detail: string;
}

export interface MatchedDocument {
  /** The source's name in the file. */
  source: string;
  /** The document already in the project that has the same text. */
  document: string;
}

export interface QdpxImportReport {
  file: string;
  /** What the file was, recognised by its content (absent: a .qdpx). */
  format?: 'qdpx' | 'taguette';
  /**
   * The coder every imported coding was given, when the file names none (Taguette records
   * no coders: the current coder, or the one the import was asked to use).
   */
  coder?: string;
  /** The exporting program as the file names it. */
  origin: string | null;
  /** How selection positions were read, and why. */
  positions: { unit: string; reason: string };
  created: {
    documents: number;
    codes: number;
    codings: number;
    coders: number;
    cases: number;
    attributes: number;
    memos: number;
    speakers: number;
  };
  matched: {
    /** Sources whose text is already in the project: their codings went to that document. */
    documents: MatchedDocument[];
    codes: number;
    coders: number;
    cases: number;
    attributes: number;
  };
  /** The file's Sets of codes, kept as code groups; absent when it has none. */
  groups?: { created: number; matched: number; memberships: number };
  /** Codings in the file that did not become codings (each reason is in `notImported`). */
  skippedCodings: number;
  notImported: NotImported[];
  warnings: string[];
}
