import { useRef, useState, type InputHTMLAttributes } from 'react';
import { useAutosavedField } from '../../autosave/use-autosaved-field';
import { FieldState } from '../../autosave/FieldState';

/**
 * A table cell that shows its text (wrapping, so narrow columns stay legible) and turns into
 * a field on click, Enter or F2. It saves as it is typed, and at once on Enter, Escape or
 * leaving it; a refused text keeps the field open with the reason under it.
 */
export function EditableCell({
  fieldKey,
  value,
  label,
  save,
  validate,
  testId,
  inputMode,
  emptyText = '—',
  warn = false,
  describedBy,
}: {
  /** What the cell edits, e.g. `speaker:<id>:name`. */
  fieldKey: string;
  value: string;
  label: string;
  /** Stores the text; rejects when the core refuses it. */
  save: (draft: string, editSession: string) => Promise<void>;
  /** A message code when the text must not be saved as it is (e.g. an empty label). */
  validate?: (draft: string) => string | null;
  testId?: string;
  inputMode?: InputHTMLAttributes<HTMLInputElement>['inputMode'];
  /** Shown (muted) while the cell is empty. */
  emptyText?: string;
  /** Marks a cell that needs filling in. */
  warn?: boolean;
  describedBy?: string;
}) {
  const [open, setOpen] = useState(false);
  const display = useRef<HTMLButtonElement>(null);
  const field = useAutosavedField({ key: fieldKey, stored: value, save, validate });
  // Unsaved or refused text (also from before a view change) is shown in its field.
  const editing = open || field.status === 'failed' || field.status === 'pending';

  const finish = (refocus: boolean) =>
    void field.end().then((saved) => {
      if (!saved) return;
      setOpen(false);
      if (refocus) requestAnimationFrame(() => display.current?.focus());
    });

  if (editing) {
    return (
      <span className="speakers-cell-edit">
        <input
          className="speakers-cell-input"
          aria-label={label}
          aria-invalid={field.status === 'failed' || undefined}
          data-testid={testId}
          inputMode={inputMode}
          value={field.value}
          readOnly={field.readOnly}
          autoFocus
          onFocus={(e) => e.currentTarget.select()}
          onChange={(e) => field.change(e.target.value)}
          onBlur={() => finish(false)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' || e.key === 'Escape') {
              e.preventDefault();
              finish(true);
            }
          }}
        />
        <FieldState field={field} errorsOnly testId={testId && `${testId}-error`} />
      </span>
    );
  }
  const shown = field.value;
  return (
    <button
      ref={display}
      type="button"
      className={warn ? 'speakers-cell-text speakers-cell-warn' : 'speakers-cell-text'}
      aria-label={`${label}: ${shown || emptyText}`}
      aria-describedby={describedBy}
      data-testid={testId}
      onClick={() => setOpen(true)}
      onKeyDown={(e) => {
        if (e.key === 'F2') {
          e.preventDefault();
          setOpen(true);
        }
      }}
    >
      {shown || <span className="speakers-cell-empty">{emptyText}</span>}
    </button>
  );
}
