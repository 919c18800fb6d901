import { useId, useState } from 'react';
import type { CodeListEntry } from '@shared/api/types';
import type { CodeDescription } from '@shared/domain/entities';
import { Modal } from '../../ui/Modal';
import { useT } from '../../i18n/i18n';
import { formatCodePath } from '@shared/domain/codebook';
import { useMemoDraft } from '../documents/memo-draft';
import { describeCode } from './codebook-actions';
import './messages';

const FIELDS = ['definition', 'whenToUse', 'whenNotToUse', 'example'] as const;

/** The codebook entry of a code (as printed in the codebook appendix) and its memo. */
export function DescribeCodeDialog({
  code,
  onClose,
}: {
  code: CodeListEntry;
  onClose: () => void;
}) {
  const t = useT();
  const baseId = useId();
  const [draft, setDraft] = useState<Record<(typeof FIELDS)[number], string>>({
    definition: code.definition ?? '',
    whenToUse: code.whenToUse ?? '',
    whenNotToUse: code.whenNotToUse ?? '',
    example: code.example ?? '',
  });
  const memo = useMemoDraft('code', code.id);
  const [saving, setSaving] = useState(false);

  const save = async () => {
    const changed: Partial<CodeDescription> = {};
    for (const field of FIELDS) {
      if (draft[field].trim() !== (code[field] ?? '')) changed[field] = draft[field].trim() || null;
    }
    setSaving(true);
    const described = await describeCode(code.id, changed);
    const memoSaved = await memo.save();
    setSaving(false);
    if (described && memoSaved) onClose();
  };

  return (
    <Modal title={t('codebook.describe.title', { name: code.name })} onClose={onClose}>
      <form
        className="documents-dialog codebook-describe"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <p className="codebook-describe-path">{formatCodePath(code.path)}</p>
        {FIELDS.map((field) => (
          <div key={field} className="codebook-describe-field">
            <label htmlFor={`${baseId}-${field}`} className="documents-dialog-label">
              {t(`codebook.describe.${field}`)}
            </label>
            <textarea
              id={`${baseId}-${field}`}
              rows={field === 'definition' ? 3 : 2}
              value={draft[field]}
              data-testid={`code-describe-${field}`}
              onChange={(e) => setDraft({ ...draft, [field]: e.target.value })}
            />
          </div>
        ))}
        <div className="codebook-describe-field">
          <label htmlFor={`${baseId}-memo`} className="documents-dialog-label">
            {t('codebook.describe.memo')}
          </label>
          <textarea
            id={`${baseId}-memo`}
            rows={4}
            value={memo.text}
            disabled={!memo.loaded}
            data-testid="code-describe-memo"
            onChange={(e) => memo.setText(e.target.value)}
          />
        </div>
        <div className="documents-dialog-buttons">
          <button type="button" onClick={onClose}>
            {t('codebook.cancel')}
          </button>
          <button
            type="submit"
            className="primary"
            disabled={saving || !memo.loaded}
            data-testid="code-describe-save"
          >
            {t('codebook.describe.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
