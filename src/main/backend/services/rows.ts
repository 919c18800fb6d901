/** Row shapes as SQLite returns them, and their mapping to the shared entities. */
import type {
  Code,
  Coding,
  DocumentInfo,
  Speaker,
  SpeakerTurn,
  SourceFormat,
  Case,
} from '@shared/domain/entities';

export interface CodeRow {
  id: string;
  parent_id: string | null;
  name: string;
  definition: string | null;
  when_to_use: string | null;
  when_not_to_use: string | null;
  example: string | null;
  color: string;
  position: number;
}

export const toCode = (row: CodeRow): Code => ({
  id: row.id,
  parentId: row.parent_id,
  name: row.name,
  definition: row.definition,
  whenToUse: row.when_to_use,
  whenNotToUse: row.when_not_to_use,
  example: row.example,
  color: row.color,
  position: row.position,
});

export interface CodingRow {
  id: string;
  document_id: string;
  code_id: string;
  start_utf16: number;
  end_utf16: number;
  memo: string | null;
  coder_id: string;
  created_at: string;
  updated_at: string;
}

export const toCoding = (row: CodingRow): Coding => ({
  id: row.id,
  documentId: row.document_id,
  codeId: row.code_id,
  startUtf16: row.start_utf16,
  endUtf16: row.end_utf16,
  memo: row.memo,
  coderId: row.coder_id,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export interface DocumentRow {
  id: string;
  name: string;
  original_filename: string;
  format: SourceFormat;
  imported_at: string;
  content_hash: string;
  case_id: string | null;
  word_count: number;
  position: number;
}

export const DOCUMENT_COLUMNS =
  'id, name, original_filename, format, imported_at, content_hash, case_id, word_count, position';

export const toDocument = (row: DocumentRow): DocumentInfo => ({
  id: row.id,
  name: row.name,
  originalFilename: row.original_filename,
  format: row.format,
  importedAt: row.imported_at,
  contentHash: row.content_hash,
  caseId: row.case_id,
  wordCount: row.word_count,
  position: row.position,
});

export interface SpeakerRow {
  id: string;
  label: string;
  name: string | null;
  title: string | null;
  organisation: string | null;
  is_interviewer: number;
  case_id: string | null;
}

export const toSpeaker = (row: SpeakerRow): Speaker => ({
  id: row.id,
  label: row.label,
  name: row.name,
  title: row.title,
  organisation: row.organisation,
  isInterviewer: row.is_interviewer === 1,
  caseId: row.case_id,
});

export interface TurnRow {
  id: string;
  document_id: string;
  speaker_id: string;
  start_utf16: number;
  end_utf16: number;
  timestamp_ms: number | null;
}

export const toTurn = (row: TurnRow): SpeakerTurn => ({
  id: row.id,
  documentId: row.document_id,
  speakerId: row.speaker_id,
  startUtf16: row.start_utf16,
  endUtf16: row.end_utf16,
  timestampMs: row.timestamp_ms,
});

export interface CaseRow {
  id: string;
  name: string;
  description: string | null;
}

export const toCase = (row: CaseRow): Case => ({
  id: row.id,
  name: row.name,
  description: row.description,
});
