import { useRef, useState, type InputHTMLAttributes } from 'react';

/**
 * A table cell that shows its text (wrapping, so narrow columns stay legible) and turns into
 * a field on click, Enter or F2. Leaving the field or Enter sends the edit; Escape drops it.
 * A refused edit falls back to the stored value.
 */
export function EditableCell({
  value,
  label,
  onCommit,
  testId,
  inputMode,
  emptyText = '—',
  warn = false,
  describedBy,
}: {
  value: string;
  label: string;
  /** Resolves false when the change was refused. */
  onCommit: (draft: string) => Promise<boolean>;
  testId?: string;
  inputMode?: InputHTMLAttributes<HTMLInputElement>['inputMode'];
  /** Shown (muted) while the cell is empty. */
  emptyText?: string;
  /** Marks a cell that needs filling in. */
  warn?: boolean;
  describedBy?: string;
}) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(value);
  /** The edit on its way to the core, shown until the stored value catches up. */
  const [sent, setSent] = useState<string | null>(null);
  const [stored, setStored] = useState(value);
  const display = useRef<HTMLButtonElement>(null);
  if (stored !== value) {
    setStored(value);
    setSent(null);
  }

  const finish = (commit: boolean, refocus: boolean) => {
    setEditing(false);
    if (refocus) requestAnimationFrame(() => display.current?.focus());
    if (!commit || draft === value) return;
    setSent(draft);
    void onCommit(draft).then((ok) => {
      if (!ok) setSent(null);
    });
  };

  if (editing) {
    return (
      <input
        className="speakers-cell-input"
        aria-label={label}
        data-testid={testId}
        inputMode={inputMode}
        value={draft}
        autoFocus
        onFocus={(e) => e.currentTarget.select()}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => finish(true, false)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            finish(true, true);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            finish(false, true);
          }
        }}
      />
    );
  }
  const shown = sent ?? value;
  return (
    <button
      ref={display}
      type="button"
      className={warn ? 'speakers-cell-text speakers-cell-warn' : 'speakers-cell-text'}
      aria-label={`${label}: ${shown || emptyText}`}
      aria-describedby={describedBy}
      data-testid={testId}
      onClick={() => {
        setDraft(shown);
        setEditing(true);
      }}
      onKeyDown={(e) => {
        if (e.key === 'F2') {
          e.preventDefault();
          setDraft(shown);
          setEditing(true);
        }
      }}
    >
      {shown || <span className="speakers-cell-empty">{emptyText}</span>}
    </button>
  );
}
