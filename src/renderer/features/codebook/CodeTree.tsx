import { useCallback, useRef, useState, type KeyboardEvent } from 'react';
import type { CodeListEntry } from '@shared/api/types';
import { useT } from '../../i18n/i18n';
import { useUiStore } from '../../stores/ui-store';
import { useCodebookStore } from '../../stores/codebook-store';
import { useReadOnly } from '../../stores/project-store';
import { InlineEdit } from '../documents/InlineEdit';
import type { MenuAction } from '../documents/RowMenu';
import { CodeRow } from './CodeRow';
import { visibleRows, type TreeRow } from './code-tree';
import { siblingMove, type MoveTarget } from './code-drop';
import { useCodeDrag } from './use-code-drag';
import { useCodebookView } from './codebook-view-store';
import { useSelectedCode } from './selected-code-store';
import { createNamedCode, moveCode, saveCodeName } from './codebook-actions';
import type { GroupMenuPage } from '../code-groups/group-logic';
import { useGroupMenuActions } from '../code-groups/use-group-menu';
import { useFilterGroup, useGroupsByCode, useShownCodes } from '../code-groups/use-groups';
import './messages';

export type CodeDialogKind = 'color' | 'describe' | 'move' | 'merge' | 'delete';

/** Resolves after the codebook store next changes (the reload that follows a mutation). */
function nextCodebookLoad(): Promise<void> {
  return new Promise((resolve) => {
    const unsubscribe = useCodebookStore.subscribe(() => {
      unsubscribe();
      resolve();
    });
  });
}

