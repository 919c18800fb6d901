/** Coding: tying a code to a half-open range of a document's stored text. */
import type { Coding, QuoteCuration } from '@shared/domain/entities';
import type { ApplyManyResult, DocumentCoding } from '@shared/api/types';
import type { ChangeRecorder } from '../project/change-recorder';
import { splitsSurrogatePair } from '@shared/text/offsets';
import { formatCodePath } from '@shared/domain/codebook';
import { dataError, usageError } from '../errors';
import type { Project } from '../project/project';
import { deleteAnchorOf } from './anchors';
import { CodeTree } from './codebook-tree';
import { requireCode } from './codes';
import { ensureCoder } from './coders';
import { getDocumentInfo, getDocumentText } from './documents-read';
import { toCoding, type CodingRow } from './rows';

export interface ApplyCodingInput {
  documentId: string;
  codeId: string;
  startUtf16: number;
  endUtf16: number;
  memo?: string | null;
  /** Defaults to the project's current coder. */
  coder?: string | null;
}

function checkRange(text: string, documentName: string, start: number, end: number): void {
  if (
    !Number.isInteger(start) ||
    !Number.isInteger(end) ||
    start < 0 ||
    end > text.length ||
    start >= end
  ) {
    throw usageError(
      'coding.bad-range',
      `range ${start}–${end} is not inside "${documentName}" (0–${text.length}) or is empty`,
    );
  }
  if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) {
    throw usageError(
      'coding.splits-character',
      `range ${start}–${end} cuts a character of "${documentName}" in half`,
    );
  }
  if (text.slice(start, end).trim() === '') {
    throw usageError(
      'coding.blank',
      `range ${start}–${end} of "${documentName}" holds only whitespace`,
    );
  }
}

export function applyCoding(project: Project, input: ApplyCodingInput): Coding {
  const document = getDocumentInfo(project, input.documentId);
  const code = requireCode(CodeTree.load(project), input.codeId);
  const text = getDocumentText(project, input.documentId);
  checkRange(text, document.name, input.startUtf16, input.endUtf16);
  return project.act(`Code "${formatCodePath(code.path)}"`, (changes) => {
    const coder = ensureCoder(project, changes, input.coder);
    if (isDuplicate(project, input, input.codeId, coder.id)) {
      throw dataError(
        'coding.duplicate',
        `this passage of "${document.name}" is already coded with "${formatCodePath(code.path)}" by ${coder.name}`,
      );
    }
    return insertCoding(project, changes, { ...input, coderId: coder.id }, text);
  });
}

/** The same passage with the same code by the same coder (another coder's is agreement, not a duplicate). */
function isDuplicate(
  project: Project,
  range: { documentId: string; startUtf16: number; endUtf16: number },
  codeId: string,
  coderId: string,
): boolean {
  return (
    project.readOne(
      `SELECT 1 FROM codings WHERE document_id = ? AND code_id = ? AND start_utf16 = ? AND end_utf16 = ? AND coder_id = ?`,
      range.documentId,
      codeId,
      range.startUtf16,
      range.endUtf16,
      coderId,
    ) !== undefined
  );
}

interface CodingToInsert {
  documentId: string;
  codeId: string;
  startUtf16: number;
  endUtf16: number;
  memo?: string | null;
  coderId: string;
}

function insertCoding(
  project: Project,
  changes: ChangeRecorder,
  input: CodingToInsert,
  text: string,
): Coding {
  const now = project.now();
  const row: CodingRow = {
    id: project.newId(),
    document_id: input.documentId,
    code_id: input.codeId,
    start_utf16: input.startUtf16,
    end_utf16: input.endUtf16,
    memo: input.memo?.trim() || null,
    coder_id: input.coderId,
    created_at: now,
    updated_at: now,
  };
  changes.insert('codings', { ...row, quoted_text: text.slice(input.startUtf16, input.endUtf16) });
  return toCoding(row);
}

