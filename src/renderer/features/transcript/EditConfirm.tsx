/** Asks before an edit removes codings whose text it deletes. */
import { useT } from '../../i18n/i18n';
import { Modal } from '../../ui/Modal';
import { ColorSwatch } from '../../ui/ColorSwatch';
import { useCodebookStore } from '../../stores/codebook-store';
import type { RemovedCoding } from './edit-text-api';

interface Props {
  removed: readonly RemovedCoding[];
  onConfirm: () => void;
  onCancel: () => void;
}

export function EditConfirm({ removed, onConfirm, onCancel }: Props) {
  const t = useT();
  const codes = useCodebookStore((s) => s.codes);
  const colorOf = (path: string[]) =>
    codes.find((c) => c.path.join('/') === path.join('/'))?.color ?? '#999999';
  return (
    <Modal title={t('transcript.edit.confirm.title')} onClose={onCancel}>
      <p>{t('transcript.edit.confirm.body')}</p>
      <ul className="transcript-removed-list" data-testid="edit-removed-list">
        {removed.map((r) => (
          <li key={r.codingId}>
            <ColorSwatch color={colorOf(r.codePath)} /> <strong>{r.codePath.join(' / ')}</strong> (
            {r.coder}): «{r.text}»
            {r.reason === 'merged' && (
              <span className="transcript-muted"> — {t('transcript.edit.confirm.merged')}</span>
            )}
          </li>
        ))}
      </ul>
      <div className="transcript-dialog-actions">
        <button type="button" onClick={onCancel} autoFocus>
          {t('transcript.edit.confirm.back')}
        </button>
        <button
          type="button"
          className="danger"
          onClick={onConfirm}
          data-testid="edit-confirm-save"
        >
          {t('transcript.edit.confirm.save', { count: removed.length })}
        </button>
      </div>
    </Modal>
  );
}
