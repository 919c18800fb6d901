import { useRef, useState, type DragEvent } from 'react';
import { useT } from '../../i18n/i18n';
import { useDocumentsStore } from '../../stores/documents-store';
import { useReadOnly } from '../../stores/project-store';
import { DocumentItem } from './DocumentItem';
import { ImportProgress } from './ImportProgress';
import { useImportStore } from './import-store';
import { ACCEPTED_EXTENSIONS } from './import-progress';
import './messages';
import './documents.css';

const carriesFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

/** The project's transcripts: open, import (button or drop), rename, memo, delete. */
export function DocumentsPanel() {
  const t = useT();
  const { documents, activeDocumentId, openDocument } = useDocumentsStore();
  const importFiles = useImportStore((s) => s.importFiles);
  const picker = useRef<HTMLInputElement>(null);
  const [dropping, setDropping] = useState(false);
  // A read-only project takes no imports (the banner above says why).
  const readOnly = useReadOnly();

  return (
    <section
      className={dropping ? 'documents-panel dropping' : 'documents-panel'}
      data-feature="documents"
      aria-labelledby="documents-heading"
      data-testid="documents-panel"
      onDragOver={(e) => {
        if (!carriesFiles(e) || readOnly) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setDropping(true);
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDropping(false);
      }}
      onDrop={(e) => {
        if (!carriesFiles(e) || readOnly) return;
        e.preventDefault();
        setDropping(false);
        importFiles([...e.dataTransfer.files]);
      }}
    >
      <div className="documents-header">
        <h2 id="documents-heading" className="panel-heading">
          {t('documents.heading')} <span className="documents-count">{documents.length}</span>
        </h2>
        <button
          type="button"
          onClick={() => picker.current?.click()}
          disabled={readOnly}
          data-testid="documents-import"
          title={t('documents.import.title')}
        >
          {t('documents.import.button')}
        </button>
        <input
          ref={picker}
          type="file"
          multiple
          accept={ACCEPTED_EXTENSIONS}
          hidden
          data-testid="documents-file-input"
          onChange={(e) => {
            importFiles([...(e.target.files ?? [])]);
            e.target.value = '';
          }}
        />
      </div>
      <ImportProgress />
      {documents.length === 0 ? (
        <p className="documents-empty">{t('documents.empty')}</p>
      ) : (
        <ul className="documents-list" aria-label={t('documents.heading')}>
          {documents.map((doc) => (
            <DocumentItem
              key={doc.id}
              document={doc}
              active={doc.id === activeDocumentId}
              onOpen={() => openDocument(doc.id)}
            />
          ))}
        </ul>
      )}
      {dropping && (
        <div className="documents-drop-overlay" aria-hidden="true">
          {t('documents.drop.hint')}
        </div>
      )}
    </section>
  );
}
