/**
 * Where two coders differ: per document and code, every segment of one coder that no
 * segment of the other agrees with, by the segment level's own rule (same code, overlap
 * at least the threshold; see segment-agreement.ts and docs/agreement.md). Each is shown
 * beside the other coder's segment that overlaps it most, or none ("not coded"), so the
 * pair can talk it through. Same documents as the statistics: those both coders coded.
 */
import type { Disagreement, DisagreementReport, DisagreementSegment } from '@shared/api/types';
import {
  DEFAULT_OVERLAP_PERCENT,
  overlapRatio,
  segmentsAgree,
} from '@shared/agreement/segment-agreement';
import type { Interval } from '@shared/agreement/intervals';
import { SpanIndex } from '@shared/agreement/span-index';
import { formatCodePath } from '@shared/domain/codebook';
import { CodePointIndex, LineIndex } from '@shared/text/offsets';
import { usageError } from '../../errors';
import type { Project } from '../../project/project';
import { getDocumentText } from '../documents-read';
import { selectAgreementData } from './agreement-data';

export interface DisagreementOptions {
  coderA: string;
  coderB: string;
  /** Only this code; default every code the two used in the compared documents. */
  codeId?: string;
  /** Minimum overlap in percent for two segments to agree, default 90 (as the segment level). */
  overlapThreshold?: number;
}

/** One document's text with the indexes that turn code points into what the app shows. */
class Located {
  private readonly points: CodePointIndex;
  private readonly lines: LineIndex;

  constructor(private readonly text: string) {
    this.points = new CodePointIndex(text);
    this.lines = new LineIndex(text);
  }

  segment(coder: string, span: Interval, agreed: boolean): DisagreementSegment {
    const startUtf16 = this.points.toUtf16(span.start);
    const endUtf16 = this.points.toUtf16(span.end);
    const lines = this.lines.linesOf(startUtf16, endUtf16);
    return {
      coder,
      startUtf16,
      endUtf16,
      start: span.start,
      end: span.end,
      lineStart: lines.first,
      lineEnd: lines.last,
      text: this.text.slice(startUtf16, endUtf16),
      agreed,
    };
  }
}

/** The segment of `others` sharing the largest part with `segment`, if any touches it. */
function closest(
  segment: Interval,
  others: readonly Interval[],
): { index: number; ratio: number } | null {
  let best: { index: number; ratio: number } | null = null;
  for (const [index, other] of others.entries()) {
    const ratio = overlapRatio(segment, other);
    if (ratio > 0 && (best === null || ratio > best.ratio)) best = { index, ratio };
  }
  return best;
}

interface Pair {
  first: number | null;
  second: number | null;
  ratio: number;
}

/** Unmatched segments of both coders, each beside its closest partner, every pair once. */
function pairUnmatched(
  a: readonly Interval[],
  b: readonly Interval[],
  agreedA: readonly boolean[],
  agreedB: readonly boolean[],
): Pair[] {
  const pairs: Pair[] = [];
  const shown = new Set<string>();
  a.forEach((segment, i) => {
    if (agreedA[i]) return;
    const partner = closest(segment, b);
    pairs.push({ first: i, second: partner?.index ?? null, ratio: partner?.ratio ?? 0 });
    if (partner) shown.add(`${i}:${partner.index}`);
  });
  b.forEach((segment, j) => {
    if (agreedB[j]) return;
    const partner = closest(segment, a);
    if (partner && shown.has(`${partner.index}:${j}`)) return;
    pairs.push({ first: partner?.index ?? null, second: j, ratio: partner?.ratio ?? 0 });
  });
  const startOf = (p: Pair) =>
    Math.min(
      p.first === null ? Infinity : a[p.first]!.start,
      p.second === null ? Infinity : b[p.second]!.start,
    );
  return pairs.sort((x, y) => startOf(x) - startOf(y));
}

function checkThreshold(value: number): number {
  if (!Number.isFinite(value) || value <= 0 || value > 100)
    throw usageError(
      'agreement.bad-overlap',
      `the overlap threshold must be a percentage above 0 and at most 100, not ${value}`,
    );
  return value;
}

export function listDisagreements(
  project: Project,
  options: DisagreementOptions,
): DisagreementReport {
  const threshold = checkThreshold(options.overlapThreshold ?? DEFAULT_OVERLAP_PERCENT);
  const selection = selectAgreementData(project, {
    coders: [options.coderA, options.coderB],
    ...(options.codeId === undefined ? {} : { codeIds: [options.codeId] }),
  });
  const [first, second] = selection.coders as [string, string];
  const spans = new SpanIndex(selection.input);
  const disagreements: Disagreement[] = [];
  selection.input.documents.forEach((document, index) => {
    const name = selection.comparedNames[index]!;
    let located: Located | null = null;
    for (const code of selection.codes) {
      const a = spans.segments(document.id, code.id, first);
      const b = spans.segments(document.id, code.id, second);
      const agreedA = a.map((x) => b.some((y) => segmentsAgree(x, y, threshold)));
      const agreedB = b.map((y) => a.some((x) => segmentsAgree(y, x, threshold)));
      const pairs = pairUnmatched(a, b, agreedA, agreedB);
      if (pairs.length === 0) continue;
      located ??= new Located(getDocumentText(project, document.id));
      const at: Located = located;
      for (const pair of pairs) {
        disagreements.push({
          documentId: document.id,
          document: name,
          codeId: code.id,
          codePath: formatCodePath(code.path),
          first:
            pair.first === null ? null : at.segment(first, a[pair.first]!, agreedA[pair.first]!),
          second:
            pair.second === null
              ? null
              : at.segment(second, b[pair.second]!, agreedB[pair.second]!),
          overlapPercent: pair.ratio * 100,
        });
      }
    }
  });
  return {
    coders: [first, second],
    overlapThreshold: threshold,
    codeId: options.codeId ?? null,
    documents: selection.comparedNames,
    excluded: selection.excluded,
    disagreements,
  };
}
