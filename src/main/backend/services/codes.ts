/** The codebook: creating, describing, colouring and arranging codes. */
import type { Code, CodeDescription } from '@shared/domain/entities';
import { formatCodePath, type CodebookNode } from '@shared/domain/codebook';
import { dataError, usageError } from '../errors';
import type { Project } from '../project/project';
import type { ChangeRecorder } from '../project/change-recorder';
import { anchorsByCode } from './anchors';
import { CodeTree, codeNameKey, type CodeInTree } from './codebook-tree';
import { normaliseColor, paletteColor } from '@shared/domain/palette';
import type { CodeListEntry } from '@shared/api/types';

export function listCodes(project: Project): CodeListEntry[] {
  const tree = CodeTree.load(project);
  const counts = new Map(
    project
      .read<{ code_id: string; n: number }>(
        `SELECT code_id, count(*) AS n FROM codings GROUP BY code_id`,
      )
      .map((r) => [r.code_id, r.n]),
  );
  // Totals bottom-up: in reverse codebook order every code comes after all codes below it.
  const ordered = tree.ordered;
  const totals = new Map<string, number>();
  for (let i = ordered.length - 1; i >= 0; i--) {
    const code = ordered[i]!;
    const total = (totals.get(code.id) ?? 0) + (counts.get(code.id) ?? 0);
    totals.set(code.id, total);
    if (code.parentId !== null) totals.set(code.parentId, (totals.get(code.parentId) ?? 0) + total);
  }
  const anchors = anchorsByCode(project);
  return ordered.map((code) => ({
    ...code,
    codingCount: counts.get(code.id) ?? 0,
    totalCodingCount: totals.get(code.id) ?? 0,
    anchorCodingIds: anchors.get(code.id) ?? [],
  }));
}

