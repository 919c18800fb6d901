/**
 * Anchor examples: codings the user marked as typical of their code ("Ankerbeispiele" in
 * qualitative content analysis). The coding guide prints them under the code with their
 * citation. Marking is an undo step; the mark goes when its coding goes.
 */
import { formatCodePath } from '@shared/domain/codebook';
import { dataError } from '../errors';
import type { ChangeRecorder } from '../project/change-recorder';
import type { Project } from '../project/project';
import { CodeTree } from './codebook-tree';

export function setAnchor(project: Project, codingId: string, anchor: boolean): void {
  // Read here rather than through codings.ts, which imports this module.
  const coding = project.readOne<{ code_id: string }>(
    `SELECT code_id FROM codings WHERE id = ?`,
    codingId,
  );
  if (!coding) throw dataError('coding.not-found', `no coding with id ${codingId}`);
  const path = formatCodePath(CodeTree.load(project).get(coding.code_id)?.path ?? []);
  project.act(
    anchor ? `Mark anchor example of "${path}"` : `Unmark anchor example of "${path}"`,
    (changes) => {
      const marked =
        project.readOne(`SELECT 1 FROM coding_anchors WHERE coding_id = ?`, codingId) !== undefined;
      if (anchor && !marked)
        changes.insert('coding_anchors', { coding_id: codingId, marked_at: project.now() });
      if (!anchor && marked) changes.delete('coding_anchors', { coding_id: codingId });
    },
  );
}

/** Code id → its anchor codings' ids in document order (document position, start, end, id). */
export function anchorsByCode(project: Project): Map<string, string[]> {
  const byCode = new Map<string, string[]>();
  for (const row of project.read<{ id: string; code_id: string }>(
    `SELECT c.id, c.code_id FROM coding_anchors a
       JOIN codings c ON c.id = a.coding_id
       JOIN documents d ON d.id = c.document_id
      ORDER BY d.position, c.start_utf16, c.end_utf16, c.id`,
  )) {
    const list = byCode.get(row.code_id);
    if (list) list.push(row.id);
    else byCode.set(row.code_id, [row.id]);
  }
  return byCode;
}

/** Inside an action that deletes a coding: its anchor mark goes first (no cascades). */
export function deleteAnchorOf(changes: ChangeRecorder, codingId: string): void {
  changes.delete('coding_anchors', { coding_id: codingId });
}
