import type { ReactNode } from 'react';
import { Modal } from '../../ui/Modal';
import { useT } from '../../i18n/i18n';
import './messages';

/** Asks before a destructive action; the body says what goes with it. */
export function ConfirmDialog({
  title,
  confirmLabel,
  busy = false,
  onConfirm,
  onClose,
  children,
}: {
  title: string;
  confirmLabel: string;
  /** While the facts are loading or the action runs, confirming is disabled. */
  busy?: boolean;
  onConfirm: () => void;
  onClose: () => void;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <Modal title={title} onClose={onClose}>
      <div className="documents-dialog" aria-live="polite">
        {children}
      </div>
      <div className="documents-dialog-buttons">
        <button type="button" onClick={onClose} autoFocus>
          {t('documents.cancel')}
        </button>
        <button
          type="button"
          className="danger"
          disabled={busy}
          data-testid="confirm-action"
          onClick={onConfirm}
        >
          {confirmLabel}
        </button>
      </div>
    </Modal>
  );
}
