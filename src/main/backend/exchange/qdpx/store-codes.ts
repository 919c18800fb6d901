/**
 * Puts the file's code tree into the project. A code is matched by GUID first, then by
 * its path (pitfall 9); a matched code keeps its own name, colour and codings and only
 * gains description fields it lacked. New codes keep the file's GUID as id when it is
 * free. Code names need not be unique in REFI-QDA (NVivo for Mac), but are unique among
 * siblings in Citat, so a clashing sibling is renamed "name (2)".
 */
import type { CodebookNode } from '@shared/domain/codebook';
import type { CodeDescription } from '@shared/domain/entities';
import type { ChangeRecorder } from '../../project/change-recorder';
import type { Project } from '../../project/project';
import { codeAtFlatPath, CodeTree } from '../../services/codebook-tree';
import { insertCode } from '../../services/codes';
import type { QdpxImportReport } from './import-report';
import { uniqueName } from './import-values';

const MAX_NAME = 200;

function describeMissing(
  changes: ChangeRecorder,
  id: string,
  existing: CodeDescription,
  node: CodebookNode,
): void {
  const patch: Record<string, string> = {};
  if (!existing.definition && node.definition) patch.definition = node.definition;
  if (!existing.whenToUse && node.whenToUse) patch.when_to_use = node.whenToUse;
  if (!existing.whenNotToUse && node.whenNotToUse) patch.when_not_to_use = node.whenNotToUse;
  if (!existing.example && node.example) patch.example = node.example;
  if (Object.keys(patch).length > 0) changes.update('codes', { id }, patch);
}

export interface StoreCodesOptions {
  /**
   * Top-level codes are flat names that may spell a path ("Principper/Risiko", as a
   * Taguette tag does): one that matches no code by GUID or name goes to the existing
   * code at that path, so a codebook sent to Taguette and back does not double.
   */
  flatPaths?: boolean;
}

/** Stores the codes; returns file code id (the normalised GUID) → project code id. */
export function storeCodes(
  project: Project,
  changes: ChangeRecorder,
  nodes: readonly CodebookNode[],
  report: QdpxImportReport,
  source: string,
  options: StoreCodesOptions = {},
): Map<string, string> {
  const tree = CodeTree.load(project);
  const ids = new Map<string, string>();
  const claimed = new Set<string>();

  const visit = (node: CodebookNode, parentId: string | null): void => {
    let name = node.name.trim();
    if (name.length > MAX_NAME) {
      report.warnings.push(
        `${source}: the code name "${name.slice(0, 40)}…" was cut to ${MAX_NAME} characters`,
      );
      name = name.slice(0, MAX_NAME).trim();
    }
    const byId = tree.get(node.id);
    const byName = tree
      .children(parentId)
      .find((c) => c.name.toLocaleLowerCase() === name.toLocaleLowerCase() && !claimed.has(c.id));
    let match = byId && !claimed.has(byId.id) ? byId : byName;
    if (!match && options.flatPaths && parentId === null && node.children.length === 0) {
      const atPath = codeAtFlatPath(tree, name);
      if (atPath && !claimed.has(atPath.id)) match = atPath;
    }
    let id: string;
    if (match) {
      id = match.id;
      describeMissing(changes, id, match, node);
      report.matched.codes++;
    } else {
      const siblings = tree.children(parentId);
      const free = uniqueName(name, (candidate) =>
        siblings.some((s) => s.name.toLocaleLowerCase() === candidate.toLocaleLowerCase()),
      );
      if (free !== name)
        report.warnings.push(
          `${source}: a second code "${name}" under the same parent was renamed "${free}"`,
        );
      const idFree = !tree.get(node.id);
      id = insertCode(project, tree, changes, {
        ...node,
        name: free,
        parentId,
        ...(idFree ? { id: node.id } : {}),
      }).id;
      report.created.codes++;
    }
    claimed.add(id);
    ids.set(node.id, id);
    for (const child of node.children) visit(child, id);
  };
  for (const node of nodes) visit(node, null);
  return ids;
}
