/**
 * Editing a document's text without losing its codings: diff the old text against the new,
 * move every coding boundary through the diff (a start sticks right, an end sticks left, so
 * text typed at a coding's edge stays outside it), re-find speaker turns, and store it all
 * as one undoable action. A coding whose text is wholly deleted cannot be kept (a range
 * needs start < end), so it is removed in the same undoable action and reported by name;
 * `dryRun` reports the same outcome without writing, so the UI can ask first.
 */
import { countWords, normaliseText } from '@shared/text/normalise';
import { detectTurns, findLabelCandidate, isInterviewerLabel } from '@shared/transcript/turns';
import { bodyEnd } from '@shared/transcript/notes-appendix';
import { dataError, usageError } from '../errors';
import type { Project } from '../project/project';
import type { ChangeRecorder } from '../project/change-recorder';
import { deleteAnchorOf } from './anchors';
import { CodeTree } from './codebook-tree';
import { contentHash } from './document-import';
import { getDocumentInfo, getDocumentText, listTurns } from './documents-read';
import type { CodingRow } from './rows';
import { BoundaryMap, diffTexts } from '@shared/text/text-diff';
import type { DocumentEditResult, RemovedCoding } from '@shared/api/types';

export type { DocumentEditResult, RemovedCoding };

interface PlannedTurn {
  id: string | null;
  speakerId: string | null;
  label: string;
  start: number;
  timestampMs: number | null;
}

/**
 * Turns of the new text: those `detectTurns` finds, plus old turns whose label line moved
 * intact (imported subtitle turns carry timestamps and labels the text alone may not prove).
 */
function planTurns(
  project: Project,
  documentId: string,
  text: string,
  map: BoundaryMap,
): PlannedTurn[] {
  const byStart = new Map<number, PlannedTurn>();
  const labels = new Map(
    project
      .read<{ id: string; label: string }>(`SELECT id, label FROM speakers`)
      .map((s) => [s.id, s.label]),
  );
  for (const turn of listTurns(project, documentId)) {
    const start = map.start(turn.startUtf16);
    const atLineStart = start === 0 || text[start - 1] === '\n';
    const lineEnd = text.indexOf('\n', start);
    const found = findLabelCandidate(text.slice(start, lineEnd < 0 ? text.length : lineEnd));
    const label = labels.get(turn.speakerId) ?? '';
    if (
      atLineStart &&
      found &&
      found.label.toLowerCase() === label.toLowerCase() &&
      !byStart.has(start)
    ) {
      byStart.set(start, {
        id: turn.id,
        speakerId: turn.speakerId,
        label,
        start,
        timestampMs: found.timestampMs ?? turn.timestampMs,
      });
    }
  }
  for (const turn of detectTurns(text)) {
    if (!byStart.has(turn.startUtf16)) {
      byStart.set(turn.startUtf16, {
        id: null,
        speakerId: null,
        label: turn.label,
        start: turn.startUtf16,
        timestampMs: turn.timestampMs,
      });
    }
  }
  return [...byStart.values()].sort((a, b) => a.start - b.start);
}

function turnEnd(text: string, start: number, next: number): number {
  let end = next;
  while (end > start + 1 && /\s/u.test(text[end - 1] ?? '')) end--;
  return end;
}

function writeTurns(
  project: Project,
  changes: ChangeRecorder,
  documentId: string,
  text: string,
  planned: PlannedTurn[],
): string[] {
  const newSpeakers: string[] = [];
  const kept = new Set(planned.map((t) => t.id).filter((id) => id !== null));
  // Notes and comments after the body belong to no turn (see notes-appendix.ts).
  const end = bodyEnd(text);
  for (const old of listTurns(project, documentId))
    if (!kept.has(old.id)) changes.delete('speaker_turns', { id: old.id });
  planned.forEach((turn, i) => {
    const row = {
      start_utf16: turn.start,
      end_utf16: turnEnd(text, turn.start, planned[i + 1]?.start ?? end),
      timestamp_ms: turn.timestampMs,
    };
    if (turn.id !== null) {
      changes.update('speaker_turns', { id: turn.id }, row);
      return;
    }
    let speakerId = project.readOne<{ id: string }>(
      `SELECT id FROM speakers WHERE label = ?`,
      turn.label,
    )?.id;
    if (!speakerId) {
      speakerId = project.newId();
      changes.insert('speakers', {
        id: speakerId,
        label: turn.label,
        is_interviewer: isInterviewerLabel(turn.label) ? 1 : 0,
      });
      newSpeakers.push(turn.label);
    }
    changes.insert('speaker_turns', {
      id: project.newId(),
      document_id: documentId,
      speaker_id: speakerId,
      ...row,
    });
  });
  return newSpeakers;
}

type CodingWithCoder = CodingRow & { coder: string; quoted_text: string; curated: number };