/** The codebook as an ARIA tree: arrow keys, F2, Delete, Alt+↑/↓, drag to move or nest. */
export function CodeTree({
  codes,
  onDialog,
}: {
  codes: readonly CodeListEntry[];
  onDialog: (kind: CodeDialogKind, code: CodeListEntry) => void;
}) {
  const t = useT();
  const view = useCodebookView();
  const { selectedCodeId, selectCode } = useSelectedCode();
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [menuFor, setMenuFor] = useState<string | null>(null);
  // A code's menu can show a page of groups to add it to or remove it from.
  const [menuPage, setMenuPage] = useState<GroupMenuPage>('main');
  const groupActions = useGroupMenuActions((id, page) => {
    setMenuFor(id);
    setMenuPage(page);
  });
  const groupsOf = useGroupsByCode();
  const filterGroup = useFilterGroup();
  const list = useRef<HTMLUListElement>(null);
  // A read-only project's codebook can be read and browsed, not changed.
  const readOnly = useReadOnly();
  const shownCodes = useShownCodes(codes);
  const rows = visibleRows(shownCodes, view.collapsed, view.filter);

  const focusRow = (id: string | undefined) => {
    if (!id) return;
    setFocusedId(id);
    list.current?.querySelector<HTMLElement>(`[data-code-id="${CSS.escape(id)}"]`)?.focus();
  };
  const move = async (id: string, target: MoveTarget) => {
    const reloaded = nextCodebookLoad();
    await moveCode(id, target);
    await reloaded;
    requestAnimationFrame(() => focusRow(id));
  };
  const drag = useCodeDrag(codes, (id, target) => void move(id, target));
  const showQuotes = (id: string) => {
    selectCode(id);
    useUiStore.getState().setView('retrieval');
  };

  const actionsFor = (code: CodeListEntry): MenuAction[] => [
    { id: 'quotes', label: t('codebook.action.quotes'), onSelect: () => showQuotes(code.id) },
    {
      id: 'rename',
      label: t('codebook.action.rename'),
      separatorBefore: true,
      shortcut: 'F2',
      disabled: readOnly,
      onSelect: () => view.startRename(code.id),
    },
    {
      id: 'child',
      label: t('codebook.action.child'),
      shortcut: 'Ins',
      disabled: readOnly,
      onSelect: () => view.startCreate({ parentId: code.id }),
    },
    {
      id: 'color',
      label: t('codebook.action.color'),
      disabled: readOnly,
      onSelect: () => onDialog('color', code),
    },
    {
      id: 'describe',
      label: t('codebook.action.describe'),
      onSelect: () => onDialog('describe', code),
    },
    ...groupActions(code, 'main'),
    {
      id: 'up',
      label: t('codebook.action.up'),
      separatorBefore: true,
      shortcut: 'Alt+↑',
      disabled: readOnly || !siblingMove(codes, code.id, -1),
      onSelect: () => void move(code.id, siblingMove(codes, code.id, -1)!),
    },
    {
      id: 'down',
      label: t('codebook.action.down'),
      shortcut: 'Alt+↓',
      disabled: readOnly || !siblingMove(codes, code.id, 1),
      onSelect: () => void move(code.id, siblingMove(codes, code.id, 1)!),
    },
    {
      id: 'move',
      label: t('codebook.action.move'),
      disabled: readOnly,
      onSelect: () => onDialog('move', code),
    },
    {
      id: 'merge',
      label: t('codebook.action.merge'),
      disabled: readOnly,
      onSelect: () => onDialog('merge', code),
    },
    {
      id: 'delete',
      label: t('codebook.action.delete'),
      separatorBefore: true,
      shortcut: 'Del',
      danger: true,
      disabled: readOnly,
      onSelect: () => onDialog('delete', code),
    },
  ];

  const onRowKey = (event: KeyboardEvent<HTMLLIElement>, row: TreeRow, index: number) => {
    if (event.target !== event.currentTarget) return;
    const { code } = row;
    const key = event.key;
    const changes =
      ['F2', 'Insert', 'Delete'].includes(key) || (event.altKey && key.startsWith('Arrow'));
    if (readOnly && changes) return;
    if (event.altKey && (key === 'ArrowUp' || key === 'ArrowDown')) {
      const target = siblingMove(codes, code.id, key === 'ArrowUp' ? -1 : 1);
      if (target) void move(code.id, target);
    } else if (key === 'ArrowDown') focusRow(rows[index + 1]?.code.id);
    else if (key === 'ArrowUp') focusRow(rows[index - 1]?.code.id);
    else if (key === 'Home') focusRow(rows[0]?.code.id);
    else if (key === 'End') focusRow(rows.at(-1)?.code.id);
    else if (key === 'ArrowRight') {
      if (row.hasChildren && !row.expanded) view.setExpanded(code.id, true);
      else if (row.expanded) focusRow(rows[index + 1]?.code.id);
    } else if (key === 'ArrowLeft') {
      if (row.expanded && !view.filter) view.setExpanded(code.id, false);
      else focusRow(code.parentId ?? undefined);
    } else if (key === 'Enter' || key === ' ') selectCode(code.id);
    else if (key === 'F2') view.startRename(code.id);
    else if (key === 'Insert') view.startCreate({ parentId: code.id });
    else if (key === 'Delete') onDialog('delete', code);
    else if (key === 'ContextMenu' || (key === 'F10' && event.shiftKey)) setMenuFor(code.id);
    else return;
    event.preventDefault();
  };

  const creating = view.creating;
  const { startCreate } = view;
  const endCreate = useCallback(() => startCreate(null), [startCreate]);
  const newCodeRow = creating && (
    <li
      role="none"
      className="codebook-row codebook-new"
      key="new-code"
      style={{
        paddingLeft: `${0.2 + (creating.parentId ? (codes.find((c) => c.id === creating.parentId)?.depth ?? -1) + 1 : 0) * 1.1}rem`,
      }}
    >
      <span className="codebook-toggle" aria-hidden="true" />
      <InlineEdit
        className="codebook-rename"
        fieldKey={`new-code:${creating.parentId ?? ''}`}
        initial=""
        label={t('codebook.create.label')}
        testId="code-create-input"
        emptyCode="code.empty-name"
        save={(name) => createNamedCode(creating.parentId, name)}
        onDone={endCreate}
        onCancel={endCreate}
      />
    </li>
  );
  // The new code's field goes after the parent's last visible descendant (or at the end).
  let insertAt = rows.length;
  if (creating?.parentId) {
    const parentIndex = rows.findIndex((r) => r.code.id === creating.parentId);
    if (parentIndex >= 0) {
      insertAt = parentIndex + 1;
      while (insertAt < rows.length && rows[insertAt]!.code.depth > rows[parentIndex]!.code.depth)
        insertAt++;
    }
  }
  const tabStop = rows.some((r) => r.code.id === focusedId)
    ? focusedId
    : rows.some((r) => r.code.id === selectedCodeId)
      ? selectedCodeId
      : (rows[0]?.code.id ?? null);
  const siblingsOf = (row: TreeRow) => rows.filter((r) => r.code.parentId === row.code.parentId);

  const items = rows.map((row, index) => {
    const siblings = siblingsOf(row);
    return (
      <CodeRow
        key={row.code.id}
        row={row}
        position={siblings.indexOf(row) + 1}
        setSize={siblings.length}
        selected={row.code.id === selectedCodeId}
        focusable={row.code.id === tabStop}
        renaming={view.renamingId === row.code.id}
        dropZone={drag.indicator?.targetId === row.code.id ? drag.indicator.zone : null}
        dragging={drag.draggedId === row.code.id}
        menuOpen={menuFor === row.code.id}
        onMenuOpenChange={(open) => {
          setMenuFor(open ? row.code.id : null);
          setMenuPage('main');
        }}
        actions={
          menuFor === row.code.id && menuPage !== 'main'
            ? groupActions(row.code, menuPage)
            : actionsFor(row.code)
        }
        groups={groupsOf.get(row.code.id)?.map((g) => g.name)}
        context={filterGroup !== null && !filterGroup.codeIds.includes(row.code.id)}
        drag={drag.rowHandlers(row)}
        onSelect={() => {
          setFocusedId(row.code.id);
          selectCode(row.code.id);
        }}
        onOpen={() => showQuotes(row.code.id)}
        onToggle={() => view.toggle(row.code.id)}
        onColor={() => onDialog('color', row.code)}
        onRename={(name, session) => saveCodeName(row.code.id, name, session)}
        onRenameEnd={() => {
          if (useCodebookView.getState().renamingId !== row.code.id) return;
          view.startRename(null);
          requestAnimationFrame(() => focusRow(row.code.id));
        }}
        onKeyDown={(event) => onRowKey(event, row, index)}
      />
    );
  });
  if (newCodeRow) items.splice(insertAt, 0, newCodeRow);

  return (
    <ul
      ref={list}
      role="tree"
      aria-label={t('codebook.heading')}
      className="codebook-tree"
      data-testid="code-tree"
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) drag.clearIndicator();
      }}
    >
      {items}
      <li
        role="none"
        className={
          drag.indicator && drag.indicator.targetId === null
            ? 'codebook-drop-end active'
            : 'codebook-drop-end'
        }
        onDragOver={drag.endHandlers.onDragOver}
        onDragLeave={drag.endHandlers.onDragLeave}
        onDrop={drag.endHandlers.onDrop}
      />
    </ul>
  );
}
