/**
 * Matrix columns and which of them each quote belongs to. A quote spanning two speakers'
 * turns belongs to both speakers' columns; quotes that fit no column land in an explicit
 * "(no …)" column instead of vanishing.
 */
import type { MatrixLabels } from '@shared/matrix/labels';
import type { MatrixColumn } from '@shared/matrix/model';
import { dataError } from '../../errors';
import type { Project } from '../../project/project';
import { caseAttributeValues, findAttribute, listCases } from '../cases';
import type { CodedSegment } from '../retrieval/segments';
import type { MatrixColumnsBy } from '@shared/matrix/options';

export interface ColumnPlan {
  columns: MatrixColumn[];
  /** Column ids a segment belongs to (possibly none when it is filtered out). */
  columnsOf(segment: CodedSegment): string[];
}

const NONE_ID = '(none)';

function caseOfSegment(segment: CodedSegment, includeInterviewer: boolean): string[] {
  const speakerCases = segment.speakers
    .filter((s) => includeInterviewer || !s.isInterviewer)
    .map((s) => s.caseId)
    .filter((id): id is string => id !== null);
  if (speakerCases.length > 0) return [...new Set(speakerCases)];
  return segment.documentCaseId ? [segment.documentCaseId] : [];
}

/** Appends the "(no …)" column only when some segment needs it. */
function withNoneColumn(
  columns: MatrixColumn[],
  needed: boolean,
  label: string,
  kind: MatrixColumn['kind'],
): MatrixColumn[] {
  return needed ? [...columns, { id: NONE_ID, label, kind }] : columns;
}

export function planColumns(
  project: Project,
  by: MatrixColumnsBy,
  segments: readonly CodedSegment[],
  includeInterviewer: boolean,
  labels: MatrixLabels,
): ColumnPlan {
  switch (by.kind) {
    case 'speakers': {
      const speakersOf = (s: CodedSegment) =>
        s.speakers.filter((p) => includeInterviewer || !p.isInterviewer);
      const columnsOf = (s: CodedSegment): string[] => {
        const ids = speakersOf(s).map((p) => p.id);
        // Quotes from the interviewer alone are left out; quotes outside any turn are not.
        return ids.length > 0 ? ids : s.speakers.length === 0 ? [NONE_ID] : [];
      };
      const firstSeen = project.read<{ id: string; label: string }>(
        `SELECT s.id, s.label FROM speakers s
           JOIN speaker_turns t ON t.speaker_id = s.id JOIN documents d ON d.id = t.document_id
          WHERE ${includeInterviewer ? '1' : 's.is_interviewer = 0'}
          GROUP BY s.id ORDER BY min(d.position * 1e12 + t.start_utf16), s.label`,
      );
      const columns = firstSeen.map((s): MatrixColumn => ({
        id: s.id,
        label: s.label,
        kind: 'speaker',
      }));
      return {
        columns: withNoneColumn(
          columns,
          segments.some((s) => s.speakers.length === 0),
          labels.noSpeaker,
          'speaker',
        ),
        columnsOf,
      };
    }
    case 'documents': {
      const columns = project
        .read<{ id: string; name: string }>(`SELECT id, name FROM documents ORDER BY position`)
        .map((d): MatrixColumn => ({ id: d.id, label: d.name, kind: 'document' }));
      return { columns, columnsOf: (s) => [s.documentId] };
    }
    case 'cases': {
      const columnsOf = (s: CodedSegment): string[] => {
        const cases = caseOfSegment(s, includeInterviewer);
        return cases.length > 0 ? cases : [NONE_ID];
      };
      const columns = listCases(project).map((c): MatrixColumn => ({
        id: c.id,
        label: c.name,
        kind: 'case',
      }));
      const needNone = segments.some((s) => columnsOf(s).includes(NONE_ID));
      return { columns: withNoneColumn(columns, needNone, labels.noCase, 'case'), columnsOf };
    }
    case 'attribute': {
      const attribute = findAttribute(project, by.name);
      if (!attribute) throw dataError('attribute.not-found', `no attribute "${by.name}"`);
      const valueByCase = caseAttributeValues(project, attribute.id);
      const values = [...new Set(valueByCase.values())].sort((a, b) =>
        attribute.valueType === 'number' ? Number(a) - Number(b) : a.localeCompare(b),
      );
      const columnsOf = (s: CodedSegment): string[] => {
        const ids = caseOfSegment(s, includeInterviewer)
          .map((caseId) => valueByCase.get(caseId))
          .filter((v): v is string => v !== undefined)
          .map((v) => `value:${v}`);
        return ids.length > 0 ? [...new Set(ids)] : [NONE_ID];
      };
      const columns = values.map((v): MatrixColumn => ({
        id: `value:${v}`,
        label: v,
        kind: 'attribute',
      }));
      const needNone = segments.some((s) => columnsOf(s).includes(NONE_ID));
      return {
        columns: withNoneColumn(columns, needNone, labels.noValue(attribute.name), 'attribute'),
        columnsOf,
      };
    }
  }
}
