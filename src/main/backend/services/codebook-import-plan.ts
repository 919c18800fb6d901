/**
 * The one walk over an imported codebook that both the preview and the import run. Each
 * code of the file is matched by GUID, else by its path (a flat top-level name that spells
 * an existing path, as a Taguette tag does, goes to that code); a matched code keeps its
 * name, place and codings, gains the description fields it lacked, and takes the file's
 * differing description or colour only when the user chose "theirs"; any other code is
 * created, keeping the file's GUID when it is free.
 *
 * The preview runs the walk with a recorder that writes nothing, so new codes are created
 * by the very insertCode of the import, in an in-memory tree only: the preview cannot
 * disagree with the import about names, places or colours. The fingerprint of the walk
 * lets the import refuse to run a plan other than the one the user saw.
 */
import { createHash } from 'node:crypto';
import type {
  CodebookField,
  ConflictChoice,
  FieldDifference,
} from '@shared/api/codebook-import-types';
import { formatCodePath, type CodebookNode } from '@shared/domain/codebook';
import { normaliseColor } from '@shared/domain/palette';
import type { ImportedCodebook } from '../exchange/imported-codebook';
import { ChangeRecorder, type Row, type TableName } from '../project/change-recorder';
import type { Project } from '../project/project';
import { codeAtFlatPath, CodeTree, type CodeInTree } from './codebook-tree';
import { insertCode, MAX_CODE_NAME } from './codes';

export interface CreateStep {
  kind: 'create';
  path: string[];
  color: string;
  fields: CodebookField[];
}

export interface MatchStep {
  kind: 'match';
  code: CodeInTree;
  by: 'guid' | 'path';
  filePath: string[];
  fills: CodebookField[];
  differences: FieldDifference[];
  /** What was done about the differences; null when there are none. */
  choice: ConflictChoice | null;
}

export type ImportStep = CreateStep | MatchStep;

export interface ImportWalk {
  /** One step per code of the file, parents before children, in file order. */
  steps: ImportStep[];
  /** The file's code id (GUID) → the project's code it went to or became. */
  codeIds: Map<string, string>;
  warnings: string[];
  fingerprint: string;
}

export interface WalkOptions {
  /** Where the import writes; absent, nothing is written (the preview). */
  changes?: ChangeRecorder;
  /** The choice for a matched code (by its id) that differs from the file. */
  choose?: (codeId: string) => ConflictChoice;
}

/** Records and writes nothing; every method a ChangeRecorder has is overridden. */
class PreviewRecorder extends ChangeRecorder {
  constructor() {
    // The row writer is never reached: no method below uses it.
    super(null as never, false);
  }
  override insert(_table: TableName, _row: Row): void {}
  override update(_table: TableName, _key: Row, _patch: Row): boolean {
    return true;
  }
  override delete(_table: TableName, _key: Row): boolean {
    return true;
  }
}

const COLUMNS: Record<CodebookField, string> = {
  definition: 'definition',
  whenToUse: 'when_to_use',
  whenNotToUse: 'when_not_to_use',
  example: 'example',
  color: 'color',
};

const DESCRIPTION_FIELDS = ['definition', 'whenToUse', 'whenNotToUse', 'example'] as const;

/** Text compared as a reader sees it: line endings and surrounding blanks do not count. */
const comparable = (value: string | null): string => (value ?? '').replace(/\r\n?/g, '\n').trim();

/** What the file would add to a matched code, and where the two disagree. */
function compare(
  code: CodeInTree,
  node: CodebookNode,
): { fills: { field: CodebookField; value: string }[]; differences: FieldDifference[] } {
  const fills: { field: CodebookField; value: string }[] = [];
  const differences: FieldDifference[] = [];
  for (const field of DESCRIPTION_FIELDS) {
    const theirs = node[field];
    if (theirs === null || comparable(theirs) === '') continue;
    const mine = code[field];
    if (mine === null || comparable(mine) === '') fills.push({ field, value: theirs });
    else if (comparable(mine) !== comparable(theirs)) differences.push({ field, mine, theirs });
  }
  const theirColor = node.color === null ? null : normaliseColor(node.color);
  const myColor = normaliseColor(code.color) ?? code.color;
  if (theirColor !== null && theirColor !== myColor)
    differences.push({ field: 'color', mine: myColor, theirs: theirColor });
  return { fills, differences };
}

/** The name a code gets here: trimmed, and cut to the longest name a code may have. */
function importedName(raw: string, where: () => string, warnings: string[]): string {
  let name = raw.trim();
  if (name === '') {
    warnings.push(`${where()}: a code has no name; it was called "Unnamed code"`);
    return 'Unnamed code';
  }
  if (name.length > MAX_CODE_NAME) {
    let cut = name.slice(0, MAX_CODE_NAME);
    if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
    warnings.push(
      `${where()}: the code name "${name.slice(0, 40)}…" was cut to ${MAX_CODE_NAME} characters`,
    );
    name = cut.trim();
  }
  return name;
}

