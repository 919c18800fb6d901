/**
 * Matching another project's codebook onto this one for a merge: by id (the GUID that
 * REFI-QDA exchange and copies of a project keep) first, else by name under the matched
 * parent (so by path from the root), else the code is created here with the other
 * project's id, name, colour and description. Runs inside the merge action.
 */
import type { CodeMatchReport } from '@shared/api/types';
import { formatCodePath } from '@shared/domain/codebook';
import type { Project } from '../../project/project';
import type { ChangeRecorder } from '../../project/change-recorder';
import { CodeTree } from '../codebook-tree';
import { insertCode } from '../codes';

export type { CodeMatchReport };

export interface CodeMatching {
  /** Other project's code id → this project's code id, for every code of the other project. */
  idFor: Map<string, string>;
  report: CodeMatchReport;
}

const samePath = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length &&
  a.every((name, i) => name.toLocaleLowerCase() === b[i]!.toLocaleLowerCase());

export function matchCodes(
  project: Project,
  changes: ChangeRecorder,
  other: CodeTree,
): CodeMatching {
  const here = CodeTree.load(project);
  const idFor = new Map<string, string>();
  const claimedBy = new Map<string, string>();
  const report: CodeMatchReport = {
    created: [],
    matchedByPath: [],
    matchedByIdElsewhere: [],
    warnings: [],
  };
  for (const code of other.ordered) {
    const same = here.get(code.id);
    if (!same) continue;
    idFor.set(code.id, same.id);
    claimedBy.set(same.id, formatCodePath(code.path));
    if (!samePath(same.path, code.path))
      report.matchedByIdElsewhere.push({
        path: formatCodePath(same.path),
        otherPath: formatCodePath(code.path),
      });
  }
  // Parents come before their children in `ordered`, so a parent is always matched first.
  for (const code of other.ordered) {
    if (idFor.has(code.id)) continue;
    const parentId = code.parentId === null ? null : idFor.get(code.parentId)!;
    const byName = here
      .children(parentId)
      .find((c) => c.name.toLocaleLowerCase() === code.name.toLocaleLowerCase());
    if (byName) {
      idFor.set(code.id, byName.id);
      const path = formatCodePath(byName.path);
      report.matchedByPath.push({ path, id: byName.id, otherId: code.id });
      const claimant = claimedBy.get(byName.id);
      if (claimant !== undefined) {
        report.warnings.push(
          `"${formatCodePath(code.path)}" and "${claimant}" of the other project both went into "${path}"`,
        );
      }
      claimedBy.set(byName.id, formatCodePath(code.path));
      continue;
    }
    const created = insertCode(project, here, changes, {
      id: code.id,
      parentId,
      name: code.name,
      color: code.color,
      definition: code.definition,
      whenToUse: code.whenToUse,
      whenNotToUse: code.whenNotToUse,
      example: code.example,
    });
    idFor.set(code.id, created.id);
    claimedBy.set(created.id, formatCodePath(code.path));
    report.created.push(formatCodePath(here.get(created.id)!.path));
  }
  return { idFor, report };
}