/** Codes many ranges with one code as one action; duplicates and bad ranges are reported, not fatal. */
export function applyCodingMany(
  project: Project,
  codeId: string,
  ranges: readonly { documentId: string; startUtf16: number; endUtf16: number }[],
  /** Defaults to the project's current coder (which stays the current coder). */
  coderName?: string | null,
): ApplyManyResult {
  const code = requireCode(CodeTree.load(project), codeId);
  const result: ApplyManyResult = { applied: 0, duplicates: 0, refused: [] };
  const texts = new Map<string, { name: string; text: string }>();
  project.act(`Code ${ranges.length} passages "${formatCodePath(code.path)}"`, (changes) => {
    const coder = ensureCoder(project, changes, coderName);
    for (const range of ranges) {
      let doc = texts.get(range.documentId);
      if (!doc) {
        doc = {
          name: getDocumentInfo(project, range.documentId).name,
          text: getDocumentText(project, range.documentId),
        };
        texts.set(range.documentId, doc);
      }
      try {
        checkRange(doc.text, doc.name, range.startUtf16, range.endUtf16);
      } catch (err) {
        result.refused.push({ ...range, reason: err instanceof Error ? err.message : String(err) });
        continue;
      }
      const duplicate = isDuplicate(project, range, codeId, coder.id);
      if (duplicate) {
        result.duplicates++;
        continue;
      }
      insertCoding(project, changes, { ...range, codeId, coderId: coder.id }, doc.text);
      result.applied++;
    }
  });
  return result;
}

export function getCoding(project: Project, id: string): Coding {
  const row = project.readOne<CodingRow>(`SELECT * FROM codings WHERE id = ?`, id);
  if (!row) throw dataError('coding.not-found', `no coding with id ${id}`);
  return toCoding(row);
}

export function removeCoding(project: Project, id: string): void {
  getCoding(project, id);
  project.act('Remove coding', (changes) => {
    deleteAnchorOf(changes, id);
    changes.delete('quote_curations', { coding_id: id });
    changes.delete('codings', { id });
  });
}

export function setCodingMemo(project: Project, id: string, memo: string | null): void {
  getCoding(project, id);
  project.act('Edit coding memo', (changes) => {
    changes.update('codings', { id }, { memo: memo?.trim() || null, updated_at: project.now() });
  });
}

/**
 * Sets the printed form of a coded quote (editorial insertions, elisions, pseudonyms);
 * null display text removes the curation. The transcript itself is never touched.
 */
export function curateQuote(
  project: Project,
  codingId: string,
  displayText: string | null,
  note: string | null = null,
): void {
  getCoding(project, codingId);
  project.act(displayText === null ? 'Remove quote curation' : 'Curate quote', (changes) => {
    if (displayText === null || !displayText.trim()) {
      changes.delete('quote_curations', { coding_id: codingId });
      return;
    }
    const row = {
      display_text: displayText.trim(),
      note: note?.trim() || null,
      updated_at: project.now(),
    };
    if (!changes.update('quote_curations', { coding_id: codingId }, row)) {
      changes.insert('quote_curations', { coding_id: codingId, ...row });
    }
  });
}

export function getCuration(project: Project, codingId: string): QuoteCuration | null {
  const row = project.readOne<{ coding_id: string; display_text: string; note: string | null }>(
    `SELECT coding_id, display_text, note FROM quote_curations WHERE coding_id = ?`,
    codingId,
  );
  return row ? { codingId: row.coding_id, displayText: row.display_text, note: row.note } : null;
}

/** Every coding of one document with its code's path and colour, in text order. */
export function listDocumentCodings(project: Project, documentId: string): DocumentCoding[] {
  getDocumentInfo(project, documentId);
  const tree = CodeTree.load(project);
  return project
    .read<CodingRow & { coder: string; display_text: string | null; note: string | null }>(
      `SELECT c.*, k.name AS coder, q.display_text, q.note FROM codings c
         JOIN coders k ON k.id = c.coder_id
         LEFT JOIN quote_curations q ON q.coding_id = c.id
        WHERE c.document_id = ? ORDER BY c.start_utf16, c.end_utf16`,
      documentId,
    )
    .map((row) => {
      const code = tree.get(row.code_id);
      return {
        ...toCoding(row),
        codePath: code?.path ?? [],
        color: code?.color ?? '#999999',
        coder: row.coder,
        displayText: row.display_text,
        note: row.note,
      };
    });
}
