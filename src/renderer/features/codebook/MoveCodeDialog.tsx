import { useId, useState } from 'react';
import type { CodeListEntry } from '@shared/api/types';
import { Modal } from '../../ui/Modal';
import { useT } from '../../i18n/i18n';
import { codesOutside } from './code-tree';
import { moveUnder } from './code-drop';
import { moveCode } from './codebook-actions';
import { CodeSelect } from './CodeSelect';
import './messages';

/** The keyboard's way to nest or un-nest a code: choose its new parent. */
export function MoveCodeDialog({
  code,
  codes,
  onClose,
}: {
  code: CodeListEntry;
  codes: readonly CodeListEntry[];
  onClose: () => void;
}) {
  const t = useT();
  const selectId = useId();
  const [parentId, setParentId] = useState(code.parentId ?? '');
  const target = moveUnder(codes, code.id, parentId || null);
  return (
    <Modal title={t('codebook.move.title', { name: code.name })} onClose={onClose}>
      <form
        className="documents-dialog"
        onSubmit={(e) => {
          e.preventDefault();
          if (!target) return;
          onClose();
          void moveCode(code.id, target);
        }}
      >
        <label htmlFor={selectId} className="documents-dialog-label">
          {t('codebook.move.under')}
        </label>
        <CodeSelect
          id={selectId}
          codes={codesOutside(codes, code.id)}
          value={parentId}
          onChange={setParentId}
          topLevelLabel={t('codebook.move.top')}
          testId="code-move-target"
        />
        <p className="codebook-hint">{t('codebook.move.hint')}</p>
        <div className="documents-dialog-buttons">
          <button type="button" onClick={onClose}>
            {t('codebook.cancel')}
          </button>
          <button
            type="submit"
            className="primary"
            disabled={!target}
            data-testid="code-move-confirm"
          >
            {t('codebook.move.confirm')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
