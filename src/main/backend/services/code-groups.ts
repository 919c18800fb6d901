/**
 * Code groups: named sets of codes (REFI-QDA Sets; ATLAS.ti code groups, MAXQDA code
 * sets). A code may be in several groups; a group lists its codes in codebook order and
 * can head the rows of a matrix. Every change is one user action (one undo step). The
 * group's id is its REFI-QDA GUID, so a group that came from a file goes back under the
 * same GUID.
 */
import { formatCodePath } from '@shared/domain/codebook';
import type { CodeGroup } from '@shared/api/types';
import { dataError, usageError } from '../errors';
import { guidForId } from '../exchange/guid';
import type { ChangeRecorder } from '../project/change-recorder';
import type { Project } from '../project/project';
import { CodeTree } from './codebook-tree';
import { requireCode } from './codes';

interface GroupRow {
  id: string;
  name: string;
  description: string | null;
  position: number;
  created_at: string;
}

/** Longest group name, in UTF-16 units (as for codes). */
export const MAX_GROUP_NAME = 200;

const nameKey = (name: string): string => name.toLocaleLowerCase();

function groupRows(project: Project): GroupRow[] {
  return project.read<GroupRow>(`SELECT * FROM code_groups ORDER BY position, name, id`);
}

function memberIds(project: Project): Map<string, string[]> {
  const members = new Map<string, string[]>();
  for (const row of project.read<{ group_id: string; code_id: string }>(
    `SELECT group_id, code_id FROM code_group_members`,
  )) {
    const list = members.get(row.group_id);
    if (list) list.push(row.code_id);
    else members.set(row.group_id, [row.code_id]);
  }
  return members;
}

function toGroup(row: GroupRow, codeIds: readonly string[], tree: CodeTree): CodeGroup {
  const order = new Map(tree.ordered.map((code, index) => [code.id, index]));
  const ordered = codeIds
    .filter((id) => order.has(id))
    .sort((a, b) => order.get(a)! - order.get(b)!);
  return {
    id: row.id,
    guid: guidForId(row.id),
    name: row.name,
    description: row.description,
    position: row.position,
    codeIds: ordered,
    codePaths: ordered.map((id) => tree.get(id)!.path),
  };
}

/** Every group in its order, each with its codes in codebook order. */
export function listGroups(project: Project): CodeGroup[] {
  const tree = CodeTree.load(project);
  const members = memberIds(project);
  return groupRows(project).map((row) => toGroup(row, members.get(row.id) ?? [], tree));
}

function requireGroupRow(project: Project, id: string): GroupRow {
  const row = project.readOne<GroupRow>(`SELECT * FROM code_groups WHERE id = ?`, id);
  if (!row) throw dataError('group.not-found', `no code group with id ${id}`);
  return row;
}

/** A group by name, whatever its case; the error lists the groups there are. */
export function findGroupByName(project: Project, name: string): CodeGroup {
  const key = nameKey(name.trim());
  const groups = listGroups(project);
  const group = groups.find((g) => nameKey(g.name) === key);
  if (group) return group;
  const names = groups.map((g) => `"${g.name}"`);
  throw dataError(
    'group.not-found',
    `no code group "${name.trim()}"${names.length > 0 ? ` (groups: ${names.join(', ')})` : ' (the project has no code groups)'}`,
    { name: name.trim() },
  );
}

export function getGroup(project: Project, id: string): CodeGroup {
  const row = requireGroupRow(project, id);
  const members = project
    .read<{ code_id: string }>(`SELECT code_id FROM code_group_members WHERE group_id = ?`, id)
    .map((r) => r.code_id);
  return toGroup(row, members, CodeTree.load(project));
}

function checkName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw usageError('group.empty-name', 'a code group name cannot be empty');
  if (trimmed.length > MAX_GROUP_NAME)
    throw usageError(
      'group.long-name',
      `a code group name is limited to ${MAX_GROUP_NAME} characters`,
    );
  return trimmed;
}

function checkNameFree(project: Project, name: string, exceptId?: string): void {
  const key = nameKey(name);
  const clash = groupRows(project).find((g) => g.id !== exceptId && nameKey(g.name) === key);
  if (clash)
    throw dataError('group.name-taken', `a code group "${clash.name}" already exists`, {
      name: clash.name,
    });
}

const cleanText = (text: string | null | undefined): string | null =>
  text && text.trim() ? text.trim() : null;

function nextPosition(project: Project): number {
  const max = project.readOne<{ n: number | null }>(
    `SELECT max(position) AS n FROM code_groups`,
  )?.n;
  return max === null || max === undefined ? 0 : max + 1;
}

function isMember(project: Project, groupId: string, codeId: string): boolean {
  return (
    project.readOne(
      `SELECT 1 FROM code_group_members WHERE group_id = ? AND code_id = ?`,
      groupId,
      codeId,
    ) !== undefined
  );
}

