/**
 * Destructive codebook actions: deleting a code (with everything below it) and merging
 * one code into another. Both report what they will touch first, and both take a backup
 * before changing anything, besides being undoable.
 */
import { formatCodePath } from '@shared/domain/codebook';
import { dataError } from '../errors';
import type { Project } from '../project/project';
import type { ChangeRecorder } from '../project/change-recorder';
import { deleteAnchorOf } from './anchors';
import { deleteMembershipsOf, moveMemberships } from './code-groups';
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
  deleteAnchorOf(changes, codingId);
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
    deleteMembershipsOf(
      project,
      changes,
      subtree.map((c) => c.id),
    );
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
  coder_id: string;
  memo: string | null;
}

interface CurationRow {
  coding_id: string;
  display_text: string;
  note: string | null;
  updated_at: string;
}

function joinTexts(a: string | null, b: string | null): string | null {
  if (!a) return b;
  if (!b || a === b) return a;
  return `${a}\n\n${b}`;
}

/**
 * The identity of a coding apart from its code, as the schema's unique index has it
 * (document, range, coder): two coders coding the same passage is agreement, not a duplicate.
 */
const passageKey = (row: MergeCodingRow): string =>
  `${row.document_id}:${row.start_utf16}:${row.end_utf16}:${row.coder_id}`;

const CODING_COLUMNS = 'id, document_id, start_utf16, end_utf16, coder_id, memo';

/**
 * Folds the source's coding `row` into the target's coding `twin` of the same passage by
 * the same coder, losing nothing the user wrote: the memos are joined (target's first);
 * the target's curation stays the printed quote, and a different curation of the source
 * is kept in its note (the source's printed text, then its note); a source curation with no
 * target curation to meet becomes the target coding's curation.
 */
function foldDuplicate(
  project: Project,
  changes: ChangeRecorder,
  row: MergeCodingRow,
  twin: MergeCodingRow,
): void {
  const memo = joinTexts(twin.memo, row.memo);
  if (memo !== twin.memo)
    changes.update('codings', { id: twin.id }, { memo, updated_at: project.now() });
  const curationOf = (codingId: string) =>
    project.readOne<CurationRow>(`SELECT * FROM quote_curations WHERE coding_id = ?`, codingId);
  const sourceCuration = curationOf(row.id);
  if (sourceCuration) {
    const targetCuration = curationOf(twin.id);
    if (!targetCuration) {
      // The key is the coding's id, so the curation moves by delete and insert (an update
      // of the key column would leave the undo record without an after-image).
      changes.delete('quote_curations', { coding_id: row.id });
      changes.insert('quote_curations', {
        ...sourceCuration,
        coding_id: twin.id,
        updated_at: project.now(),
      });
    } else {
      const kept =
        sourceCuration.display_text === targetCuration.display_text
          ? sourceCuration.note
          : joinTexts(sourceCuration.display_text, sourceCuration.note);
      const note = joinTexts(targetCuration.note, kept);
      if (note !== targetCuration.note)
        changes.update(
          'quote_curations',
          { coding_id: twin.id },
          { note, updated_at: project.now() },
        );
    }
  }
  // The twin stays an anchor example when the folded coding was one.
  const anchored = (codingId: string) =>
    project.readOne(`SELECT 1 FROM coding_anchors WHERE coding_id = ?`, codingId) !== undefined;
  if (anchored(row.id) && !anchored(twin.id))
    changes.insert('coding_anchors', { coding_id: twin.id, marked_at: project.now() });
  deleteCodingRows(changes, row.id);
}

/**
 * Merges `sourceId` into `targetId`: its codings and child codes join the target; it is
 * removed. A coding of the source on exactly the passage a coding of the target has, by
 * the same coder, is folded into that one (see foldDuplicate); all others move.
 */
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
    if (tree.childNamed(targetId, child.name)) {
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
      const targetPassages = new Map<string, MergeCodingRow>();
      for (const row of project.read<MergeCodingRow>(
        `SELECT ${CODING_COLUMNS} FROM codings WHERE code_id = ?`,
        targetId,
      )) {
        targetPassages.set(passageKey(row), row);
      }
      let moved = 0;
      let duplicatesFolded = 0;
      for (const row of project.read<MergeCodingRow>(
        `SELECT ${CODING_COLUMNS} FROM codings WHERE code_id = ? ORDER BY id`,
        sourceId,
      )) {
        const twin = targetPassages.get(passageKey(row));
        if (twin) {
          foldDuplicate(project, changes, row, twin);
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
      // After the target's own children, in their order (positions may have gaps).
      const nextPosition = (tree.children(targetId).at(-1)?.position ?? -1) + 1;
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
      moveMemberships(project, changes, sourceId, targetId);
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
