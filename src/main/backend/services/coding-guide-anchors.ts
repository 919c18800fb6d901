/**
 * The anchor examples of a coding guide: every marked coding as the matrix would print it
 * (curated text, quote marks, citation from the same template), grouped by code, with the
 * legend of the speakers they cite. Long quotes and long lists are cut, and said so.
 */
import type { Speaker } from '@shared/domain/entities';
import type { LegendEntry } from '@shared/matrix/model';
import type { QuoteMarks } from '@shared/matrix/options';
import { formatCodePath } from '@shared/domain/codebook';
import type { GuideAnchor } from '../export/coding-guide-model';
import { markQuote } from '../export/matrix-layout';
import type { Project } from '../project/project';
import { anchorsByCode } from './anchors';
import { listCases } from './cases';
import { citedSpeakers, citeSegment, compileTemplate } from './matrix/cite';
import { loadSegments } from './retrieval/segments';

/** An anchor example is a typical passage: about a page of a table cell at most. */
export const MAX_ANCHOR_CHARS = 1500;
/** Anchor examples printed per code; Mayring suggests one to three. */
export const MAX_ANCHORS_PER_CODE = 10;

/** `text` cut to at most `max` characters at a word boundary, marked "[…]"; null if it fits. */
export function cutText(text: string, max: number): string | null {
  if (text.length <= max) return null;
  let cut = text.slice(0, max);
  // Never end inside a surrogate pair or mid-word when a space is near.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const space = cut.search(/\s\S*$/);
  if (space > max * 0.8) cut = cut.slice(0, space);
  return `${cut.trimEnd()} […]`;
}

export interface GuideAnchors {
  byCode: Map<string, GuideAnchor[]>;
  legend: LegendEntry[];
  warnings: string[];
}

export interface AnchorOptions {
  citation: string;
  quoteMarks: QuoteMarks;
  /** Code ids in the order the guide prints them: the legend follows first citations. */
  codeOrder: readonly string[];
}

export function loadGuideAnchors(project: Project, options: AnchorOptions): GuideAnchors {
  const template = compileTemplate(options.citation);
  const marked = anchorsByCode(project);
  const byCode = new Map<string, GuideAnchor[]>();
  const warnings: string[] = [];
  if (marked.size === 0) return { byCode, legend: [], warnings };
  const codingIds = [...marked.values()].flat();
  // Only the documents and codes that hold anchors are read.
  const documentIds = project
    .read<{ document_id: string }>(
      `SELECT DISTINCT document_id FROM codings WHERE id IN (SELECT value FROM json_each(?))`,
      JSON.stringify(codingIds),
    )
    .map((row) => row.document_id);
  const segments = new Map(
    loadSegments(project, { codeIds: new Set(marked.keys()), documentIds: new Set(documentIds) })
      .filter((segment) => marked.get(segment.codeId)?.includes(segment.codingId))
      .map((segment) => [segment.codingId, segment]),
  );
  const caseNames = new Map(listCases(project).map((c) => [c.id, c.name]));
  const speakers = new Map<string, Speaker>();
  for (const codeId of options.codeOrder) {
    const ids = marked.get(codeId);
    if (!ids) continue;
    const found = ids.map((id) => segments.get(id)).filter((s) => s !== undefined);
    if (found.length === 0) continue;
    const path = formatCodePath(found[0]!.codePath);
    if (found.length > MAX_ANCHORS_PER_CODE)
      warnings.push(
        `"${path}" has ${found.length} anchor examples; the guide prints the first ${MAX_ANCHORS_PER_CODE}`,
      );
    byCode.set(
      codeId,
      found.slice(0, MAX_ANCHORS_PER_CODE).map((segment) => {
        const shown = citedSpeakers(segment, false);
        for (const speaker of shown)
          if (!speakers.has(speaker.id)) speakers.set(speaker.id, speaker);
        const cut = cutText(segment.display, MAX_ANCHOR_CHARS);
        if (cut)
          warnings.push(
            `an anchor example of "${path}" (${segment.documentName}, l. ${segment.lineStart}) is ${segment.display.length} characters long; the guide prints its first ${MAX_ANCHOR_CHARS} (shorten it with citat curate)`,
          );
        return {
          codingId: segment.codingId,
          text: markQuote(cut ?? segment.display, options.quoteMarks),
          citation: citeSegment(template, segment, shown, caseNames),
        };
      }),
    );
  }
  // In order of first citation in the guide, interviewers last, as the matrix's legend.
  const legend = [...speakers.values()]
    .sort((a, b) => Number(a.isInterviewer) - Number(b.isInterviewer))
    .map((s) => ({ label: s.label, name: s.name, title: s.title, organisation: s.organisation }));
  return { byCode, legend, warnings };
}
