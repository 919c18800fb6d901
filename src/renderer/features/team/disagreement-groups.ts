/** Disagreements grouped by document for the side-by-side list, and what they add up to. */
import type { Disagreement, DisagreementReport } from '@shared/api/types';

export interface DocumentGroup {
  documentId: string;
  document: string;
  items: Disagreement[];
}

export function groupByDocument(disagreements: readonly Disagreement[]): DocumentGroup[] {
  const groups: DocumentGroup[] = [];
  for (const item of disagreements) {
    const last = groups.at(-1);
    if (last && last.documentId === item.documentId) last.items.push(item);
    else groups.push({ documentId: item.documentId, document: item.document, items: [item] });
  }
  return groups;
}

/** Segments of each coder that the other did not match (a segment shown twice counts once). */
export function unmatchedCounts(report: DisagreementReport): [number, number] {
  const seen = [new Set<string>(), new Set<string>()] as const;
  for (const item of report.disagreements) {
    [item.first, item.second].forEach((side, index) => {
      if (side && !side.agreed)
        seen[index]!.add(`${item.codeId}:${item.documentId}:${side.startUtf16}:${side.endUtf16}`);
    });
  }
  return [seen[0].size, seen[1].size];
}

export interface SideParts {
  before: string;
  /** The text the other coder's segment covers too. */
  shared: string;
  after: string;
}

/**
 * A segment's text split around what the other coder's segment shares with it, so the
 * difference shows at a glance; whitespace at the outer ends is trimmed.
 */
export function sideParts(
  segment: { startUtf16: number; endUtf16: number; text: string },
  other: { startUtf16: number; endUtf16: number } | null,
): SideParts {
  const { text } = segment;
  const lead = text.length - text.trimStart().length;
  const end = Math.max(lead, text.trimEnd().length);
  const at = (offset: number) => Math.min(Math.max(offset - segment.startUtf16, lead), end);
  const overlaps =
    other !== null && other.startUtf16 < segment.endUtf16 && other.endUtf16 > segment.startUtf16;
  const from = overlaps ? at(Math.max(segment.startUtf16, other.startUtf16)) : end;
  const to = overlaps ? at(Math.min(segment.endUtf16, other.endUtf16)) : end;
  return {
    before: text.slice(lead, from),
    shared: text.slice(from, to),
    after: text.slice(to, end),
  };
}
