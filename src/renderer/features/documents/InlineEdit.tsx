import { useRef, useState } from 'react';

/**
 * A text field that replaces a name while renaming: Enter or leaving the field commits,
 * Escape cancels. An unchanged or empty value commits nothing.
 */
export function InlineEdit({
  initial,
  label,
  onCommit,
  onCancel,
  testId,
  className,
}: {
  initial: string;
  label: string;
  onCommit: (value: string) => void;
  onCancel: () => void;
  testId?: string;
  className?: string;
}) {
  const [draft, setDraft] = useState(initial);
  const settled = useRef(false);
  const commit = () => {
    if (settled.current) return;
    settled.current = true;
    const value = draft.trim();
    if (value && value !== initial) onCommit(value);
    else onCancel();
  };
  return (
    <input
      className={className}
      aria-label={label}
      data-testid={testId}
      value={draft}
      autoFocus
      onFocus={(e) => e.currentTarget.select()}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onClick={(e) => e.stopPropagation()}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter') {
          e.preventDefault();
          commit();
        } else if (e.key === 'Escape') {
          e.preventDefault();
          settled.current = true;
          onCancel();
        }
      }}
    />
  );
}
