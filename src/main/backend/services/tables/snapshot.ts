/**
 * The quotes a table printed, kept with its last export, and the comparison that turns two
 * of them into "2 quotes added, 1 removed, 1 edited". A quote is identified by its row, its
 * column and its coding; a quote whose coding changed but whose passage is the same (a
 * folded row printing a child's coding of the same text) is the same quote. It is edited
 * when what the table prints of it changed: the curated text, the citation, or — when the
 * table prints them — the memo or note.
 */
import type { QuoteMatrix } from '@shared/matrix/model';
import type { ReportQuote } from '@shared/matrix/tables';
import { dataError } from '../../errors';
import { matrixGrid, presentationOf, rowLabels } from '../../export/matrix-layout';

export interface SnapshotQuote {
  rowId: string;
  columnId: string;
  codingId: string;
  /** documentId:startUtf16:endUtf16 */
  passage: string;
  row: string;
  column: string;
  text: string;
  citation: string;
  memo: string | null;
  note: string | null;
}

export interface TableSnapshot {
  version: 1;
  quotes: SnapshotQuote[];
}

/** The quotes of a quote-mode matrix, in the matrix's order. */
export function snapshotOf(matrix: QuoteMatrix): TableSnapshot {
  const { memos } = presentationOf(matrix);
  const labels = rowLabels(matrix);
  const quotes: SnapshotQuote[] = [];
  matrixGrid(matrix).forEach(({ row, cells }, rowIndex) => {
    cells.forEach((cell, columnIndex) => {
      for (const quote of cell.quotes) {
        quotes.push({
          rowId: row.id,
          columnId: cell.column,
          codingId: quote.codingId,
          passage: `${quote.documentId}:${quote.startUtf16}:${quote.endUtf16}`,
          row: labels[rowIndex]!.text,
          column: matrix.columns[columnIndex]!.label,
          text: quote.display,
          citation: quote.citation,
          memo: memos ? quote.memo : null,
          note: memos ? quote.note : null,
        });
      }
    });
  });
  return { version: 1, quotes };
}

export function parseSnapshot(json: string, table: string): TableSnapshot {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    parsed = null;
  }
  const snapshot = parsed as Partial<TableSnapshot> | null;
  if (!snapshot || snapshot.version !== 1 || !Array.isArray(snapshot.quotes))
    throw dataError(
      'tables.bad-state',
      `table "${table}": its last export is stored in a form this Citat cannot read`,
    );
  return snapshot as TableSnapshot;
}

export interface SnapshotDiff {
  added: ReportQuote[];
  removed: ReportQuote[];
  edited: ReportQuote[];
}

const identity = (q: SnapshotQuote): string => `${q.rowId}\u0000${q.columnId}\u0000${q.codingId}`;
const samePassage = (q: SnapshotQuote): string => `${q.rowId}\u0000${q.columnId}\u0000${q.passage}`;

const report = (q: SnapshotQuote): ReportQuote => ({
  row: q.row,
  column: q.column,
  text: q.text,
  citation: q.citation,
});

function printedDiffers(a: SnapshotQuote, b: SnapshotQuote): boolean {
  return a.text !== b.text || a.citation !== b.citation || a.memo !== b.memo || a.note !== b.note;
}

export function diffSnapshots(previous: TableSnapshot, current: TableSnapshot): SnapshotDiff {
  const before = new Map(previous.quotes.map((q) => [identity(q), q]));
  const now = new Set(current.quotes.map(identity));
  // Quotes whose coding is gone, by passage: a new coding of the same passage is the same quote.
  const orphans = new Map<string, SnapshotQuote[]>();
  for (const q of previous.quotes) {
    if (now.has(identity(q))) continue;
    const list = orphans.get(samePassage(q)) ?? [];
    list.push(q);
    orphans.set(samePassage(q), list);
  }
  const matchedOrphans = new Set<SnapshotQuote>();
  const added: ReportQuote[] = [];
  const edited: ReportQuote[] = [];
  for (const q of current.quotes) {
    let old = before.get(identity(q));
    if (!old) {
      old = orphans.get(samePassage(q))?.find((candidate) => !matchedOrphans.has(candidate));
      if (old) matchedOrphans.add(old);
    }
    if (!old) added.push(report(q));
    else if (printedDiffers(old, q))
      edited.push({
        ...report(q),
        previous: { text: old.text, citation: old.citation, memo: old.memo, note: old.note },
      });
  }
  const removed = previous.quotes
    .filter((q) => !now.has(identity(q)) && !matchedOrphans.has(q))
    .map(report);
  return { added, removed, edited };
}
