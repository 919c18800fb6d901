/**
 * Segment-level agreement as MAXQDA documents it (manual page "Intercoder Agreement",
 * maxqda.com/help-mx24/coding/problem-intercoder-agreement-qualitative-research): for
 * every segment the first coder coded, the second coder agrees when they applied the
 * same code to a segment overlapping it by at least the threshold (default 90 %), and
 * vice versa. Every segment of both coders is counted once; percent agreement is
 * agreements / segments, and the chance-corrected coefficient is Brennan & Prediger's
 * kappa with chance = 1 / (number of codes in the result table).
 *
 * Overlap of two segments = the characters they share / the characters either covers
 * (intersection over union), so a short segment inside a long one does not agree.
 */
import { brennanPredigerKappa } from './cohen-kappa';
import type { Interval } from './intervals';
import { SpanIndex, codersPresent } from './span-index';
import type { AgreementInput, SegmentAgreementOverall, SegmentAgreementStats } from './types';

export const DEFAULT_OVERLAP_PERCENT = 90;

/** Shared characters / characters covered by either, 0–1 (0 when they do not touch). */
export function overlapRatio(a: Interval, b: Interval): number {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  if (shared <= 0) return 0;
  return shared / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
}

/** True when the segments share characters and overlap by at least `percent`. */
export function segmentsAgree(a: Interval, b: Interval, percent: number): boolean {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  if (shared <= 0) return false;
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  // Integer comparison, so exactly 90 % is not lost to float rounding of shared / union.
  return shared * 100 >= percent * union;
}

/** How many of `segments` have a partner in `others` (both sorted by start). */
export function countMatched(
  segments: readonly Interval[],
  others: readonly Interval[],
  percent: number,
): number {
  let matched = 0;
  for (const segment of segments) {
    for (const other of others) {
      if (other.start >= segment.end) break;
      if (segmentsAgree(segment, other, percent)) {
        matched++;
        break;
      }
    }
  }
  return matched;
}

const emptyStats = (): SegmentAgreementStats => ({
  segmentsFirst: 0,
  segmentsSecond: 0,
  agreedFirst: 0,
  agreedSecond: 0,
  agreements: 0,
  total: 0,
  agreement: null,
});

function finish(stats: SegmentAgreementStats): SegmentAgreementStats {
  const agreements = stats.agreedFirst + stats.agreedSecond;
  const total = stats.segmentsFirst + stats.segmentsSecond;
  return { ...stats, agreements, total, agreement: total === 0 ? null : agreements / total };
}

export interface SegmentAgreementResult {
  byCode: Map<string, SegmentAgreementStats>;
  overall: SegmentAgreementOverall;
}

/** Segment agreement of two coders on the documents both coded. */
export function segmentAgreement(
  input: AgreementInput,
  coders: readonly [string, string],
  overlapPercent = DEFAULT_OVERLAP_PERCENT,
): SegmentAgreementResult {
  const [first, second] = coders;
  const spans = new SpanIndex(input);
  const byCode = new Map(input.codes.map((code) => [code, emptyStats()]));
  for (const document of input.documents) {
    if (codersPresent(document, coders).length < 2) continue;
    for (const [code, stats] of byCode) {
      const a = spans.segments(document.id, code, first);
      const b = spans.segments(document.id, code, second);
      stats.segmentsFirst += a.length;
      stats.segmentsSecond += b.length;
      stats.agreedFirst += countMatched(a, b, overlapPercent);
      stats.agreedSecond += countMatched(b, a, overlapPercent);
    }
  }
  let overall = emptyStats();
  let codesInTable = 0;
  for (const [code, stats] of byCode) {
    const done = finish(stats);
    byCode.set(code, done);
    if (done.total > 0) codesInTable++;
    overall = {
      ...overall,
      segmentsFirst: overall.segmentsFirst + done.segmentsFirst,
      segmentsSecond: overall.segmentsSecond + done.segmentsSecond,
      agreedFirst: overall.agreedFirst + done.agreedFirst,
      agreedSecond: overall.agreedSecond + done.agreedSecond,
    };
  }
  const totals = finish(overall);
  return {
    byCode,
    overall: {
      ...totals,
      codesInTable,
      chance: codesInTable >= 2 ? 1 / codesInTable : null,
      kappa:
        totals.agreement === null ? null : brennanPredigerKappa(totals.agreement, codesInTable),
    },
  };
}
