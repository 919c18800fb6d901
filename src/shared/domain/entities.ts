/**
 * Entities of a Citat project as the core hands them out. Offsets inside the app are
 * UTF-16 code units into the document's stored (normalised) text, named `…Utf16`;
 * Unicode code points appear only at exchange boundaries (CLI JSON, REFI-QDA).
 */

export type SourceFormat = 'txt' | 'docx' | 'odt' | 'pdf' | 'vtt' | 'srt' | 'md';

export interface DocumentInfo {
  id: string;
  name: string;
  originalFilename: string;
  format: SourceFormat;
  importedAt: string;
  contentHash: string;
  caseId: string | null;
  /** Counted on import. */
  wordCount: number;
  /** 0-based position in import order; documents are listed and cited in this order. */
  position: number;
}

export interface Speaker {
  id: string;
  label: string;
  name: string | null;
  title: string | null;
  organisation: string | null;
  isInterviewer: boolean;
  caseId: string | null;
}

export interface SpeakerTurn {
  id: string;
  documentId: string;
  speakerId: string;
  startUtf16: number;
  endUtf16: number;
  /** Milliseconds from the start of the recording, when the source had timestamps. */
  timestampMs: number | null;
}

export interface CodeDescription {
  /** What the code means. */
  definition: string | null;
  whenToUse: string | null;
  whenNotToUse: string | null;
  example: string | null;
}

export interface Code extends CodeDescription {
  id: string;
  parentId: string | null;
  name: string;
  /** `#RRGGBB`. */
  color: string;
  /** Order among siblings. */
  position: number;
}

export interface Coding {
  id: string;
  documentId: string;
  codeId: string;
  startUtf16: number;
  endUtf16: number;
  memo: string | null;
  coderId: string;
  createdAt: string;
  updatedAt: string;
}

/** A coded passage prepared for print without touching the transcript. */
export interface QuoteCuration {
  codingId: string;
  /** The text to print: editorial insertions "(om risiko, red.)", elisions "[…]", pseudonyms. */
  displayText: string;
  note: string | null;
}

export interface Case {
  id: string;
  name: string;
  description: string | null;
}

export interface Attribute {
  id: string;
  name: string;
  /** Values are stored as text; `number` attributes sort numerically. */
  valueType: 'text' | 'number';
}

export interface Coder {
  id: string;
  name: string;
}

export type MemoTarget =
  { kind: 'code'; codeId: string } | { kind: 'document'; documentId: string };