/** Replaces a document's text (normalised first), moving its codings and turns with the text. */
export function editDocumentText(
  project: Project,
  documentId: string,
  rawText: string,
  options: { dryRun?: boolean } = {},
): DocumentEditResult {
  const document = getDocumentInfo(project, documentId);
  const oldText = getDocumentText(project, documentId);
  const text = normaliseText(rawText);
  if (text.trim() === '')
    throw usageError('document.empty-text', `the new text of "${document.name}" is empty`);
  const hash = contentHash(text);
  const twin = project.readOne<{ name: string }>(
    `SELECT name FROM documents WHERE content_hash = ? AND id <> ?`,
    hash,
    documentId,
  );
  if (twin)
    throw dataError(
      'document.duplicate-text',
      `the new text of "${document.name}" is the same as the text of "${twin.name}"`,
    );

  const map = new BoundaryMap(diffTexts(oldText, text));
  const tree = CodeTree.load(project);
  const codings = project.read<CodingWithCoder>(
    `SELECT c.*, k.name AS coder, (q.coding_id IS NOT NULL) AS curated FROM codings c
       JOIN coders k ON k.id = c.coder_id LEFT JOIN quote_curations q ON q.coding_id = c.id
      WHERE c.document_id = ? ORDER BY c.created_at, c.rowid`,
    documentId,
  );
  const result: DocumentEditResult = {
    applied: false,
    remapped: 0,
    unchanged: 0,
    removed: [],
    curationsToReview: [],
    turns: 0,
    newSpeakers: [],
  };
  const moves: { row: CodingWithCoder; start: number; end: number }[] = [];
  const taken = new Set<string>();
  for (const row of codings) {
    const start = map.start(row.start_utf16);
    const end = map.end(row.end_utf16);
    const key = `${row.code_id}\u0000${start}\u0000${end}`;
    const reason =
      end <= start || text.slice(start, end).trim() === ''
        ? 'deleted'
        : taken.has(key)
          ? 'merged'
          : null;
    if (reason) {
      const codePath = tree.get(row.code_id)?.path ?? [];
      result.removed.push({
        codingId: row.id,
        codePath,
        coder: row.coder,
        text: oldText.slice(row.start_utf16, row.end_utf16),
        reason,
      });
      continue;
    }
    taken.add(key);
    const textChanged = text.slice(start, end) !== oldText.slice(row.start_utf16, row.end_utf16);
    if (start === row.start_utf16 && end === row.end_utf16 && !textChanged) {
      result.unchanged++;
      continue;
    }
    result.remapped++;
    if (textChanged && row.curated) result.curationsToReview.push(row.id);
    moves.push({ row, start, end });
  }
  const turns = planTurns(project, documentId, text, map);
  result.turns = turns.length;
  if (options.dryRun || text === oldText) return result;

  project.act(`Edit text of "${document.name}"`, (changes) => {
    changes.update(
      'documents',
      { id: documentId },
      { text, content_hash: hash, word_count: countWords(text) },
    );
    for (const removed of result.removed) {
      deleteAnchorOf(changes, removed.codingId);
      changes.delete('quote_curations', { coding_id: removed.codingId });
      changes.delete('codings', { id: removed.codingId });
    }
    // A coding may move onto the old range of another coding of its code that moves on
    // later; park such codings out of range first so the unique index never trips.
    const oldRanges = new Set(
      codings.map((c) => `${c.code_id}\u0000${c.start_utf16}\u0000${c.end_utf16}`),
    );
    const parkAt = text.length + oldText.length + 1;
    for (const { row, start, end } of moves) {
      if (oldRanges.has(`${row.code_id}\u0000${start}\u0000${end}`)) {
        changes.update(
          'codings',
          { id: row.id },
          { start_utf16: parkAt + row.start_utf16, end_utf16: parkAt + row.end_utf16 },
        );
      }
    }
    const now = project.now();
    for (const { row, start, end } of moves) {
      changes.update(
        'codings',
        { id: row.id },
        {
          start_utf16: start,
          end_utf16: end,
          quoted_text: text.slice(start, end),
          updated_at: now,
        },
      );
    }
    result.newSpeakers = writeTurns(project, changes, documentId, text, turns);
  });
  result.applied = true;
  return result;
}

/**
 * The edit as the app makes it: checked first (a refused edit costs no backup), then a
 * "before-text-edit" backup, since rewriting a transcript moves every coding in it.
 */
export async function editDocumentTextWithBackup(
  project: Project,
  documentId: string,
  rawText: string,
  options: { dryRun?: boolean } = {},
): Promise<DocumentEditResult> {
  const preview = editDocumentText(project, documentId, rawText, { dryRun: true });
  if (options.dryRun) return preview;
  await project.backup('before-text-edit');
  return editDocumentText(project, documentId, rawText);
}
