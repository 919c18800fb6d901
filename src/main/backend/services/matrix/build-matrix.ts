/**
 * Builds the quote matrix: rows are codes, columns speakers/cases/documents/attribute
 * values, each cell the quotes (or their count) in document order with their citations.
 * Everything is ordered explicitly, so the same project always gives the same matrix.
 */
import type {
  LegendEntry,
  MatrixCell,
  MatrixQuote,
  MatrixRow,
  QuoteMatrix,
} from '@shared/matrix/model';
import type { Speaker } from '@shared/domain/entities';
import { defaultMatrixTitle, matrixLabels } from '@shared/matrix/labels';
import { matrixPresentation, type MatrixOptions } from '@shared/matrix/options';
import { formatTimestamp } from '@shared/citation/template';
import { usageError } from '../../errors';
import type { Project } from '../../project/project';
import { findGroupByName } from '../code-groups';
import { CodeTree, type CodeInTree } from '../codebook-tree';
import { resolveCodePath } from '../codes';
import { listCases } from '../cases';
import { toSpeaker, type SpeakerRow } from '../rows';
import { loadSegments } from '../retrieval/segments';
import { citedSpeakers, citeSegment, compileTemplate } from './cite';
import { planColumns } from './columns';

interface RowPlan {
  row: MatrixRow;
  /** Codes whose codings fill this row. */
  codeIds: Set<string>;
}

function planRows(tree: CodeTree, root: CodeInTree | null, fold: boolean): RowPlan[] {
  const baseDepth = root ? root.depth + 1 : 0;
  const toRow = (code: CodeInTree): MatrixRow => ({
    id: code.id,
    label: code.name,
    path: code.path,
    depth: code.depth - baseDepth,
    color: code.color,
  });
  if (fold) {
    return tree.children(root?.id ?? null).map((code) => ({
      row: toRow(code),
      codeIds: new Set(tree.subtree(code.id).map((c) => c.id)),
    }));
  }
  const codes = root ? tree.subtree(root.id).slice(1) : tree.ordered;
  return codes.map((code) => ({ row: toRow(code), codeIds: new Set([code.id]) }));
}

/**
 * Rows of a code group: its codes in codebook order, each indented below the members it
 * lies under. Folded, a row also holds every code below its code (a passage coded with a
 * member below another member then shows in both rows).
 */
function planGroupRows(tree: CodeTree, memberIds: readonly string[], fold: boolean): RowPlan[] {
  const members = new Set(memberIds);
  return tree.ordered
    .filter((code) => members.has(code.id))
    .map((code) => {
      let depth = 0;
      for (let up = code.parentId; up !== null; up = tree.get(up)?.parentId ?? null)
        if (members.has(up)) depth++;
      return {
        row: { id: code.id, label: code.name, path: code.path, depth, color: code.color },
        codeIds: new Set(fold ? tree.subtree(code.id).map((c) => c.id) : [code.id]),
      };
    });
}

/**
 * The same matrix as a count table: what buildMatrix gives in count mode, made from a quote
 * matrix (saved tables compare the quotes behind a count table too).
 */
export function asCounts(matrix: QuoteMatrix): QuoteMatrix {
  return {
    ...matrix,
    mode: 'counts',
    cells: matrix.cells.map((cell) => ({ ...cell, quotes: [] })),
  };
}

/** Speakers with a column of their own: the legend explains every column's initials. */
function columnSpeakers(project: Project, columnIds: readonly string[]): Speaker[] {
  const wanted = new Set(columnIds);
  return project
    .read<SpeakerRow>(`SELECT * FROM speakers`)
    .filter((row) => wanted.has(row.id))
    .map(toSpeaker);
}

