/** Memos on codes and documents: one memo per target, edited in place. */
import type { MemoTarget } from '@shared/domain/entities';
import { dataError } from '../errors';
import type { Project } from '../project/project';
import { ensureCoder } from './coders';

function targetParts(target: MemoTarget): { kind: string; id: string; table: string } {
  return target.kind === 'code'
    ? { kind: 'code', id: target.codeId, table: 'codes' }
    : { kind: 'document', id: target.documentId, table: 'documents' };
}

export function getMemo(project: Project, target: MemoTarget): string | null {
  const { kind, id } = targetParts(target);
  return (
    project.readOne<{ text: string }>(
      `SELECT text FROM memos WHERE target_kind = ? AND target_id = ?`,
      kind,
      id,
    )?.text ?? null
  );
}

/** Writes the memo; empty text deletes it. */
export function setMemo(project: Project, target: MemoTarget, text: string): void {
  const { kind, id, table } = targetParts(target);
  if (!project.readOne(`SELECT 1 FROM ${table} WHERE id = ?`, id)) {
    throw dataError(`${kind}.not-found`, `no ${kind} with id ${id}`);
  }
  const existing = project.readOne<{ id: string }>(
    `SELECT id FROM memos WHERE target_kind = ? AND target_id = ?`,
    kind,
    id,
  );
  project.act(`Edit ${kind} memo`, (changes) => {
    if (!text.trim()) {
      if (existing) changes.delete('memos', { id: existing.id });
      return;
    }
    const author = ensureCoder(project, changes);
    const row = { text: text.trim(), author_id: author.id, updated_at: project.now() };
    if (existing) changes.update('memos', { id: existing.id }, row);
    else changes.insert('memos', { id: project.newId(), target_kind: kind, target_id: id, ...row });
  });
}
