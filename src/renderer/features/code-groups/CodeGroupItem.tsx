import { useState } from 'react';
import type { CodeGroup } from '@shared/api/types';
import { useT } from '../../i18n/i18n';
import { useReadOnly } from '../../stores/project-store';
import { InlineEdit } from '../documents/InlineEdit';
import { RowMenu, type MenuAction } from '../documents/RowMenu';
import { pluralKey } from '../documents/plural';
import { saveGroupName } from './group-actions';
import { useCodeGroupsStore } from './groups-store';
import './messages';

/**
 * One group in the codebook panel: a click narrows the code tree to its codes (a second
 * click shows them all again, as ATLAS.ti's code group filter does); its menu renames,
 * describes and deletes it. F2 renames, Delete deletes.
 */
export function CodeGroupItem({
  group,
  onEdit,
  onDelete,
}: {
  group: CodeGroup;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const t = useT();
  const readOnly = useReadOnly();
  const [menuOpen, setMenuOpen] = useState(false);
  const filtering = useCodeGroupsStore((s) => s.filterGroupId === group.id);
  const renaming = useCodeGroupsStore((s) => s.renamingId === group.id);
  const { setFilter, startRename } = useCodeGroupsStore.getState();
  const count = group.codeIds.length;
  const endRename = () => {
    if (useCodeGroupsStore.getState().renamingId === group.id) startRename(null);
  };

  const actions: MenuAction[] = [
    filtering
      ? { id: 'unfilter', label: t('groups.action.unfilter'), onSelect: () => setFilter(null) }
      : { id: 'filter', label: t('groups.action.filter'), onSelect: () => setFilter(group.id) },
    {
      id: 'rename',
      label: t('groups.action.rename'),
      shortcut: 'F2',
      separatorBefore: true,
      disabled: readOnly,
      onSelect: () => startRename(group.id),
    },
    { id: 'edit', label: t('groups.action.edit'), onSelect: onEdit },
    {
      id: 'delete',
      label: t('groups.action.delete'),
      shortcut: 'Del',
      separatorBefore: true,
      danger: true,
      disabled: readOnly,
      onSelect: onDelete,
    },
  ];

  return (
    <li
      className={filtering ? 'groups-item selected' : 'groups-item'}
      data-testid="group-item"
      data-name={group.name}
      onContextMenu={(e) => {
        e.preventDefault();
        setMenuOpen(true);
      }}
    >
      <span className="groups-item-icon" aria-hidden="true">
        ◈
      </span>
      {renaming ? (
        <InlineEdit
          className="codebook-rename"
          fieldKey={`group-name:${group.id}`}
          initial={group.name}
          label={t('groups.rename.label', { name: group.name })}
          testId="group-rename-input"
          emptyCode="group.empty-name"
          save={(name, session) => saveGroupName(group.id, name, session)}
          onDone={endRename}
          onCancel={endRename}
        />
      ) : (
        <button
          type="button"
          className="groups-item-name"
          aria-pressed={filtering}
          title={group.description ?? t('groups.item.title', { name: group.name })}
          data-testid="group-filter"
          onClick={() => setFilter(filtering ? null : group.id)}
          onDoubleClick={onEdit}
          onKeyDown={(e) => {
            if (readOnly) return;
            if (e.key === 'F2') startRename(group.id);
            else if (e.key === 'Delete') onDelete();
            else if (e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey)) setMenuOpen(true);
            else return;
            e.preventDefault();
          }}
        >
          {group.name}
        </button>
      )}
      <span className="groups-item-count" data-testid="group-count">
        {t(pluralKey('groups.count', count), { count })}
      </span>
      <RowMenu
        label={t('groups.menu', { name: group.name })}
        testId="group-menu"
        open={menuOpen}
        onOpenChange={setMenuOpen}
        actions={actions}
      />
    </li>
  );
}