/** The project's code a node of the file goes to: by GUID (unless taken), else by path. */
function matchOf(
  tree: CodeTree,
  node: CodebookNode,
  name: string,
  parentId: string | null,
  taken: ReadonlySet<string>,
): { code: CodeInTree; by: 'guid' | 'path' } | undefined {
  const byGuid = tree.get(node.id);
  if (byGuid && !taken.has(byGuid.id)) return { code: byGuid, by: 'guid' };
  const byPath =
    tree.childNamed(parentId, name) ??
    (parentId === null && node.children.length === 0 ? codeAtFlatPath(tree, name) : undefined);
  return byPath && { code: byPath, by: 'path' };
}

interface Frame {
  node: CodebookNode;
  parent: CodeInTree | null;
  parentFilePath: string[];
}

/**
 * Walks the file's codes against the project's codebook. With `changes` it writes (inside
 * the caller's action); the steps and the fingerprint are the same either way, since the
 * fingerprint leaves out the choices and the ids new codes get.
 */
export function walkCodebookImport(
  project: Project,
  imported: ImportedCodebook,
  label: string,
  options: WalkOptions = {},
): ImportWalk {
  const changes = options.changes ?? new PreviewRecorder();
  const tree = CodeTree.load(project);
  const hash = createHash('sha256');
  const warnings = [...imported.warnings];
  const steps: ImportStep[] = [];
  const codeIds = new Map<string, string>();
  // Codes a node of the file already went to or created: a GUID match takes each once.
  const taken = new Set<string>();
  // Depth-first, parents before children, in file order; a stack instead of recursion,
  // so no nesting depth can overflow the call stack.
  const stack: Frame[] = imported.nodes
    .map((node) => ({ node, parent: null, parentFilePath: [] }))
    .reverse();
  while (stack.length > 0) {
    const { node, parent, parentFilePath } = stack.pop()!;
    const parentId = parent === null ? null : parent.id;
    const name = importedName(
      node.name,
      () => `${label}: "${formatCodePath([...(parent?.path ?? []), node.name.trim()])}"`,
      warnings,
    );
    const filePath = [...parentFilePath, name];
    const match = matchOf(tree, node, name, parentId, taken);
    let target: CodeInTree;
    if (match && taken.has(match.code.id)) {
      warnings.push(
        `${label}: "${formatCodePath(filePath)}" occurs more than once; its codes went into "${formatCodePath(match.code.path)}"`,
      );
      target = match.code;
    } else if (match) {
      target = match.code;
      taken.add(target.id);
      const { fills, differences } = compare(target, node);
      const choice =
        differences.length === 0 ? null : (options.choose?.(target.id) ?? ('mine' as const));
      const patch: Record<string, string> = {};
      for (const fill of fills) patch[COLUMNS[fill.field]] = fill.value;
      if (choice === 'theirs')
        for (const difference of differences) patch[COLUMNS[difference.field]] = difference.theirs;
      if (Object.keys(patch).length > 0) changes.update('codes', { id: target.id }, patch);
      const step: MatchStep = {
        kind: 'match',
        code: target,
        by: match.by,
        filePath,
        fills: fills.map((fill) => fill.field),
        differences,
        choice,
      };
      steps.push(step);
      hash.update(JSON.stringify(['m', target.id, step.by, fills, differences]));
    } else {
      // The tree holds every code of the project, so it alone says whether the id is free.
      const idFree = !tree.get(node.id);
      if (!idFree)
        warnings.push(
          `"${formatCodePath([...(parent?.path ?? []), name])}": its GUID is already used here, so it got a new one`,
        );
      const created = insertCode(project, tree, changes, {
        ...node,
        name,
        parentId,
        id: idFree ? node.id : project.newId(),
      });
      target = tree.get(created.id)!;
      taken.add(target.id);
      const fields = DESCRIPTION_FIELDS.filter((field) => comparable(node[field]) !== '');
      steps.push({ kind: 'create', path: target.path, color: created.color, fields });
      hash.update(
        JSON.stringify(['c', target.path, created.color, fields.map((field) => node[field])]),
      );
    }
    codeIds.set(node.id, target.id);
    for (let i = node.children.length - 1; i >= 0; i--)
      stack.push({ node: node.children[i]!, parent: target, parentFilePath: filePath });
  }
  // The groups the preview shows are part of the plan too.
  hash.update(JSON.stringify(imported.sets.map((set) => [set.name, set.codeGuids])));
  return { steps, codeIds, warnings, fingerprint: hash.digest('hex').slice(0, 32) };
}
