import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../i18n/i18n';
import './messages';

/** Puts `text` on the clipboard: the Clipboard API, else the selection (no permission needed). */
async function copyText(text: string, field: HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    field?.select();
    return document.execCommand('copy');
  }
}

/** A command to run in a terminal: selectable in full, and copied with one click. */
export function CopyableCommand({ command, label }: { command: string; label: string }) {
  const t = useT();
  const id = useId();
  const field = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 2000);
    return () => clearTimeout(timer);
  }, [copied]);
  return (
    <div className="status-command">
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input
        id={id}
        ref={field}
        readOnly
        value={command}
        spellCheck={false}
        data-testid="restore-command"
        onFocus={(e) => e.currentTarget.select()}
      />
      <button
        type="button"
        data-testid="restore-command-copy"
        onClick={() => void copyText(command, field.current).then(setCopied)}
      >
        {copied ? `✓ ${t('status.copied')}` : t('status.copy')}
      </button>
    </div>
  );
}
