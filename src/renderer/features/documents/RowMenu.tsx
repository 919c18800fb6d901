import { useEffect, useRef } from 'react';

export interface MenuAction {
  id: string;
  label: string;
  onSelect: () => void;
  danger?: boolean;
  disabled?: boolean;
  /** Shown after the label, e.g. "F2". */
  shortcut?: string;
  /** Starts a new group of actions. */
  separatorBefore?: boolean;
}

/**
 * The "⋯" button of a list row and its menu of actions. Controlled, so a row can also open
 * it from the context-menu key or a right click. Arrow keys move, Escape closes.
 */
export function RowMenu({
  label,
  actions,
  open,
  onOpenChange,
  testId,
  tabbable = true,
}: {
  label: string;
  actions: MenuAction[];
  open: boolean;
  onOpenChange: (open: boolean) => void;
  testId: string;
  tabbable?: boolean;
}) {
  const wrapper = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    wrapper.current?.querySelector<HTMLButtonElement>('[role="menuitem"]:not(:disabled)')?.focus();
    const onPointer = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) onOpenChange(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open, onOpenChange]);

  const moveFocus = (delta: number) => {
    const items = [
      ...(wrapper.current?.querySelectorAll<HTMLButtonElement>(
        '[role="menuitem"]:not(:disabled)',
      ) ?? []),
    ];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    items[(at + delta + items.length) % items.length]?.focus();
  };

  return (
    <div className="rowmenu" ref={wrapper}>
      <button
        ref={trigger}
        type="button"
        className="rowmenu-trigger"
        aria-label={label}
        title={label}
        aria-haspopup="menu"
        aria-expanded={open}
        tabIndex={tabbable ? 0 : -1}
        data-testid={testId}
        onClick={(e) => {
          e.stopPropagation();
          onOpenChange(!open);
        }}
        onKeyDown={(e) => e.stopPropagation()}
      >
        ⋯
      </button>
      {open && (
        <div
          className="rowmenu-list"
          role="menu"
          aria-label={label}
          onClick={(e) => e.stopPropagation()}
          onKeyDown={(e) => {
            e.stopPropagation();
            if (e.key === 'ArrowDown') moveFocus(1);
            else if (e.key === 'ArrowUp') moveFocus(-1);
            else if (e.key === 'Escape' || e.key === 'Tab') {
              e.preventDefault();
              onOpenChange(false);
              trigger.current?.focus();
              return;
            } else return;
            e.preventDefault();
          }}
        >
          {actions.map((action) => [
            action.separatorBefore && (
              <hr key={`${action.id}-separator`} className="rowmenu-separator" aria-hidden="true" />
            ),
            <button
              key={action.id}
              type="button"
              role="menuitem"
              tabIndex={-1}
              className={action.danger ? 'rowmenu-item danger' : 'rowmenu-item'}
              disabled={action.disabled}
              data-testid={`${testId}-${action.id}`}
              onClick={() => {
                onOpenChange(false);
                action.onSelect();
              }}
            >
              <span>{action.label}</span>
              {action.shortcut && <kbd className="rowmenu-shortcut">{action.shortcut}</kbd>}
            </button>,
          ])}
        </div>
      )}
    </div>
  );
}