export function codebookNodes(project: Project): CodebookNode[] {
  const entries = listCodes(project);
  const nodes = new Map<string, CodebookNode>();
  const roots: CodebookNode[] = [];
  for (const entry of entries) {
    const node: CodebookNode = {
      id: entry.id,
      name: entry.name,
      color: entry.color,
      definition: entry.definition,
      whenToUse: entry.whenToUse,
      whenNotToUse: entry.whenNotToUse,
      example: entry.example,
      codingCount: entry.codingCount,
      children: [],
    };
    nodes.set(entry.id, node);
    const parent = entry.parentId ? nodes.get(entry.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

export function requireCode(tree: CodeTree, id: string): CodeInTree {
  const code = tree.get(id);
  if (!code) throw dataError('code.not-found', `no code with id ${id}`);
  return code;
}

/** Resolves a path like ["Principper", "Risiko"]; the error names the closest existing code. */
export function resolveCodePath(project: Project, names: readonly string[]): CodeInTree {
  const tree = CodeTree.load(project);
  const code = tree.findByPath(names);
  if (code) return code;
  throw dataError('code.not-found', `no code "${formatCodePath(names)}" in the codebook`);
}

/** Longest code name, in UTF-16 units. */
export const MAX_CODE_NAME = 200;

function checkName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw usageError('code.empty-name', 'a code name cannot be empty');
  if (trimmed.length > MAX_CODE_NAME)
    throw usageError('code.long-name', `a code name is limited to ${MAX_CODE_NAME} characters`);
  return trimmed;
}

function checkSiblingName(
  tree: CodeTree,
  parentId: string | null,
  name: string,
  exceptId?: string,
): void {
  let clash = tree.childNamed(parentId, name);
  if (clash !== undefined && clash.id === exceptId) {
    // Rare: siblings whose names differ only in non-ASCII case (the schema allows them).
    const key = codeNameKey(name);
    clash = tree.children(parentId).find((c) => c.id !== exceptId && codeNameKey(c.name) === key);
  }
  if (clash) {
    throw dataError(
      'code.name-taken',
      `a code "${formatCodePath(clash.path)}" already exists there`,
    );
  }
}

export interface NewCode extends Partial<CodeDescription> {
  parentId: string | null;
  name: string;
  color?: string | null;
  id?: string;
}

/** Inserts one code inside an action; used by every way of creating codes. */
export function insertCode(
  project: Project,
  tree: CodeTree,
  changes: ChangeRecorder,
  input: NewCode,
): Code {
  const name = checkName(input.name);
  if (input.parentId !== null) requireCode(tree, input.parentId);
  checkSiblingName(tree, input.parentId, name);
  const color = input.color ? normaliseColor(input.color) : paletteColor(tree.size);
  if (!color) throw usageError('code.bad-color', `"${input.color}" is not a colour like #E57373`);
  // Siblings are sorted by position, so the last one holds the highest.
  const last = tree.children(input.parentId).at(-1);
  const code: Code = {
    id: input.id ?? project.newId(),
    parentId: input.parentId,
    name,
    definition: input.definition ?? null,
    whenToUse: input.whenToUse ?? null,
    whenNotToUse: input.whenNotToUse ?? null,
    example: input.example ?? null,
    color,
    position: last === undefined ? 0 : last.position + 1,
  };
  changes.insert('codes', {
    id: code.id,
    parent_id: code.parentId,
    name: code.name,
    definition: code.definition,
    when_to_use: code.whenToUse,
    when_not_to_use: code.whenNotToUse,
    example: code.example,
    color: code.color,
    position: code.position,
    created_at: project.now(),
  });
  tree.add(code);
  return code;
}

export function createCode(project: Project, input: NewCode): Code {
  return project.act(`Create code "${input.name.trim()}"`, (changes) =>
    insertCode(project, CodeTree.load(project), changes, input),
  );
}

/** Creates the code at `names`, creating missing parents; an existing full path is an error. */
export function createCodePath(
  project: Project,
  names: readonly string[],
): { code: Code; created: number } {
  if (names.length === 0 || names.some((n) => !n.trim())) {
    throw usageError('code.bad-path', 'a code path needs a non-empty name at every level');
  }
  return project.act(`Create code "${formatCodePath(names)}"`, (changes) => {
    const tree = CodeTree.load(project);
    if (tree.findByPath(names)) {
      throw dataError('code.exists', `the code "${formatCodePath(names)}" already exists`);
    }
    let parentId: string | null = null;
    let created = 0;
    let code: Code | undefined;
    for (let depth = 0; depth < names.length; depth++) {
      code = tree.findByPath(names.slice(0, depth + 1));
      if (!code) {
        code = insertCode(project, tree, changes, { parentId, name: names[depth]! });
        created++;
      }
      parentId = code.id;
    }
    return { code: code!, created };
  });
}

export function renameCode(project: Project, id: string, name: string): void {
  const tree = CodeTree.load(project);
  const code = requireCode(tree, id);
  const trimmed = checkName(name);
  checkSiblingName(tree, code.parentId, trimmed, id);
  project.act(`Rename code "${code.name}" to "${trimmed}"`, (changes) => {
    changes.update('codes', { id }, { name: trimmed });
  });
}

export function describeCode(
  project: Project,
  id: string,
  description: Partial<CodeDescription>,
): void {
  const code = requireCode(CodeTree.load(project), id);
  const patch: Record<string, string | null> = {};
  const clean = (v: string | null | undefined): string | null => (v && v.trim() ? v.trim() : null);
  if (description.definition !== undefined) patch.definition = clean(description.definition);
  if (description.whenToUse !== undefined) patch.when_to_use = clean(description.whenToUse);
  if (description.whenNotToUse !== undefined)
    patch.when_not_to_use = clean(description.whenNotToUse);
  if (description.example !== undefined) patch.example = clean(description.example);
  project.act(`Describe code "${code.name}"`, (changes) => {
    changes.update('codes', { id }, patch);
  });
}

export function recolorCode(project: Project, id: string, color: string): void {
  const code = requireCode(CodeTree.load(project), id);
  const normalised = normaliseColor(color);
  if (!normalised) throw usageError('code.bad-color', `"${color}" is not a colour like #E57373`);
  project.act(`Recolour code "${code.name}"`, (changes) => {
    changes.update('codes', { id }, { color: normalised });
  });
}

/** Moves a code (with its subtree) under a new parent, at `position` among the new siblings. */
export function moveCode(
  project: Project,
  id: string,
  newParentId: string | null,
  position?: number,
): void {
  const tree = CodeTree.load(project);
  const code = requireCode(tree, id);
  if (newParentId !== null) {
    requireCode(tree, newParentId);
    if (tree.isAncestor(id, newParentId)) {
      throw dataError(
        'code.move-cycle',
        `cannot move "${code.name}" into itself or one of its own children`,
      );
    }
  }
  checkSiblingName(tree, newParentId, code.name, id);
  const siblings = tree.children(newParentId).filter((c) => c.id !== id);
  const at = Math.max(0, Math.min(position ?? siblings.length, siblings.length));
  siblings.splice(at, 0, code);
  project.act(`Move code "${code.name}"`, (changes) => {
    siblings.forEach((sibling, index) => {
      const patch: Record<string, string | number | null> = {};
      if (sibling.position !== index) patch.position = index;
      if (sibling.id === id && code.parentId !== newParentId) patch.parent_id = newParentId;
      if (Object.keys(patch).length > 0) changes.update('codes', { id: sibling.id }, patch);
    });
  });
}
