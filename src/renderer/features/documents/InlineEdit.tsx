import { useEffect } from 'react';
import { useAutosavedField } from '../../autosave/use-autosaved-field';
import { FieldState } from '../../autosave/FieldState';

/**
 * A text field that replaces a name while renaming (or naming a new code). Enter, leaving
 * the field, a view change and closing the window save it; Escape cancels, as it does in
 * Finder, Explorer, NVivo and MAXQDA. A refused name (empty, already taken) stays in the
 * field with the reason beside it. An unchanged name saves nothing and just closes.
 */
export function InlineEdit({
  fieldKey,
  initial,
  label,
  save,
  emptyCode,
  onDone,
  onCancel,
  testId,
  className,
}: {
  /** What is being named, e.g. `code-name:<id>`. */
  fieldKey: string;
  initial: string;
  label: string;
  /** Stores the trimmed name; rejects when the core refuses it. */
  save: (name: string, editSession: string) => Promise<void>;
  /** The message code shown for an empty name. */
  emptyCode: string;
  /** The name is stored (or unchanged): the field closes. */
  onDone: () => void;
  onCancel: () => void;
  testId?: string;
  className?: string;
}) {
  const field = useAutosavedField({
    key: fieldKey,
    stored: initial,
    // A name is saved when finished, never half-typed.
    delayMs: null,
    equals: (a, b) => a.trim() === b.trim(),
    validate: (value) => (value.trim() ? null : emptyCode),
    save: (value, session) => save(value.trim(), session),
  });
  const { savedOnce, status } = field;
  // Saved from outside the field too (a view change): then it is done as well.
  useEffect(() => {
    if (savedOnce && status === 'saved') onDone();
  }, [savedOnce, status, onDone]);
  const commit = () => void field.end().then((saved) => saved && onDone());

  return (
    <span className="inline-edit">
      <input
        className={className}
        aria-label={label}
        aria-invalid={status === 'failed' || undefined}
        data-testid={testId}
        value={field.value}
        readOnly={field.readOnly}
        autoFocus
        onFocus={(e) => e.currentTarget.select()}
        onChange={(e) => field.change(e.target.value)}
        onBlur={commit}
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            field.discard();
            onCancel();
          }
        }}
      />
      <FieldState field={field} errorsOnly testId={testId && `${testId}-error`} />
    </span>
  );
}
