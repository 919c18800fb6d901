import { useCallback, useState } from 'react';
import { useReadOnly } from '../../stores/project-store';
import type { DocumentSummary } from '@shared/api/types';
import { useLanguageStore, useT } from '../../i18n/i18n';
import { InlineEdit } from './InlineEdit';
import { RowMenu } from './RowMenu';
import { MemoDialog } from './MemoDialog';
import { DeleteDocumentDialog } from './DeleteDocumentDialog';
import { saveDocumentName } from './document-actions';
import { pluralKey } from './plural';
import './messages';

type Dialog = 'memo' | 'delete' | null;

/** One document: click to open it; rename in place, memo and delete from its menu. */
export function DocumentItem({
  document: doc,
  active,
  onOpen,
}: {
  document: DocumentSummary;
  active: boolean;
  onOpen: () => void;
}) {
  const t = useT();
  const language = useLanguageStore((s) => s.language);
  const [editing, setEditing] = useState(false);
  const [menuOpen, setMenuOpen] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);
  const words = new Intl.NumberFormat(language).format(doc.wordCount);
  const readOnly = useReadOnly();
  const stopEditing = useCallback(() => setEditing(false), []);

  return (
    <li
      className={active ? 'documents-item active' : 'documents-item'}
      data-testid="document-row"
      data-name={doc.name}
      onContextMenu={(e) => {
        e.preventDefault();
        setMenuOpen(true);
      }}
    >
      {editing ? (
        <InlineEdit
          className="documents-rename"
          fieldKey={`document-name:${doc.id}`}
          initial={doc.name}
          label={t('documents.rename.label', { name: doc.name })}
          testId="document-rename-input"
          emptyCode="document.empty-name"
          save={(name, session) => saveDocumentName(doc.id, name, session)}
          onDone={stopEditing}
          onCancel={stopEditing}
        />
      ) : (
        <button
          type="button"
          className="documents-open"
          aria-current={active ? 'page' : undefined}
          data-testid="document-open"
          title={t('documents.open.title', { name: doc.name })}
          onClick={onOpen}
          onKeyDown={(e) => {
            if (e.key === 'F2' && !readOnly) {
              e.preventDefault();
              setEditing(true);
            } else if (e.key === 'Delete' && !readOnly) {
              e.preventDefault();
              setDialog('delete');
            }
          }}
        >
          <span className="documents-name">{doc.name}</span>
          <span className="documents-meta">
            <span>{t('documents.words', { count: words })}</span>
            {doc.speakerLabels.length > 0 && (
              <span title={t('documents.speakers.title')}>{doc.speakerLabels.join(', ')}</span>
            )}
            <span className={doc.codingCount === 0 ? 'documents-uncoded' : undefined}>
              {t(pluralKey('documents.codings', doc.codingCount), { count: doc.codingCount })}
            </span>
          </span>
        </button>
      )}
      <RowMenu
        label={t('documents.menu', { name: doc.name })}
        testId="document-menu"
        open={menuOpen}
        onOpenChange={setMenuOpen}
        actions={[
          { id: 'open', label: t('documents.action.open'), onSelect: onOpen },
          {
            id: 'rename',
            label: t('documents.action.rename'),
            shortcut: 'F2',
            disabled: readOnly,
            onSelect: () => setEditing(true),
          },
          { id: 'memo', label: t('documents.action.memo'), onSelect: () => setDialog('memo') },
          {
            id: 'delete',
            label: t('documents.action.delete'),
            separatorBefore: true,
            shortcut: 'Del',
            danger: true,
            disabled: readOnly,
            onSelect: () => setDialog('delete'),
          },
        ]}
      />
      {dialog === 'memo' && (
        <MemoDialog
          kind="document"
          targetId={doc.id}
          title={t('documents.memo.title', { name: doc.name })}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'delete' && (
        <DeleteDocumentDialog documentId={doc.id} name={doc.name} onClose={() => setDialog(null)} />
      )}
    </li>
  );
}
