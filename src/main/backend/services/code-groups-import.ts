/**
 * Code groups arriving with a codebook (.qdc) or a project (.qdpx), stored inside the
 * import's own action. A set is matched to a group by GUID, then by name (a group that was
 * here before the import); a matched group keeps its name and gains the set's codes and,
 * when it has none, its description. A new group keeps the file's GUID when it is free.
 */
import type { GroupImportResult } from '@shared/api/types';
import type { ImportedSet } from '../exchange/imported-codebook';
import type { ChangeRecorder } from '../project/change-recorder';
import type { Project } from '../project/project';
import { MAX_GROUP_NAME } from './code-groups';

interface Existing {
  id: string;
  name: string;
  description: string | null;
}

const nameKey = (name: string): string => name.toLocaleLowerCase();

/** "name", "name (2)", … : the first that no group has (cut so it stays a valid name). */
function freeName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(nameKey(name))) return name;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${name.slice(0, MAX_GROUP_NAME - suffix.length).trimEnd()}${suffix}`;
    if (!taken.has(nameKey(candidate))) return candidate;
  }
}

/**
 * Stores the sets as groups. `codeIdOf` maps an imported node's id to the project code
 * it became (undefined: not imported); `source` names the file in warnings.
 */
export function storeImportedGroups(
  project: Project,
  changes: ChangeRecorder,
  sets: readonly ImportedSet[],
  codeIdOf: (nodeId: string) => string | undefined,
  warnings: string[],
  source: string,
): GroupImportResult {
  const result: GroupImportResult = { created: 0, matched: 0, memberships: 0 };
  if (sets.length === 0) return result;
  const existing = project.read<Existing>(
    `SELECT id, name, description FROM code_groups ORDER BY position, name, id`,
  );
  const byId = new Map(existing.map((g) => [g.id, g]));
  const byName = new Map(existing.map((g) => [nameKey(g.name), g]));
  const taken = new Set(existing.map((g) => nameKey(g.name)));
  const claimed = new Set<string>();
  let position =
    (project.readOne<{ n: number | null }>(`SELECT max(position) AS n FROM code_groups`)?.n ?? -1) +
    1;

  for (const set of sets) {
    let name = set.name.trim() || 'Unnamed set';
    if (name.length > MAX_GROUP_NAME) {
      warnings.push(
        `${source}: the group name "${name.slice(0, 40)}…" was cut to ${MAX_GROUP_NAME} characters`,
      );
      name = name.slice(0, MAX_GROUP_NAME).trim();
    }
    const byGuid = set.guid === null ? undefined : byId.get(set.guid);
    const sameName = byName.get(nameKey(name));
    const match =
      byGuid && !claimed.has(byGuid.id)
        ? byGuid
        : sameName && !claimed.has(sameName.id)
          ? sameName
          : undefined;
    let groupId: string;
    if (match) {
      groupId = match.id;
      if (!match.description && set.description)
        changes.update('code_groups', { id: groupId }, { description: set.description });
      result.matched++;
    } else {
      const free = freeName(name, taken);
      if (free !== name)
        warnings.push(`${source}: a second code group "${name}" was called "${free}"`);
      // The GUID must be free among groups and codes alike: REFI-QDA GUIDs are project-wide.
      const guidFree =
        set.guid !== null &&
        !byId.has(set.guid) &&
        project.readOne(`SELECT 1 FROM codes WHERE id = ?`, set.guid) === undefined;
      if (set.guid !== null && !guidFree)
        warnings.push(
          `${source}: code group "${free}": its GUID is already used here, so it got a new one`,
        );
      groupId = guidFree ? set.guid! : project.newId();
      changes.insert('code_groups', {
        id: groupId,
        name: free,
        description: set.description,
        position: position++,
        created_at: project.now(),
      });
      taken.add(nameKey(free));
      byId.set(groupId, { id: groupId, name: free, description: set.description });
      result.created++;
    }
    claimed.add(groupId);
    for (const nodeId of set.codeGuids) {
      const codeId = codeIdOf(nodeId);
      if (codeId === undefined) continue;
      const present = project.readOne(
        `SELECT 1 FROM code_group_members WHERE group_id = ? AND code_id = ?`,
        groupId,
        codeId,
      );
      if (present) continue;
      changes.insert('code_group_members', { group_id: groupId, code_id: codeId });
      result.memberships++;
    }
  }
  return result;
}