export function buildMatrix(project: Project, options: MatrixOptions): QuoteMatrix {
  const presentation = matrixPresentation(options);
  const labels = matrixLabels(presentation.language);
  const includeInterviewer = options.includeInterviewer ?? false;
  const template = compileTemplate(options.citation);
  const tree = CodeTree.load(project);
  const root =
    options.rowsRoot && options.rowsRoot.length > 0
      ? resolveCodePath(project, options.rowsRoot)
      : null;
  const group = options.rowsGroup ? findGroupByName(project, options.rowsGroup) : null;
  if (root && group)
    throw usageError(
      'matrix.rows-and-group',
      'the rows are either the codes below a code or the codes of a group, not both',
    );
  const fold = options.foldChildren ?? false;
  const rowPlans = group ? planGroupRows(tree, group.codeIds, fold) : planRows(tree, root, fold);
  const wantedCodes = new Set(rowPlans.flatMap((plan) => [...plan.codeIds]));
  const segments = loadSegments(project, {
    codeIds: wantedCodes,
    ...(options.coders ? { coders: new Set(options.coders) } : {}),
  });
  const columnPlan = planColumns(project, options.columns, segments, includeInterviewer, labels);
  const caseNames = new Map(listCases(project).map((c) => [c.id, c.name]));

  const rowIdsOfCode = new Map<string, string[]>();
  for (const plan of rowPlans) {
    for (const codeId of plan.codeIds) {
      const rowIds = rowIdsOfCode.get(codeId) ?? [];
      rowIds.push(plan.row.id);
      rowIdsOfCode.set(codeId, rowIds);
    }
  }
  const cellQuotes = new Map<string, MatrixQuote[]>();
  const seenInCell = new Map<string, Set<string>>();
  const legendSpeakers = new Map<string, Speaker>();
  if (options.columns.kind === 'speakers') {
    const ids = columnPlan.columns.map((column) => column.id);
    for (const speaker of columnSpeakers(project, ids)) legendSpeakers.set(speaker.id, speaker);
  }
  const firstSeen = new Map<string, number>();
  for (const segment of segments) {
    const shown = citedSpeakers(segment, includeInterviewer);
    const quote: MatrixQuote = {
      codingId: segment.codingId,
      text: segment.text,
      display: segment.display,
      // Count mode prints no quotes, so it renders no citations.
      citation: options.mode === 'counts' ? '' : citeSegment(template, segment, shown, caseNames),
      speaker: shown.map((s) => s.label).join(', '),
      speakers: shown.map((s) => s.label),
      documentId: segment.documentId,
      document: segment.documentName,
      startUtf16: segment.startUtf16,
      endUtf16: segment.endUtf16,
      start: segment.start,
      end: segment.end,
      lineStart: segment.lineStart,
      lineEnd: segment.lineEnd,
      timestamp: segment.timestampMs === null ? null : formatTimestamp(segment.timestampMs),
      codes: segment.sameRangeCodes,
      memo: segment.memo,
      note: segment.note,
      coder: segment.coder,
    };
    const columnIds = columnPlan.columnsOf(segment);
    if (columnIds.length === 0) continue;
    for (const rowId of rowIdsOfCode.get(segment.codeId) ?? []) {
      for (const columnId of columnIds) {
        const key = `${rowId}\u0000${columnId}`;
        // A folded row can meet the same passage through a parent and a child code: print it once.
        const passage = `${segment.documentId}:${segment.startUtf16}:${segment.endUtf16}`;
        const seen = seenInCell.get(key) ?? new Set<string>();
        if (seen.has(passage)) continue;
        seen.add(passage);
        seenInCell.set(key, seen);
        const quotes = cellQuotes.get(key);
        if (quotes) quotes.push(quote);
        else cellQuotes.set(key, [quote]);
        for (const speaker of shown) {
          legendSpeakers.set(speaker.id, speaker);
          if (!firstSeen.has(speaker.id)) firstSeen.set(speaker.id, firstSeen.size);
        }
      }
    }
  }

  const cells: MatrixCell[] = [];
  for (const plan of rowPlans) {
    for (const column of columnPlan.columns) {
      const quotes = cellQuotes.get(`${plan.row.id}\u0000${column.id}`) ?? [];
      cells.push({
        row: plan.row.id,
        column: column.id,
        count: quotes.length,
        quotes: options.mode === 'counts' ? [] : quotes,
      });
    }
  }
  // The legend follows the speaker columns (order of first appearance), then anyone else in
  // order of their first quote, interviewers last.
  const columnOrder = new Map(columnPlan.columns.map((column, index) => [column.id, index]));
  const legendOrder = (s: Speaker) =>
    columnOrder.get(s.id) ?? columnOrder.size + (firstSeen.get(s.id) ?? 0);
  const legend: LegendEntry[] = [...legendSpeakers.values()]
    .sort(
      (a, b) =>
        Number(a.isInterviewer) - Number(b.isInterviewer) || legendOrder(a) - legendOrder(b),
    )
    .map((s) => ({ label: s.label, name: s.name, title: s.title, organisation: s.organisation }));
  return {
    title:
      options.title?.trim() ||
      defaultMatrixTitle(
        presentation.language,
        group ? [group.name] : root ? root.path : null,
        options.columns,
        includeInterviewer,
      ),
    mode: options.mode,
    rows: rowPlans.map((plan) => plan.row),
    columns: columnPlan.columns,
    cells,
    legend,
    presentation,
  };
}
