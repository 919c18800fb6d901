/**
 * Destructive codebook actions: deleting a code (with everything below it) and merging
 * one code into another. Both report what they will touch first, and both take a backup
 * before changing anything, besides being undoable.
 */
import { formatCodePath } from '@shared/domain/codebook';
import { dataError } from '../errors';
import type { Project } from '../project/project';
import type { ChangeRecorder } from '../project/change-recorder';
import { CodeTree } from './codebook-tree';
import { requireCode } from './codes';
import type { CodeDeletePreview as DeletePreview, MergeResult } from '@shared/api/types';

function codingIdsOf(project: Project, codeIds: readonly string[]): string[] {
  const rows: string[] = [];
  for (const codeId of codeIds) {
    for (const row of project.read<{ id: string }>(
      `SELECT id FROM codings WHERE code_id = ?`,
      codeId,
    ))
      rows.push(row.id);
  }
  return rows;
}

export function previewDeleteCode(project: Project, id: string): DeletePreview {
  const tree = CodeTree.load(project);
  const code = requireCode(tree, id);
  const subtree = tree.subtree(id);
  return {
    codePath: formatCodePath(code.path),
    codes: subtree.length,
    codings: codingIdsOf(
      project,
      subtree.map((c) => c.id),
    ).length,
  };
}

function deleteCodingRows(changes: ChangeRecorder, codingId: string): void {
  changes.delete('quote_curations', { coding_id: codingId });
  changes.delete('codings', { id: codingId });
}

function deleteCodeMemo(project: Project, changes: ChangeRecorder, codeId: string): void {
  const memo = project.readOne<{ id: string }>(
    `SELECT id FROM memos WHERE target_kind = 'code' AND target_id = ?`,
    codeId,
  );
  if (memo) changes.delete('memos', { id: memo.id });
}

export async function deleteCode(project: Project, id: string): Promise<DeletePreview> {
  const preview = previewDeleteCode(project, id);
  await project.backup('before-delete-code');
  project.act(`Delete code "${preview.codePath}"`, (changes) => {
    const subtree = CodeTree.load(project).subtree(id);
    for (const codingId of codingIdsOf(
      project,
      subtree.map((c) => c.id),
    )) {
      deleteCodingRows(changes, codingId);
    }
    // Children first, so no row ever points at a deleted parent.
    for (const code of [...subtree].reverse()) {
      deleteCodeMemo(project, changes, code.id);
      changes.delete('codes', { id: code.id });
    }
  });
  return preview;
}

interface MergeCodingRow {
  id: string;
  document_id: string;
  start_utf16: number;
  end_utf16: number;
  memo: string | null;
}

function joinTexts(a: string | null, b: string | null): string | null {
  if (!a) return b;
  if (!b || a === b) return a;
  return `${a}\n\n${b}`;
}

/** Merges `sourceId` into `targetId`: its codings and child codes join the target; it is removed. */
export async function mergeCodes(
  project: Project,
  sourceId: string,
  targetId: string,
): Promise<MergeResult> {
  const tree = CodeTree.load(project);
  const source = requireCode(tree, sourceId);
  const target = requireCode(tree, targetId);
  if (sourceId === targetId) throw dataError('code.merge-self', 'cannot merge a code into itself');
  if (tree.isAncestor(sourceId, targetId)) {
    throw dataError('code.merge-into-child', `cannot merge "${source.name}" into a code below it`);
  }
  for (const child of tree.children(sourceId)) {
    const clash = tree
      .children(targetId)
      .find((c) => c.name.toLocaleLowerCase() === child.name.toLocaleLowerCase());
    if (clash) {
      throw dataError(
        'code.merge-name-clash',
        `both codes have a child named "${child.name}"; rename one first`,
      );
    }
  }
  await project.backup('before-merge-codes');
  return project.act(
    `Merge code "${formatCodePath(source.path)}" into "${formatCodePath(target.path)}"`,
    (changes) => {
      const targetRanges = new Map<string, MergeCodingRow>();
      for (const row of project.read<MergeCodingRow>(
        `SELECT id, document_id, start_utf16, end_utf16, memo FROM codings WHERE code_id = ?`,
        targetId,
      )) {
        targetRanges.set(`${row.document_id}:${row.start_utf16}:${row.end_utf16}`, row);
      }
      let moved = 0;
      let duplicatesFolded = 0;
      for (const row of project.read<MergeCodingRow>(
        `SELECT id, document_id, start_utf16, end_utf16, memo FROM codings WHERE code_id = ?`,
        sourceId,
      )) {
        const twin = targetRanges.get(`${row.document_id}:${row.start_utf16}:${row.end_utf16}`);
        if (twin) {
          // Same passage already coded with the target: keep one coding, lose no memo.
          const memo = joinTexts(twin.memo, row.memo);
          if (memo !== twin.memo)
            changes.update('codings', { id: twin.id }, { memo, updated_at: project.now() });
          deleteCodingRows(changes, row.id);
          duplicatesFolded++;
        } else {
          changes.update(
            'codings',
            { id: row.id },
            { code_id: targetId, updated_at: project.now() },
          );
          moved++;
        }
      }
      const nextPosition = tree.children(targetId).length;
      tree.children(sourceId).forEach((child, index) => {
        changes.update(
          'codes',
          { id: child.id },
          { parent_id: targetId, position: nextPosition + index },
        );
      });
      const patch: Record<string, string | null> = {};
      for (const [column, key] of [
        ['definition', 'definition'],
        ['when_to_use', 'whenToUse'],
        ['when_not_to_use', 'whenNotToUse'],
        ['example', 'example'],
      ] as const) {
        const merged = joinTexts(target[key], source[key]);
        if (merged !== target[key]) patch[column] = merged;
      }
      if (Object.keys(patch).length > 0) changes.update('codes', { id: targetId }, patch);
      mergeCodeMemos(project, changes, sourceId, targetId);
      changes.delete('codes', { id: sourceId });
      return { moved, duplicatesFolded };
    },
  );
}

function mergeCodeMemos(
  project: Project,
  changes: ChangeRecorder,
  sourceId: string,
  targetId: string,
): void {
  const memoOf = (codeId: string) =>
    project.readOne<{ id: string; text: string }>(
      `SELECT id, text FROM memos WHERE target_kind = 'code' AND target_id = ?`,
      codeId,
    );
  const sourceMemo = memoOf(sourceId);
  if (!sourceMemo) return;
  const targetMemo = memoOf(targetId);
  if (targetMemo) {
    changes.update(
      'memos',
      { id: targetMemo.id },
      { text: joinTexts(targetMemo.text, sourceMemo.text), updated_at: project.now() },
    );
    changes.delete('memos', { id: sourceMemo.id });
  } else {
    changes.update(
      'memos',
      { id: sourceMemo.id },
      { target_id: targetId, updated_at: project.now() },
    );
  }
}
