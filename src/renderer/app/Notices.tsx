import { useT } from '../i18n/i18n';
import { useNoticeStore } from '../stores/notice-store';

/** Errors and confirmations; errors stay until dismissed so none is missed. */
export function Notices() {
  const t = useT();
  const { notices, dismiss } = useNoticeStore();
  if (notices.length === 0) return null;
  return (
    <div className="notices" aria-live="polite">
      {notices.map((notice) => (
        <div
          key={notice.id}
          className={`notice notice-${notice.kind}`}
          role={notice.kind === 'error' ? 'alert' : 'status'}
        >
          <span>{notice.text}</span>
          <button
            type="button"
            className="link-button"
            onClick={() => dismiss(notice.id)}
            aria-label={t('shell.dismiss')}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
