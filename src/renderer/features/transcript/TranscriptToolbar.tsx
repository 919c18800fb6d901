/** Above the text: document name and size, the coder filter, and the edit-mode controls. */
import { useFormatNumber, useT } from '../../i18n/i18n';
import { useTranscriptStore } from '../../stores/transcript-store';
import { useReadOnly } from '../../stores/project-store';
import { CoderFilter } from './CoderFilter';
import type { useEditText } from './use-edit-text';

export function TranscriptToolbar({ edit }: { edit: ReturnType<typeof useEditText> }) {
  const t = useT();
  const formatNumber = useFormatNumber();
  const document = useTranscriptStore((s) => s.document);
  const codingCount = useTranscriptStore((s) => s.codings.length);
  const editing = useTranscriptStore((s) => s.editing);
  const readOnly = useReadOnly();
  return (
    <header className="transcript-toolbar">
      <div className="transcript-title">
        <h2 className="transcript-name" data-testid="transcript-name">
          {document?.name ?? t('transcript.loading')}
        </h2>
        {document && (
          <span className="transcript-muted">
            {t('transcript.words', { count: formatNumber(document.wordCount) })} ·{' '}
            {t('transcript.codings', { count: codingCount })}
          </span>
        )}
      </div>
      {!editing && <CoderFilter />}
      <div className="transcript-spacer" />
      {editing ? (
        <>
          <button
            type="button"
            onClick={edit.discard}
            disabled={edit.saving}
            data-testid="transcript-edit-cancel"
          >
            {t('transcript.edit.cancel')}
          </button>
          <button
            type="button"
            className="primary"
            onClick={edit.save}
            disabled={edit.saving}
            data-testid="transcript-edit-save"
          >
            {t('transcript.edit.save')}
          </button>
        </>
      ) : (
        <button
          type="button"
          onClick={edit.start}
          disabled={!document || readOnly}
          title={t('transcript.edit.start.title')}
          data-testid="transcript-edit-start"
        >
          {t('transcript.edit.start')}
        </button>
      )}
      <p className="transcript-hint transcript-muted" role={editing ? 'status' : undefined}>
        {editing ? t('transcript.edit.banner') : t('transcript.hint')}
      </p>
    </header>
  );
}