/** Adds the codes that are not members yet; returns how many were added. */
function insertMembers(
  project: Project,
  changes: ChangeRecorder,
  groupId: string,
  codeIds: readonly string[],
): number {
  let added = 0;
  for (const codeId of new Set(codeIds)) {
    if (isMember(project, groupId, codeId)) continue;
    changes.insert('code_group_members', { group_id: groupId, code_id: codeId });
    added++;
  }
  return added;
}

function insertGroup(
  project: Project,
  changes: ChangeRecorder,
  group: { id: string; name: string; description: string | null },
): void {
  changes.insert('code_groups', {
    id: group.id,
    name: group.name,
    description: group.description,
    position: nextPosition(project),
    created_at: project.now(),
  });
}

export interface NewGroup {
  name: string;
  description?: string | null;
  codeIds?: readonly string[];
}

export function createGroup(project: Project, input: NewGroup): CodeGroup {
  const name = checkName(input.name);
  checkNameFree(project, name);
  const tree = CodeTree.load(project);
  for (const codeId of input.codeIds ?? []) requireCode(tree, codeId);
  const id = project.newId();
  project.act(`Create code group "${name}"`, (changes) => {
    insertGroup(project, changes, { id, name, description: cleanText(input.description) });
    insertMembers(project, changes, id, input.codeIds ?? []);
  });
  return getGroup(project, id);
}

export function renameGroup(project: Project, id: string, name: string): void {
  const group = requireGroupRow(project, id);
  const trimmed = checkName(name);
  checkNameFree(project, trimmed, id);
  project.act(`Rename code group "${group.name}" to "${trimmed}"`, (changes) => {
    changes.update('code_groups', { id }, { name: trimmed });
  });
}

export function describeGroup(project: Project, id: string, description: string | null): void {
  const group = requireGroupRow(project, id);
  project.act(`Describe code group "${group.name}"`, (changes) => {
    changes.update('code_groups', { id }, { description: cleanText(description) });
  });
}

/** Deletes a group (its codes stay as they are); returns its name and how many codes it had. */
export function deleteGroup(project: Project, id: string): { name: string; codes: number } {
  const group = getGroup(project, id);
  project.act(`Delete code group "${group.name}"`, (changes) => {
    for (const row of project.read<{ code_id: string }>(
      `SELECT code_id FROM code_group_members WHERE group_id = ? ORDER BY code_id`,
      id,
    ))
      changes.delete('code_group_members', { group_id: id, code_id: row.code_id });
    changes.delete('code_groups', { id });
  });
  return { name: group.name, codes: group.codeIds.length };
}

export function addCodesToGroup(
  project: Project,
  id: string,
  codeIds: readonly string[],
): { added: number } {
  const group = requireGroupRow(project, id);
  const tree = CodeTree.load(project);
  const codes = codeIds.map((codeId) => requireCode(tree, codeId));
  const what = codes.length === 1 ? `"${formatCodePath(codes[0]!.path)}"` : `${codes.length} codes`;
  return project.act(`Add ${what} to code group "${group.name}"`, (changes) => ({
    added: insertMembers(project, changes, id, codeIds),
  }));
}

export function removeCodesFromGroup(
  project: Project,
  id: string,
  codeIds: readonly string[],
): { removed: number } {
  const group = requireGroupRow(project, id);
  const tree = CodeTree.load(project);
  const codes = codeIds.map((codeId) => requireCode(tree, codeId));
  const what = codes.length === 1 ? `"${formatCodePath(codes[0]!.path)}"` : `${codes.length} codes`;
  return project.act(`Remove ${what} from code group "${group.name}"`, (changes) => {
    let removed = 0;
    for (const codeId of new Set(codeIds))
      if (changes.delete('code_group_members', { group_id: id, code_id: codeId })) removed++;
    return { removed };
  });
}

/** Inside deleting codes: they leave every group they are in (the groups stay). */
export function deleteMembershipsOf(
  project: Project,
  changes: ChangeRecorder,
  codeIds: readonly string[],
): void {
  for (const codeId of codeIds) {
    for (const row of project.read<{ group_id: string }>(
      `SELECT group_id FROM code_group_members WHERE code_id = ? ORDER BY group_id`,
      codeId,
    ))
      changes.delete('code_group_members', { group_id: row.group_id, code_id: codeId });
  }
}

/** Inside merging codes: the target joins every group the source was in; the source leaves. */
export function moveMemberships(
  project: Project,
  changes: ChangeRecorder,
  sourceId: string,
  targetId: string,
): void {
  for (const row of project.read<{ group_id: string }>(
    `SELECT group_id FROM code_group_members WHERE code_id = ? ORDER BY group_id`,
    sourceId,
  )) {
    changes.delete('code_group_members', { group_id: row.group_id, code_id: sourceId });
    if (!isMember(project, row.group_id, targetId))
      changes.insert('code_group_members', { group_id: row.group_id, code_id: targetId });
  }
}
