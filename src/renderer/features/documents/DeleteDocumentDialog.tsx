import { useEffect, useEffectEvent, useState } from 'react';
import type { DocumentDeletion } from '@shared/api/types';
import { callApi } from '../../api/client';
import { reportError } from '../../stores/notice-store';
import { useT } from '../../i18n/i18n';
import { ConfirmDialog } from './ConfirmDialog';
import { deleteDocument } from './document-actions';
import { pluralKey } from './plural';
import './messages';

/** Says how many codings and speaker turns go with the document before deleting it. */
export function DeleteDocumentDialog({
  documentId,
  name,
  onClose,
}: {
  documentId: string;
  name: string;
  onClose: () => void;
}) {
  const t = useT();
  const [preview, setPreview] = useState<DocumentDeletion | null>(null);
  const [busy, setBusy] = useState(false);
  const failed = useEffectEvent((err: unknown) => {
    reportError(err);
    onClose();
  });
  useEffect(() => {
    let current = true;
    callApi('documents.previewDelete', { id: documentId }).then(
      (result) => current && setPreview(result),
      (err: unknown) => current && failed(err),
    );
    return () => {
      current = false;
    };
  }, [documentId]);

  return (
    <ConfirmDialog
      title={t('documents.delete.title', { name })}
      confirmLabel={t('documents.delete.confirm')}
      busy={!preview || busy}
      onClose={onClose}
      onConfirm={() => {
        setBusy(true);
        void deleteDocument(documentId, t('documents.delete.done', { name })).then(() => onClose());
      }}
    >
      {preview ? (
        <p data-testid="document-delete-summary">
          {t('documents.delete.summary', {
            codings: t(pluralKey('documents.delete.codings', preview.codings), {
              count: preview.codings,
            }),
            turns: t(pluralKey('documents.delete.turns', preview.turns), { count: preview.turns }),
          })}{' '}
          {t('documents.delete.undo')}
        </p>
      ) : (
        <p>{t('documents.delete.counting')}</p>
      )}
    </ConfirmDialog>
  );
}
