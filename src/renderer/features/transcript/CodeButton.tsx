/** The floating "Code…" button just below the end of the selection. */
import { useT } from '../../i18n/i18n';
import { useLayoutStore } from './layout-store';
import { useReadOnly } from '../../stores/project-store';

export function CodeButton({ onOpen }: { onOpen: () => void }) {
  const t = useT();
  const position = useLayoutStore((s) => s.codeButton);
  // Nothing can be coded in a read-only project; the text can still be selected and copied.
  const readOnly = useReadOnly();
  if (!position || readOnly) return null;
  return (
    <button
      type="button"
      className="transcript-code-button"
      style={{ top: position.top, left: position.left }}
      title={t('transcript.code.button.title')}
      // Keep the text selection: a mousedown on a button would collapse it.
      onMouseDown={(e) => e.preventDefault()}
      onClick={(e) => {
        e.stopPropagation();
        onOpen();
      }}
      data-testid="code-selection-button"
    >
      {t('transcript.code.button')}
    </button>
  );
}

/** A caret for read-only text, so keyboard users see where Shift+arrows start. */
export function ReadOnlyCaret() {
  const caret = useLayoutStore((s) => s.caret);
  if (!caret) return null;
  return (
    <div
      className="transcript-caret"
      style={{ top: caret.top, left: caret.left, height: caret.height }}
      aria-hidden
    />
  );
}
