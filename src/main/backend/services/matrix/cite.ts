/**
 * Citing a coded quote with a citation template: the one way the matrix and the coding
 * guide attribute quotes, so a quote is cited alike wherever it is printed.
 */
import type { Speaker } from '@shared/domain/entities';
import {
  CitationTemplateError,
  compileCitationTemplate,
  formatLineRange,
  formatTimestamp,
  type CitationTemplate,
} from '@shared/citation/template';
import { usageError } from '../../errors';
import type { CodedSegment } from '../retrieval/segments';

/** A preset or template, compiled; a malformed template is a usage error with the reason. */
export function compileTemplate(citation: string): CitationTemplate {
  try {
    return compileCitationTemplate(citation);
  } catch (err) {
    if (err instanceof CitationTemplateError)
      throw usageError('matrix.bad-citation', `citation template: ${err.message}`);
    throw err;
  }
}

/**
 * The speakers a quote is cited with: interviewer turns left out unless asked for, or
 * unless the quote lies in interviewer turns only.
 */
export function citedSpeakers(segment: CodedSegment, includeInterviewer: boolean): Speaker[] {
  const speakers = segment.speakers.filter(
    (s) => includeInterviewer || !s.isInterviewer || segment.speakers.every((x) => x.isInterviewer),
  );
  return speakers.length > 0 ? speakers : segment.speakers;
}

function joinField(
  speakers: readonly Speaker[],
  field: (s: Speaker) => string | null,
): string | null {
  const values = speakers.map(field).filter((v): v is string => !!v);
  return values.length === speakers.length && values.length > 0 ? values.join(' / ') : null;
}

export function citeSegment(
  template: CitationTemplate,
  segment: CodedSegment,
  speakers: readonly Speaker[],
  caseNames: ReadonlyMap<string, string>,
): string {
  const time = segment.timestampMs === null ? null : formatTimestamp(segment.timestampMs);
  const lines = formatLineRange(segment.lineStart, segment.lineEnd);
  const caseIds = [...new Set(speakers.map((s) => s.caseId ?? segment.documentCaseId))];
  return template.render({
    label: speakers.map((s) => s.label).join(', ') || null,
    name: joinField(speakers, (s) => s.name),
    title: joinField(speakers, (s) => s.title),
    organisation: joinField(speakers, (s) => s.organisation),
    document: segment.documentName,
    case:
      caseIds
        .map((id) => (id ? caseNames.get(id) : undefined))
        .filter(Boolean)
        .join(', ') || null,
    lines,
    time,
    location: time ?? `l. ${lines}`,
    coder: segment.coder,
  });
}
