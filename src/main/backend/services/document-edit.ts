/**
 * Editing a document's text without losing its codings: diff the old text against the new,
 * move every coding boundary through the diff (a start sticks right, an end sticks left, so
 * text typed at a coding's edge stays outside it), re-find speaker turns, and store it all
 * as one undoable action. A coding whose text is wholly deleted cannot be kept (a range
 * needs start < end), so it is removed in the same undoable action and reported by name;
 * `dryRun` reports the same outcome without writing, so the UI can ask first.
 */
import { splitsSurrogatePair } from '@shared/text/offsets';
import { countWords, normaliseText } from '@shared/text/normalise';
import { detectTurns, findLabelCandidate, isInterviewerLabel } from '@shared/transcript/turns';
import { dataError, usageError } from '../errors';
import type { Project } from '../project/project';
import type { ChangeRecorder } from '../project/change-recorder';
import { CodeTree } from './codebook-tree';
import { contentHash } from './document-import';
import { getDocumentInfo, getDocumentText, listTurns } from './documents-read';
import type { CodingRow } from './rows';

/** Old text [oldStart, oldEnd) became new text [newStart, newEnd). */
export interface TextEdit {
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
}

export interface RemovedCoding {
  codingId: string;
  codePath: string[];
  coder: string;
  /** The coded text before the edit. */
  text: string;
  /** `deleted`: its text is gone; `merged`: it now covers exactly what another coding of its code covers. */
  reason: 'deleted' | 'merged';
}

export interface DocumentEditResult {
  /** False for a dry run or when the text did not change. */
  applied: boolean;
  /** Kept codings whose range or text changed. */
  remapped: number;
  unchanged: number;
  removed: RemovedCoding[];
  /** Kept codings whose text changed while they have a curated print text to check. */
  curationsToReview: string[];
  turns: number;
  newSpeakers: string[];
}

const CHAR_BLOCK_LIMIT = 20_000;
const MAX_EDIT_DISTANCE = 1_000;

/** Runs of equal items [aStart, bStart, length] by Myers' O(ND) diff, or null past `maxD`. */
function equalRuns(a: ArrayLike<unknown>, b: ArrayLike<unknown>, maxD: number): number[][] | null {
  const n = a.length;
  const m = b.length;
  const limit = Math.min(n + m, maxD);
  // trace[d][k + d + 1] = the furthest x reached on diagonal k after d edits.
  const trace: Int32Array[] = [];
  for (let d = 0; d <= limit; d++) {
    const prev = trace[d - 1];
    const at = (k: number) => prev![k + d]!;
    const round = new Int32Array(2 * d + 3);
    for (let k = -d; k <= d; k += 2) {
      let x =
        d === 0 ? 0 : k === -d || (k !== d && at(k - 1) < at(k + 1)) ? at(k + 1) : at(k - 1) + 1;
      while (x < n && x - k < m && a[x] === b[x - k]) x++;
      const y = x - k;
      round[k + d + 1] = x;
      if (x >= n && y >= m) {
        trace.push(round);
        return backtrack(trace, n, m);
      }
    }
    trace.push(round);
  }
  return null;
}

function backtrack(trace: Int32Array[], n: number, m: number): number[][] {
  const runs: number[][] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const k = x - y;
    if (d === 0) {
      if (x > 0) runs.push([0, 0, x]);
      break;
    }
    const prev = trace[d - 1]!;
    const at = (kk: number) => prev[kk + d]!;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = at(prevK);
    // The snake of round d starts after one step from (prevX, prevX - prevK): down or right.
    const snakeX = prevK === k + 1 ? prevX : prevX + 1;
    if (x > snakeX) runs.push([snakeX, snakeX - k, x - snakeX]);
    x = prevX;
    y = prevX - prevK;
  }
  return runs.reverse();
}

/** The gaps between equal runs, offset by the given starts. */
function editsBetween(runs: number[][], aEnd: number, bEnd: number): number[][] {
  const gaps: number[][] = [];
  let a = 0;
  let b = 0;
  for (const [ra, rb, len] of [...runs, [aEnd, bEnd, 0]] as [number, number, number][]) {
    if (ra > a || rb > b) gaps.push([a, ra, b, rb]);
    a = ra + len;
    b = rb + len;
  }
  return gaps;
}

function charEdits(
  oldText: string,
  newText: string,
  o: number,
  oe: number,
  n: number,
  ne: number,
): TextEdit[] {
  const runs =
    oe - o + (ne - n) <= CHAR_BLOCK_LIMIT
      ? equalRuns(oldText.slice(o, oe), newText.slice(n, ne), MAX_EDIT_DISTANCE)
      : null;
  if (!runs) return [{ oldStart: o, oldEnd: oe, newStart: n, newEnd: ne }];
  return editsBetween(runs, oe - o, ne - n).map(([a, ae, b, be]) => ({
    oldStart: o + a!,
    oldEnd: o + ae!,
    newStart: n + b!,
    newEnd: n + be!,
  }));
}

