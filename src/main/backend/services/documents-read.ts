/** Reading documents and their speaker turns. */
import type { DocumentInfo, SpeakerTurn } from '@shared/domain/entities';
import { dataError } from '../errors';
import type { Project } from '../project/project';
import { readDocumentText } from './document-text';
import { DOCUMENT_COLUMNS, toDocument, toTurn, type DocumentRow, type TurnRow } from './rows';
import type { DocumentSummary } from '@shared/api/types';

export function listDocuments(project: Project): DocumentSummary[] {
  const codingCounts = new Map(
    project
      .read<{ document_id: string; n: number }>(
        `SELECT document_id, count(*) AS n FROM codings GROUP BY document_id`,
      )
      .map((r) => [r.document_id, r.n]),
  );
  const speakers = new Map<string, string[]>();
  for (const row of project.read<{ document_id: string; label: string }>(
    `SELECT DISTINCT t.document_id, s.label FROM speaker_turns t JOIN speakers s ON s.id = t.speaker_id ORDER BY s.label`,
  )) {
    const labels = speakers.get(row.document_id) ?? [];
    labels.push(row.label);
    speakers.set(row.document_id, labels);
  }
  return project
    .read<DocumentRow>(`SELECT ${DOCUMENT_COLUMNS} FROM documents ORDER BY position`)
    .map((row) => ({
      ...toDocument(row),
      codingCount: codingCounts.get(row.id) ?? 0,
      speakerLabels: speakers.get(row.id) ?? [],
    }));
}

export function getDocumentInfo(project: Project, id: string): DocumentInfo {
  const row = project.readOne<DocumentRow>(
    `SELECT ${DOCUMENT_COLUMNS} FROM documents WHERE id = ?`,
    id,
  );
  if (!row) throw dataError('document.not-found', `no document with id ${id}`);
  return toDocument(row);
}

export function findDocumentByName(project: Project, name: string): DocumentInfo {
  const row = project.readOne<DocumentRow>(
    `SELECT ${DOCUMENT_COLUMNS} FROM documents WHERE name = ?`,
    name,
  );
  if (row) return toDocument(row);
  const names = project
    .read<{ name: string }>(`SELECT name FROM documents ORDER BY position`)
    .map((r) => r.name);
  throw dataError(
    'document.not-found',
    `no document named "${name}"${names.length ? ` (documents: ${names.join(', ')})` : ' (the project has no documents)'}`,
  );
}

/** The document's text, checked against its checksum (see document-text.ts). */
export function getDocumentText(project: Project, id: string): string {
  const text = readDocumentText(project, id);
  if (text === null) throw dataError('document.not-found', `no document with id ${id}`);
  return text;
}

export function listTurns(project: Project, documentId: string): SpeakerTurn[] {
  return project
    .read<TurnRow>(
      `SELECT * FROM speaker_turns WHERE document_id = ? ORDER BY start_utf16`,
      documentId,
    )
    .map(toTurn);
}
