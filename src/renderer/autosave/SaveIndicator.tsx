import { useLanguageStore, useT } from '../i18n/i18n';
import { errorText } from '../errors/error-text';
import { useProjectStore } from '../stores/project-store';
import { autosaves } from './autosave-registry';
import { useSaveStatus } from './save-status-store';
import './messages';
import './autosave.css';

/** The top bar's word on saving: saving…, all saved, read-only, or not saved and why. */
export function SaveIndicator() {
  const t = useT();
  const language = useLanguageStore((s) => s.language);
  const { status, error, failed } = useSaveStatus();
  const readOnly = useProjectStore((s) => s.info?.access.mode === 'read-only');

  let content;
  if (status === 'failed') {
    const reason = errorText(error, language);
    content = (
      <>
        <span className="autosave-failed-label">
          ⚠ {failed > 1 ? t('autosave.failed.count', { count: failed }) : t('autosave.failed')}:
        </span>
        <span className="autosave-reason" title={reason}>
          {reason}
        </span>
        <button
          type="button"
          className="link-button"
          data-testid="save-retry"
          onClick={() => void autosaves.retryFailed()}
        >
          {t('autosave.retry')}
        </button>
      </>
    );
  } else if (readOnly) {
    content = <span title={t('autosave.readOnly.title')}>{t('autosave.readOnly')}</span>;
  } else if (status === 'saving') {
    content = <span>{t('autosave.saving')}</span>;
  } else {
    content = <span title={t('autosave.saved.title')}>✓ {t('autosave.saved')}</span>;
  }
  const state = status === 'failed' ? 'failed' : readOnly ? 'read-only' : status;
  return (
    <span
      className={`autosave-indicator autosave-${state}`}
      role="status"
      aria-live="polite"
      data-testid="save-status"
      data-status={state}
    >
      {content}
    </span>
  );
}
