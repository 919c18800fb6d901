import { useState } from 'react';
import { useT } from '../i18n/i18n';
import { useProjectStore } from '../stores/project-store';
import { useAutosavedField } from '../autosave/use-autosaved-field';
import { FieldState } from '../autosave/FieldState';
import './shell-messages';

/**
 * The current coder, always visible; click to change it. The name is saved when the box
 * is left (Enter, Escape, blur, view change, window close), not while typing: every name
 * sent becomes a coder of the project, so half-typed names must not be.
 */
export function CoderBox({ current }: { current: string }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const field = useAutosavedField({
    key: 'current-coder',
    stored: current,
    delayMs: null,
    equals: (a, b) => a.trim() === b.trim(),
    validate: (value) => (value.trim() ? null : 'coder.empty-name'),
    save: (value) => useProjectStore.getState().setCoder(value.trim()),
  });
  // A name the core refused stays in the box with the reason.
  const editing = open || field.status === 'failed';
  const finish = () => void field.end().then((saved) => saved && setOpen(false));

  return (
    <div className="topbar-coder">
      <span>{t('shell.coder')}:</span>
      {editing ? (
        <>
          <input
            aria-label={t('shell.coder')}
            data-testid="coder-input"
            autoFocus
            value={field.value}
            readOnly={field.readOnly}
            onChange={(e) => field.change(e.target.value)}
            onBlur={finish}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === 'Escape') {
                e.preventDefault();
                finish();
              }
            }}
          />
          <FieldState field={field} errorsOnly />
        </>
      ) : (
        <button
          type="button"
          className="link-button"
          data-testid="current-coder"
          title={t('shell.coder.change')}
          disabled={field.readOnly}
          onClick={() => setOpen(true)}
        >
          {current}
        </button>
      )}
    </div>
  );
}
