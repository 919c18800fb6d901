import type { DragEvent, KeyboardEvent, MouseEvent } from 'react';
import { ColorSwatch } from '../../ui/ColorSwatch';
import { useT } from '../../i18n/i18n';
import { InlineEdit } from '../documents/InlineEdit';
import { RowMenu, type MenuAction } from '../documents/RowMenu';
import type { TreeRow } from './code-tree';
import type { DropZone } from './code-drop';
import './messages';
import '../code-groups/messages';

export interface RowDragHandlers {
  onDragStart(event: DragEvent<HTMLLIElement>): void;
  onDragOver(event: DragEvent<HTMLLIElement>): void;
  onDrop(event: DragEvent<HTMLLIElement>): void;
  onDragEnd(): void;
}

function HighlightedName({ name, match }: { name: string; match: TreeRow['match'] }) {
  if (!match) return <>{name}</>;
  return (
    <>
      {name.slice(0, match[0])}
      <mark>{name.slice(match[0], match[1])}</mark>
      {name.slice(match[1])}
    </>
  );
}

/** One code in the tree: toggle, colour, name (or its rename field), count and menu. */
export function CodeRow({
  row,
  position,
  setSize,
  selected,
  focusable,
  renaming,
  dropZone,
  dragging,
  menuOpen,
  onMenuOpenChange,
  actions,
  drag,
  onSelect,
  onOpen,
  onToggle,
  onColor,
  onRename,
  onRenameEnd,
  onKeyDown,
  groups = [],
  context = false,
}: {
  row: TreeRow;
  position: number;
  setSize: number;
  selected: boolean;
  focusable: boolean;
  renaming: boolean;
  dropZone: DropZone | null;
  dragging: boolean;
  menuOpen: boolean;
  onMenuOpenChange: (open: boolean) => void;
  actions: MenuAction[];
  drag: RowDragHandlers;
  onSelect: () => void;
  onOpen: () => void;
  onToggle: () => void;
  onColor: () => void;
  /** Stores a new name; rejects when refused (the rename box keeps it and says why). */
  onRename: (name: string, editSession: string) => Promise<void>;
  onRenameEnd: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLLIElement>) => void;
  /** Names of the code groups it is in (shown as a sign with them in its tooltip). */
  groups?: readonly string[];
  /** Shown only because codes of the filtering group lie below it. */
  context?: boolean;
}) {
  const t = useT();
  const { code, hasChildren, expanded, match } = row;
  const aggregate = hasChildren && !expanded;
  const count = aggregate ? code.totalCodingCount : code.codingCount;
  const classes = ['codebook-row'];
  if (selected) classes.push('selected');
  if (dragging) classes.push('dragging');
  if (dropZone) classes.push(`drop-${dropZone}`);
  if (context) classes.push('context');
  const stop = (event: MouseEvent) => event.stopPropagation();

  return (
    <li
      role="treeitem"
      aria-level={code.depth + 1}
      aria-posinset={position}
      aria-setsize={setSize}
      aria-expanded={hasChildren ? expanded : undefined}
      aria-selected={selected}
      aria-label={code.name}
      tabIndex={focusable ? 0 : -1}
      className={classes.join(' ')}
      style={{ paddingLeft: `${0.2 + code.depth * 1.1}rem` }}
      data-testid="code-row"
      data-code-id={code.id}
      data-path={code.path.join('/')}
      draggable={!renaming}
      onDragStart={drag.onDragStart}
      onDragOver={drag.onDragOver}
      onDrop={drag.onDrop}
      onDragEnd={drag.onDragEnd}
      onClick={onSelect}
      onDoubleClick={onOpen}
      onContextMenu={(e) => {
        e.preventDefault();
        onSelect();
        onMenuOpenChange(true);
      }}
      onKeyDown={onKeyDown}
    >
      {hasChildren ? (
        <button
          type="button"
          className="codebook-toggle"
          tabIndex={-1}
          aria-hidden="true"
          data-testid="code-toggle"
          onClick={(e) => {
            stop(e);
            onToggle();
          }}
        >
          {expanded ? '▾' : '▸'}
        </button>
      ) : (
        <span className="codebook-toggle" aria-hidden="true" />
      )}
      <button
        type="button"
        className="codebook-swatch"
        tabIndex={-1}
        title={t('codebook.action.color')}
        aria-label={t('codebook.color.of', { name: code.name })}
        onClick={(e) => {
          stop(e);
          onColor();
        }}
      >
        <ColorSwatch color={code.color} />
      </button>
      {renaming ? (
        <InlineEdit
          className="codebook-rename"
          fieldKey={`code-name:${code.id}`}
          initial={code.name}
          label={t('codebook.rename.label', { name: code.name })}
          testId="code-rename-input"
          emptyCode="code.empty-name"
          save={onRename}
          onDone={onRenameEnd}
          onCancel={onRenameEnd}
        />
      ) : (
        <span className="codebook-name" title={code.definition ?? undefined}>
          <HighlightedName name={code.name} match={match} />
        </span>
      )}
      {groups.length > 0 && (
        <span
          className="codebook-groups"
          title={t('groups.badge.title', { groups: groups.join(', ') })}
          aria-label={t('groups.badge.label', { count: groups.length, groups: groups.join(', ') })}
          data-testid="code-groups"
        >
          ◈
        </span>
      )}
      <span
        className={aggregate ? 'codebook-count aggregate' : 'codebook-count'}
        title={t('codebook.count.title', { own: code.codingCount, total: code.totalCodingCount })}
        data-testid="code-count"
      >
        {count}
      </span>
      <RowMenu
        label={t('codebook.menu', { name: code.name })}
        testId="code-menu"
        open={menuOpen}
        onOpenChange={onMenuOpenChange}
        tabbable={focusable}
        actions={actions}
      />
    </li>
  );
}
