/**
 * Search hits grouped for display, and the summary of coding every hit with one code
 * (one `codings.applyMany` call: a single undo step).
 */
import type { ApplyManyResult, SearchHit } from '@shared/api/types';

export interface HitGroup {
  documentId: string;
  document: string;
  hits: SearchHit[];
}

/** Hits grouped by document, documents and hits in the order the core returned them. */
export function groupHitsByDocument(hits: readonly SearchHit[]): HitGroup[] {
  const groups = new Map<string, HitGroup>();
  for (const hit of hits) {
    const group = groups.get(hit.documentId);
    if (group) group.hits.push(hit);
    else
      groups.set(hit.documentId, {
        documentId: hit.documentId,
        document: hit.document,
        hits: [hit],
      });
  }
  return [...groups.values()];
}

export interface HitFailure {
  hit: SearchHit;
  message: string;
}

export interface CodeAllSummary {
  total: number;
  coded: number;
  /** Hits already coded with the code (the core refuses a second identical coding). */
  duplicates: number;
  failures: HitFailure[];
}

/** Ties the core's answer back to the hits it refused, for the summary. */
export function summariseCodeAll(
  hits: readonly SearchHit[],
  result: ApplyManyResult,
): CodeAllSummary {
  const failures: HitFailure[] = [];
  for (const refused of result.refused) {
    const hit = hits.find(
      (h) =>
        h.documentId === refused.documentId &&
        h.startUtf16 === refused.startUtf16 &&
        h.endUtf16 === refused.endUtf16,
    );
    if (hit) failures.push({ hit, message: refused.reason });
  }
  return { total: hits.length, coded: result.applied, duplicates: result.duplicates, failures };
}

/** The core gives up to this many characters of context either side (search.ts). */
const CONTEXT_CHARS = 60;

export interface HitContext {
  before: string;
  after: string;
  /** The context was cut short of the line's start / end: show an ellipsis. */
  cutBefore: boolean;
  cutAfter: boolean;
}

/**
 * The context around a hit for display: where the core cut it mid-line, the partial word
 * at the cut is dropped and an ellipsis marks the cut.
 */
export function hitContext(hit: Pick<SearchHit, 'before' | 'after'>): HitContext {
  const cutBefore = hit.before.length >= CONTEXT_CHARS;
  const cutAfter = hit.after.length >= CONTEXT_CHARS;
  const before = cutBefore ? hit.before.replace(/^\S*\s+/u, '') : hit.before;
  const after = cutAfter ? hit.after.replace(/\s+\S*$/u, '') : hit.after;
  return { before, after, cutBefore, cutAfter };
}
