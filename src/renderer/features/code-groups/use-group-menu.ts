/** The group entries of a code's menu in the code tree, as menu actions (see groupMenuEntries). */
import type { CodeListEntry } from '@shared/api/types';
import { useT } from '../../i18n/i18n';
import { useReadOnly } from '../../stores/project-store';
import type { MenuAction } from '../documents/RowMenu';
import { addCodeToGroup, removeCodeFromGroup } from './group-actions';
import { groupMenuEntries, type GroupMenuPage } from './group-logic';
import { useCodeGroupsStore } from './groups-store';
import './messages';

/** `openPage` shows another page of the same code's menu (the menu stays open). */
export function useGroupMenuActions(
  openPage: (codeId: string, page: GroupMenuPage) => void,
): (code: CodeListEntry, page: GroupMenuPage) => MenuAction[] {
  const t = useT();
  const readOnly = useReadOnly();
  const groups = useCodeGroupsStore((s) => s.groups);
  return (code, page) =>
    groupMenuEntries(code, groups, page).map((entry) => {
      const { does } = entry;
      const group =
        does.kind === 'add' || does.kind === 'remove'
          ? groups.find((g) => g.id === does.groupId)
          : undefined;
      return {
        id: entry.id,
        label: t(entry.label, entry.params),
        separatorBefore: entry.separatorBefore,
        disabled: does.kind === 'none' || readOnly,
        onSelect: () => {
          if (does.kind === 'page') openPage(code.id, does.page);
          else if (does.kind === 'new')
            useCodeGroupsStore.getState().startCreate({ codeIds: [code.id] });
          else if (does.kind === 'add' && group) void addCodeToGroup(group, code);
          else if (does.kind === 'remove' && group) void removeCodeFromGroup(group, code);
        },
      };
    });
}
