import { useId } from 'react';
import type { CodeListEntry } from '@shared/api/types';
import { Modal } from '../../ui/Modal';
import { useT } from '../../i18n/i18n';
import { formatCodePath } from '@shared/domain/codebook';
import { useAutosavedField } from '../../autosave/use-autosaved-field';
import { FieldState } from '../../autosave/FieldState';
import '../../autosave/messages';
import { useMemoField } from '../documents/memo-draft';
import { saveCodeDescription } from './codebook-actions';
import './messages';

const FIELDS = ['definition', 'whenToUse', 'whenNotToUse', 'example'] as const;
type DescriptionField = (typeof FIELDS)[number];

/** One part of the codebook entry, saved on its own as it is typed. */
function DescriptionText({ code, field }: { code: CodeListEntry; field: DescriptionField }) {
  const t = useT();
  const id = useId();
  const text = useAutosavedField({
    key: `code-describe:${code.id}:${field}`,
    stored: code[field] ?? '',
    save: (value, session) => saveCodeDescription(code.id, field, value, session),
  });
  return (
    <div className="codebook-describe-field">
      <div className="documents-dialog-label-row">
        <label htmlFor={id} className="documents-dialog-label">
          {t(`codebook.describe.${field}`)}
        </label>
        <FieldState field={text} testId={`code-describe-${field}-state`} />
      </div>
      <textarea
        id={id}
        rows={field === 'definition' ? 3 : 2}
        value={text.value}
        readOnly={text.readOnly}
        data-testid={`code-describe-${field}`}
        onChange={(e) => text.change(e.target.value)}
        onBlur={() => void text.end()}
      />
    </div>
  );
}

/**
 * The codebook entry of a code (as printed in the codebook appendix) and its memo. Every
 * field saves itself; closing the dialog (button or Escape) saves what is left.
 */
export function DescribeCodeDialog({
  code,
  onClose,
}: {
  code: CodeListEntry;
  onClose: () => void;
}) {
  const t = useT();
  const memoId = useId();
  const memo = useMemoField('code', code.id);

  return (
    <Modal title={t('codebook.describe.title', { name: code.name })} onClose={onClose}>
      <div className="documents-dialog codebook-describe">
        <p className="codebook-describe-path">{formatCodePath(code.path)}</p>
        {FIELDS.map((field) => (
          <DescriptionText key={field} code={code} field={field} />
        ))}
        <div className="codebook-describe-field">
          <div className="documents-dialog-label-row">
            <label htmlFor={memoId} className="documents-dialog-label">
              {t('codebook.describe.memo')}
            </label>
            <FieldState field={memo} testId="code-describe-memo-state" />
          </div>
          <textarea
            id={memoId}
            rows={4}
            value={memo.value}
            disabled={!memo.loaded}
            readOnly={memo.readOnly}
            data-testid="code-describe-memo"
            onChange={(e) => memo.change(e.target.value)}
            onBlur={() => void memo.end()}
          />
        </div>
        <div className="documents-dialog-buttons">
          <span className="autosave-hint">{t('autosave.hint')}</span>
          <button
            type="button"
            className="primary"
            onClick={onClose}
            data-testid="code-describe-close"
          >
            {t('codebook.close')}
          </button>
        </div>
      </div>
    </Modal>
  );
}
