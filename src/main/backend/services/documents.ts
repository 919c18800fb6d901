/** Renaming and deleting documents. */
import { dataError, usageError } from '../errors';
import type { Project } from '../project/project';
import { deleteAnchorOf } from './anchors';
import { getDocumentInfo } from './documents-read';
import type { DocumentDeletion } from '@shared/api/types';

export function renameDocument(project: Project, id: string, name: string): void {
  const doc = getDocumentInfo(project, id);
  const trimmed = name.trim();
  if (!trimmed) throw usageError('document.empty-name', 'a document name cannot be empty');
  const clash = project.readOne<{ id: string }>(
    `SELECT id FROM documents WHERE name = ? AND id <> ?`,
    trimmed,
    id,
  );
  if (clash)
    throw dataError('document.name-taken', `another document is already named "${trimmed}"`);
  project.act(`Rename "${doc.name}" to "${trimmed}"`, (changes) => {
    changes.update('documents', { id }, { name: trimmed });
  });
}

export function previewDeleteDocument(project: Project, id: string): DocumentDeletion {
  const doc = getDocumentInfo(project, id);
  const count = (sql: string) => project.readOne<{ n: number }>(sql, id)?.n ?? 0;
  return {
    name: doc.name,
    codings: count(`SELECT count(*) AS n FROM codings WHERE document_id = ?`),
    turns: count(`SELECT count(*) AS n FROM speaker_turns WHERE document_id = ?`),
  };
}

/** Deletes a document with its turns, codings and memo, after a backup; undoable. */
export async function deleteDocument(project: Project, id: string): Promise<DocumentDeletion> {
  const preview = previewDeleteDocument(project, id);
  await project.backup('before-delete-document');
  project.act(`Delete "${preview.name}"`, (changes) => {
    for (const { id: codingId } of project.read<{ id: string }>(
      `SELECT id FROM codings WHERE document_id = ?`,
      id,
    )) {
      deleteAnchorOf(changes, codingId);
      changes.delete('quote_curations', { coding_id: codingId });
      changes.delete('codings', { id: codingId });
    }
    for (const { id: turnId } of project.read<{ id: string }>(
      `SELECT id FROM speaker_turns WHERE document_id = ?`,
      id,
    )) {
      changes.delete('speaker_turns', { id: turnId });
    }
    const memo = project.readOne<{ id: string }>(
      `SELECT id FROM memos WHERE target_kind = 'document' AND target_id = ?`,
      id,
    );
    if (memo) changes.delete('memos', { id: memo.id });
    changes.delete('documents', { id });
  });
  return preview;
}
