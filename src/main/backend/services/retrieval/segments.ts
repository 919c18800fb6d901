/**
 * Coded segments: each coding described the way retrieval, the matrix and exports need
 * it — the trimmed quote, its speakers, lines, timestamp, curation and every code that
 * covers exactly the same passage (so double filing is visible, not hidden).
 */
import type { Speaker } from '@shared/domain/entities';
import { formatCodePath } from '@shared/domain/codebook';
import { trimRange } from '@shared/text/offsets';
import type { Project } from '../../project/project';
import { CodeTree } from '../codebook-tree';
import { DocumentContexts, turnsOverlapping } from './document-context';
import type { CodedSegment } from '@shared/api/types';

export type { CodedSegment };

interface SegmentRow {
  id: string;
  code_id: string;
  document_id: string;
  start_utf16: number;
  end_utf16: number;
  memo: string | null;
  coder: string;
  display_text: string | null;
  note: string | null;
  same_range: string | null;
}

export interface SegmentQuery {
  codeIds?: ReadonlySet<string>;
  documentIds?: ReadonlySet<string>;
  coders?: ReadonlySet<string>;
}

/** Loads coded segments in document order (document position, start, codebook order). */
export function loadSegments(project: Project, query: SegmentQuery = {}): CodedSegment[] {
  const tree = CodeTree.load(project);
  const codeOrder = new Map(tree.ordered.map((code, index) => [code.id, index]));
  // The codes of every coding on exactly the same passage come along (double filing shows).
  // Filters are added only when given, so the planner can use the code and document indexes.
  const filters: string[] = [];
  if (query.codeIds) filters.push('c.code_id IN (SELECT value FROM json_each(@codes))');
  if (query.documentIds) filters.push('c.document_id IN (SELECT value FROM json_each(@documents))');
  const rows = project.read<SegmentRow>(
    `SELECT c.id, c.code_id, c.document_id, c.start_utf16, c.end_utf16, c.memo, k.name AS coder,
            q.display_text, q.note,
            (SELECT group_concat(o.code_id, ',') FROM codings o
              WHERE o.document_id = c.document_id AND o.start_utf16 = c.start_utf16 AND o.end_utf16 = c.end_utf16) AS same_range
       FROM codings c
       JOIN coders k ON k.id = c.coder_id
       LEFT JOIN quote_curations q ON q.coding_id = c.id
      ${filters.length > 0 ? `WHERE ${filters.join(' AND ')}` : ''}`,
    {
      ...(query.codeIds ? { codes: JSON.stringify([...query.codeIds]) } : {}),
      ...(query.documentIds ? { documents: JSON.stringify([...query.documentIds]) } : {}),
    },
  );
  const contexts = new DocumentContexts(project);
  const segments: CodedSegment[] = [];
  for (const row of rows) {
    if (query.coders && !query.coders.has(row.coder)) continue;
    const code = tree.get(row.code_id);
    if (!code) continue;
    const doc = contexts.get(row.document_id);
    const range = trimRange(doc.text, row.start_utf16, row.end_utf16) ?? {
      start: row.start_utf16,
      end: row.end_utf16,
    };
    const turns = turnsOverlapping(doc.turns, range.start, range.end);
    const speakers: Speaker[] = [];
    for (const turn of turns)
      if (!speakers.some((s) => s.id === turn.speaker.id)) speakers.push(turn.speaker);
    const lines = doc.lines.linesOf(range.start, range.end);
    const text = doc.text.slice(range.start, range.end);
    const sameRange = row.same_range ? row.same_range.split(',') : [row.code_id];
    segments.push({
      codingId: row.id,
      codeId: row.code_id,
      codePath: code.path,
      documentId: doc.id,
      documentName: doc.name,
      documentPosition: doc.position,
      documentCaseId: doc.caseId,
      startUtf16: range.start,
      endUtf16: range.end,
      start: doc.codePoints.toCodePoint(range.start),
      end: doc.codePoints.toCodePoint(range.end),
      text,
      display: row.display_text ?? text,
      note: row.note,
      memo: row.memo,
      coder: row.coder,
      speakers,
      lineStart: lines.first,
      lineEnd: lines.last,
      timestampMs: turns[0]?.timestampMs ?? null,
      sameRangeCodes: [...sameRange]
        .sort((a, b) => (codeOrder.get(a) ?? 0) - (codeOrder.get(b) ?? 0))
        .map((id) => formatCodePath(tree.get(id)?.path ?? [])),
    });
  }
  return segments.sort(
    (a, b) =>
      a.documentPosition - b.documentPosition ||
      a.startUtf16 - b.startUtf16 ||
      a.endUtf16 - b.endUtf16 ||
      (codeOrder.get(a.codeId) ?? 0) - (codeOrder.get(b.codeId) ?? 0),
  );
}
