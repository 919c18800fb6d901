import { useEffect, useState } from 'react';
import { useT } from '../../i18n/i18n';
import { useCodebookStore } from '../../stores/codebook-store';
import { useReadOnly } from '../../stores/project-store';
import { InlineEdit } from '../documents/InlineEdit';
import { CodeGroupItem } from './CodeGroupItem';
import { DeleteGroupDialog } from './DeleteGroupDialog';
import { GroupDialog } from './GroupDialog';
import { createNamedGroup, deleteGroup } from './group-actions';
import { useCodeGroupsStore } from './groups-store';
import { useFilterGroup } from './use-groups';
import './messages';
import './code-groups.css';

/**
 * The code groups in the codebook panel (ATLAS.ti's code groups, MAXQDA's code sets): a
 * foldable list with each group's code count, naming a new group, and the dialogs to
 * describe or delete one. Deleting an empty group asks nothing (it can be undone).
 */
export function CodeGroupsSection() {
  const t = useT();
  const readOnly = useReadOnly();
  const groups = useCodeGroupsStore((s) => s.groups);
  const open = useCodeGroupsStore((s) => s.open);
  const creating = useCodeGroupsStore((s) => s.creating);
  const codes = useCodebookStore((s) => s.codes);
  const [dialog, setDialog] = useState<{ kind: 'edit' | 'delete'; groupId: string } | null>(null);
  const { setOpen, startCreate } = useCodeGroupsStore.getState();
  const group = dialog && groups.find((g) => g.id === dialog.groupId);
  const close = () => setDialog(null);
  const endCreate = () => startCreate(null);
  const withCode =
    creating?.codeIds.length === 1 ? codes.find((c) => c.id === creating.codeIds[0]) : undefined;

  useEffect(() => void useCodeGroupsStore.getState().load(), []);

  const remove = (id: string) => {
    const target = groups.find((g) => g.id === id);
    if (!target) return;
    if (target.codeIds.length > 0) setDialog({ kind: 'delete', groupId: id });
    else void deleteGroup(target.id, target.name);
  };

  return (
    <section
      className="groups-section"
      aria-labelledby="groups-heading"
      data-testid="groups-section"
    >
      <div className="groups-header">
        <h3 id="groups-heading" className="groups-heading">
          <button
            type="button"
            className="groups-toggle"
            aria-expanded={open}
            title={t('groups.toggle')}
            data-testid="groups-toggle"
            onClick={() => setOpen(!open)}
          >
            <span className="groups-toggle-mark" aria-hidden="true">
              {open ? '▾' : '▸'}
            </span>
            {t('groups.heading')} <span className="codebook-total">{groups.length}</span>
          </button>
        </h3>
        <button
          type="button"
          className="groups-create"
          disabled={readOnly}
          title={t('groups.create.title')}
          data-testid="group-create"
          onClick={() => startCreate({ codeIds: [] })}
        >
          {t('groups.create.button')}
        </button>
      </div>
      {open && (
        <>
          {groups.length === 0 && !creating && <p className="codebook-hint">{t('groups.empty')}</p>}
          <ul className="groups-list" aria-labelledby="groups-heading" data-testid="groups-list">
            {groups.map((g) => (
              <CodeGroupItem
                key={g.id}
                group={g}
                onEdit={() => setDialog({ kind: 'edit', groupId: g.id })}
                onDelete={() => remove(g.id)}
              />
            ))}
            {creating && (
              <li className="groups-item groups-new">
                <span className="groups-item-icon" aria-hidden="true">
                  ◈
                </span>
                <InlineEdit
                  className="codebook-rename"
                  fieldKey={`new-group:${creating.codeIds.join(',')}`}
                  initial=""
                  label={t('groups.create.label')}
                  testId="group-create-input"
                  emptyCode="group.empty-name"
                  save={(name) => createNamedGroup(name, creating.codeIds)}
                  onDone={endCreate}
                  onCancel={endCreate}
                />
                {withCode && (
                  <span className="groups-new-with">
                    {t('groups.create.with', { name: withCode.name })}
                  </span>
                )}
              </li>
            )}
          </ul>
        </>
      )}
      {group && dialog.kind === 'edit' && <GroupDialog group={group} onClose={close} />}
      {group && dialog.kind === 'delete' && (
        <DeleteGroupDialog
          group={group}
          onClose={close}
          onConfirm={() => {
            close();
            void deleteGroup(group.id, group.name);
          }}
        />
      )}
    </section>
  );
}

/** Above the code tree while a group narrows it: which group, and the way back to all codes. */
export function GroupFilterNote() {
  const t = useT();
  const group = useFilterGroup();
  if (!group) return null;
  return (
    <p className="groups-filter-note" role="status" data-testid="group-filter-note">
      <span>
        {t(group.codeIds.length > 0 ? 'groups.filter.showing' : 'groups.filter.empty', {
          name: group.name,
        })}
      </span>{' '}
      <button
        type="button"
        className="link-button"
        data-testid="group-filter-clear"
        onClick={() => useCodeGroupsStore.getState().setFilter(null)}
      >
        {t('groups.filter.clear')}
      </button>
    </p>
  );
}