const splitLines = (text: string): string[] => text.match(/[^\n]*\n|[^\n]+$/g) ?? [];

/** Edits turning `oldText` into `newText`: sorted, separated by unchanged text, never inside a surrogate pair. */
export function diffTexts(oldText: string, newText: string): TextEdit[] {
  let prefix = 0;
  const shorter = Math.min(oldText.length, newText.length);
  while (prefix < shorter && oldText[prefix] === newText[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < shorter - prefix &&
    oldText[oldText.length - 1 - suffix] === newText[newText.length - 1 - suffix]
  )
    suffix++;
  const oldMiddle = oldText.slice(prefix, oldText.length - suffix);
  const newMiddle = newText.slice(prefix, newText.length - suffix);
  if (oldMiddle === '' && newMiddle === '') return [];

  // Lines first (cheap, small edit distance), then characters inside each changed block.
  const ids = new Map<string, number>();
  const tokens = (lines: string[]) =>
    lines.map((l) => ids.get(l) ?? (ids.set(l, ids.size), ids.size - 1));
  const oldLines = splitLines(oldMiddle);
  const newLines = splitLines(newMiddle);
  const lineRuns = equalRuns(tokens(oldLines), tokens(newLines), MAX_EDIT_DISTANCE);
  const offsets = (lines: string[]) =>
    lines.reduce((acc, l) => (acc.push(acc.at(-1)! + l.length), acc), [0]);
  const oldAt = offsets(oldLines);
  const newAt = offsets(newLines);
  const blocks = lineRuns
    ? editsBetween(lineRuns, oldLines.length, newLines.length).map(([a, ae, b, be]) => [
        oldAt[a!]!,
        oldAt[ae!]!,
        newAt[b!]!,
        newAt[be!]!,
      ])
    : [[0, oldMiddle.length, 0, newMiddle.length]];
  const edits = blocks.flatMap(([o, oe, n, ne]) =>
    charEdits(oldText, newText, prefix + o!, prefix + oe!, prefix + n!, prefix + ne!),
  );
  return wholeCharacters(oldText, newText, edits);
}

/** Widens edits that would cut a surrogate pair and merges edits that then touch. */
function wholeCharacters(oldText: string, newText: string, edits: TextEdit[]): TextEdit[] {
  const merged: TextEdit[] = [];
  for (const edit of edits) {
    const e = { ...edit };
    if (splitsSurrogatePair(oldText, e.oldStart) || splitsSurrogatePair(newText, e.newStart)) {
      e.oldStart--;
      e.newStart--;
    }
    if (splitsSurrogatePair(oldText, e.oldEnd) || splitsSurrogatePair(newText, e.newEnd)) {
      e.oldEnd++;
      e.newEnd++;
    }
    const last = merged.at(-1);
    if (last && e.oldStart <= last.oldEnd)
      Object.assign(last, { oldEnd: e.oldEnd, newEnd: e.newEnd });
    else merged.push(e);
  }
  return merged;
}

/** Maps offsets of the old text to the new one through sorted edits. */
export class BoundaryMap {
  private readonly deltaBefore: number[] = [0];

  constructor(private readonly edits: readonly TextEdit[]) {
    for (const e of edits)
      this.deltaBefore.push(
        this.deltaBefore.at(-1)! + (e.newEnd - e.newStart) - (e.oldEnd - e.oldStart),
      );
  }

  /** First edit whose old range ends after `offset`; an insertion at `offset` counts as after it when `insertionAfter`. */
  private firstAfter(offset: number, insertionAfter: boolean): number {
    let lo = 0;
    let hi = this.edits.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const e = this.edits[mid]!;
      const after =
        e.oldEnd > offset || (insertionAfter && e.oldStart === offset && e.oldEnd === offset);
      if (after) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** A coding start: text inserted at it stays outside; inside a replaced span it moves past the replacement. */
  start(offset: number): number {
    const i = this.firstAfter(offset, false);
    const e = this.edits[i];
    return e && e.oldStart < offset ? e.newEnd : offset + this.deltaBefore[i]!;
  }

  /** A coding end (exclusive): text inserted at it stays outside; inside a replaced span it moves before it. */
  end(offset: number): number {
    const i = this.firstAfter(offset, true);
    const e = this.edits[i];
    return e && e.oldStart < offset ? e.newStart : offset + this.deltaBefore[i]!;
  }
}

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
  for (const old of listTurns(project, documentId))
    if (!kept.has(old.id)) changes.delete('speaker_turns', { id: old.id });
  planned.forEach((turn, i) => {
    const row = {
      start_utf16: turn.start,
      end_utf16: turnEnd(text, turn.start, planned[i + 1]?.start ?? text.length),
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
