/** The groups as the code tree needs them: memberships per code, and the group filter. */
import { useMemo } from 'react';
import type { CodeGroup, CodeListEntry } from '@shared/api/types';
import { groupsByCode, narrowToGroup } from './group-logic';
import { useCodeGroupsStore } from './groups-store';

/** The group narrowing the code tree, if any. */
export function useFilterGroup(): CodeGroup | null {
  return useCodeGroupsStore((s) => s.groups.find((g) => g.id === s.filterGroupId) ?? null);
}

/** The codes the tree shows: all of them, or a group's with the codes they lie under. */
export function useShownCodes(codes: readonly CodeListEntry[]): readonly CodeListEntry[] {
  const group = useFilterGroup();
  return useMemo(() => (group ? narrowToGroup(codes, group.codeIds) : codes), [codes, group]);
}

export function useGroupsByCode(): Map<string, CodeGroup[]> {
  const groups = useCodeGroupsStore((s) => s.groups);
  return useMemo(() => groupsByCode(groups), [groups]);
}
