import { useId } from 'react';
import { Modal } from '../../ui/Modal';
import { useT } from '../../i18n/i18n';
import { useMemoDraft, type MemoKind } from './memo-draft';
import './messages';

/** A memo on a document (or a code): free text the researcher keeps beside it. */
export function MemoDialog({
  kind,
  targetId,
  title,
  onClose,
}: {
  kind: MemoKind;
  targetId: string;
  title: string;
  onClose: () => void;
}) {
  const t = useT();
  const memo = useMemoDraft(kind, targetId);
  const fieldId = useId();
  return (
    <Modal title={title} onClose={onClose}>
      <form
        className="documents-dialog"
        onSubmit={(e) => {
          e.preventDefault();
          void memo.save().then((ok) => ok && onClose());
        }}
      >
        <label htmlFor={fieldId} className="documents-dialog-label">
          {t('documents.memo.label')}
        </label>
        <textarea
          id={fieldId}
          className="documents-memo-text"
          data-testid="memo-text"
          rows={10}
          value={memo.text}
          disabled={!memo.loaded}
          onChange={(e) => memo.setText(e.target.value)}
        />
        <div className="documents-dialog-buttons">
          <button type="button" onClick={onClose}>
            {t('documents.cancel')}
          </button>
          <button type="submit" className="primary" disabled={!memo.loaded} data-testid="memo-save">
            {t('documents.memo.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
