/**
 * Search hits grouped for display, and coding every hit with one code: one `codings.apply`
 * per hit, in order, tallying what was coded, what already was, and what failed.
 */
import type { SearchHit } from '@shared/api/types';

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

const DUPLICATE_CODE = 'coding.duplicate';

/**
 * Applies `apply` to each hit in turn (not in parallel: every coding is its own undo step
 * and they should land in document order). An error whose `code` is "coding.duplicate"
 * counts as already coded; any other error is kept with its message.
 */
export async function codeEachHit(
  hits: readonly SearchHit[],
  apply: (hit: SearchHit) => Promise<unknown>,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<CodeAllSummary> {
  const summary: CodeAllSummary = { total: hits.length, coded: 0, duplicates: 0, failures: [] };
  for (const [index, hit] of hits.entries()) {
    try {
      await apply(hit);
      summary.coded++;
    } catch (err) {
      const code = (err as { code?: unknown } | null)?.code;
      if (code === DUPLICATE_CODE) summary.duplicates++;
      else
        summary.failures.push({ hit, message: err instanceof Error ? err.message : String(err) });
    }
    onProgress(index + 1, hits.length);
  }
  return summary;
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
