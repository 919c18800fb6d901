/**
 * What the codebook panel derives from the groups: which groups a code is in, the codes a
 * group filter leaves in the tree, and the group entries of a code's menu.
 */
import type { CodeGroup, CodeListEntry } from '@shared/api/types';

/** Code id → the groups it is in, in the groups' order. */
export function groupsByCode(groups: readonly CodeGroup[]): Map<string, CodeGroup[]> {
  const byCode = new Map<string, CodeGroup[]>();
  for (const group of groups)
    for (const codeId of group.codeIds) {
      const list = byCode.get(codeId);
      if (list) list.push(group);
      else byCode.set(codeId, [group]);
    }
  return byCode;
}

/**
 * The codes a group filter shows: the group's codes and, so the tree keeps its shape, the
 * codes they lie under (shown as context). Codebook order is kept.
 */
export function narrowToGroup<C extends Pick<CodeListEntry, 'id' | 'parentId'>>(
  codes: readonly C[],
  memberIds: readonly string[],
): C[] {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const keep = new Set<string>();
  for (const id of memberIds)
    for (let at = byId.get(id); at && !keep.has(at.id);) {
      keep.add(at.id);
      at = at.parentId === null ? undefined : byId.get(at.parentId);
    }
  return codes.filter((c) => keep.has(c.id));
}

/** Which part of a code's menu is showing: its own actions, or a list of groups to pick. */
export type GroupMenuPage = 'main' | 'add' | 'remove';

/** A group entry of a code's menu, worded by the component from `label` and `params`. */
export interface GroupMenuEntry {
  id: string;
  label: string;
  params?: Record<string, string>;
  /** What choosing it does. */
  does:
    | { kind: 'page'; page: GroupMenuPage }
    | { kind: 'add'; groupId: string }
    | { kind: 'remove'; groupId: string }
    | { kind: 'new' }
    | { kind: 'none' };
  separatorBefore?: boolean;
}

/**
 * The group entries for `code`'s menu. On the main page: "Add to group ▸" (or straight to
 * naming a new group when there is none) and "Remove from group" (▸ when it is in more
 * than one). The add and remove pages list the groups to pick, under a heading that says
 * what picking does.
 */
export function groupMenuEntries(
  code: Pick<CodeListEntry, 'id' | 'name'>,
  groups: readonly CodeGroup[],
  page: GroupMenuPage,
): GroupMenuEntry[] {
  const memberOf = groups.filter((g) => g.codeIds.includes(code.id));
  const others = groups.filter((g) => !g.codeIds.includes(code.id));
  if (page === 'add')
    return [
      {
        id: 'group-heading',
        label: 'groups.menu.addHeading',
        params: { name: code.name },
        does: { kind: 'none' },
      },
      ...others.map((g) => ({
        id: `group-add-${g.id}`,
        label: 'groups.menu.group',
        params: { group: g.name },
        does: { kind: 'add' as const, groupId: g.id },
      })),
      {
        id: 'group-new',
        label: 'groups.menu.new',
        does: { kind: 'new' },
        separatorBefore: others.length > 0,
      },
    ];
  if (page === 'remove')
    return [
      {
        id: 'group-heading',
        label: 'groups.menu.removeHeading',
        params: { name: code.name },
        does: { kind: 'none' },
      },
      ...memberOf.map((g) => ({
        id: `group-remove-${g.id}`,
        label: 'groups.menu.group',
        params: { group: g.name },
        does: { kind: 'remove' as const, groupId: g.id },
      })),
    ];
  const entries: GroupMenuEntry[] = [
    groups.length === 0
      ? {
          id: 'group-add',
          label: 'groups.menu.newWith',
          does: { kind: 'new' },
          separatorBefore: true,
        }
      : {
          id: 'group-add',
          label: 'groups.menu.add',
          does: { kind: 'page', page: 'add' },
          separatorBefore: true,
        },
  ];
  if (memberOf.length === 1)
    entries.push({
      id: 'group-remove',
      label: 'groups.menu.removeFrom',
      params: { group: memberOf[0]!.name },
      does: { kind: 'remove', groupId: memberOf[0]!.id },
    });
  else if (memberOf.length > 1)
    entries.push({
      id: 'group-remove',
      label: 'groups.menu.remove',
      does: { kind: 'page', page: 'remove' },
    });
  return entries;
}
