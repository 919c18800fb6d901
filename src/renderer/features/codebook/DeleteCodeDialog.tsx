import { useEffect, useEffectEvent, useState } from 'react';
import type { CodeDeletePreview, CodeListEntry } from '@shared/api/types';
import { callApi } from '../../api/client';
import { reportError, reportInfo } from '../../stores/notice-store';
import { useT } from '../../i18n/i18n';
import { ConfirmDialog } from '../documents/ConfirmDialog';
import { pluralKey } from '../documents/plural';
import { deleteCode } from './codebook-actions';
import './messages';

/** Deleting a code says how many codes (it and those below) and codings go with it. */
export function DeleteCodeDialog({ code, onClose }: { code: CodeListEntry; onClose: () => void }) {
  const t = useT();
  const [preview, setPreview] = useState<CodeDeletePreview | null>(null);
  const [busy, setBusy] = useState(false);
  const failed = useEffectEvent((err: unknown) => {
    reportError(err);
    onClose();
  });
  useEffect(() => {
    let current = true;
    callApi('codes.previewDelete', { id: code.id }).then(
      (result) => current && setPreview(result),
      (err: unknown) => current && failed(err),
    );
    return () => {
      current = false;
    };
  }, [code.id]);

  return (
    <ConfirmDialog
      title={t('codebook.delete.title', { name: code.name })}
      confirmLabel={t('codebook.delete.confirm')}
      busy={!preview || busy}
      onClose={onClose}
      onConfirm={() => {
        setBusy(true);
        void deleteCode(code.id).then((ok) => {
          onClose();
          if (ok) reportInfo(t('codebook.delete.done', { name: code.name }));
        });
      }}
    >
      {preview ? (
        <p data-testid="code-delete-summary">
          {t(
            pluralKey(
              preview.codes > 1 ? 'codebook.delete.subtree' : 'codebook.delete.single',
              preview.codings,
              true,
            ),
            { name: code.name, below: preview.codes - 1, count: preview.codings },
          )}{' '}
          {t('codebook.delete.undo')}
        </p>
      ) : (
        <p>{t('codebook.delete.counting')}</p>
      )}
    </ConfirmDialog>
  );
}
