import { useId } from 'react';
import { Modal } from '../../ui/Modal';
import { useT } from '../../i18n/i18n';
import { FieldState } from '../../autosave/FieldState';
import '../../autosave/messages';
import { useMemoField, type MemoKind } from './memo-draft';
import './messages';

/**
 * A memo on a document (or a code): free text the researcher keeps beside it. It saves as
 * it is typed; closing the dialog (button or Escape) saves what is left.
 */
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
  const memo = useMemoField(kind, targetId);
  const fieldId = useId();
  return (
    <Modal title={title} onClose={onClose}>
      <div className="documents-dialog">
        <div className="documents-dialog-label-row">
          <label htmlFor={fieldId} className="documents-dialog-label">
            {t('documents.memo.label')}
          </label>
          <FieldState field={memo} testId="memo-state" />
        </div>
        <textarea
          id={fieldId}
          className="documents-memo-text"
          data-testid="memo-text"
          rows={10}
          value={memo.value}
          disabled={!memo.loaded}
          readOnly={memo.readOnly}
          onChange={(e) => memo.change(e.target.value)}
          onBlur={() => void memo.end()}
        />
        <div className="documents-dialog-buttons">
          <span className="autosave-hint">{t('autosave.hint')}</span>
          <button type="button" className="primary" onClick={onClose} data-testid="memo-close">
            {t('documents.close')}
          </button>
        </div>
      </div>
    </Modal>
  );
}
