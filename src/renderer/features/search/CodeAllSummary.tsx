import { useT } from '../../i18n/i18n';
import { useSearchStore } from './search-store';

/** What "code all hits" did: coded, already coded, and each failure with its reason. */
export function CodeAllSummary() {
  const t = useT();
  const summary = useSearchStore((s) => s.summary);
  if (!summary) return null;
  return (
    <div
      className={`search-summary${summary.failures.length > 0 ? ' search-summary-failed' : ''}`}
      role="status"
      data-testid="search-code-all-summary"
    >
      <div>
        <p>
          {t('search.summary.coded', {
            coded: summary.coded,
            hits: t(summary.total === 1 ? 'search.hits.one' : 'search.hits.other', {
              count: summary.total,
            }),
            code: summary.codePath,
          })}
          {summary.duplicates > 0 && (
            <> {t('search.summary.duplicates', { count: summary.duplicates })}</>
          )}
        </p>
        {summary.failures.length > 0 && (
          <>
            <p>{t('search.summary.failed', { count: summary.failures.length })}</p>
            <ul>
              {summary.failures.map(({ hit, message }) => (
                <li key={`${hit.documentId}-${hit.startUtf16}`}>
                  {t('search.summary.failure', { document: hit.document, line: hit.line, message })}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <button type="button" onClick={() => useSearchStore.getState().dismissSummary()}>
        {t('search.summary.dismiss')}
      </button>
    </div>
  );
}
