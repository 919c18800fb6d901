import { useEffect, useId, useMemo } from 'react';
import { onProjectChanged } from '../../api/changes';
import { useT } from '../../i18n/i18n';
import { CodeAllHits } from './CodeAllHits';
import { CodeAllSummary } from './CodeAllSummary';
import { SearchHits } from './SearchHits';
import { groupHitsByDocument } from './search-results';
import { SEARCH_LIMIT, useSearchStore } from './search-store';
import './messages';
import './search.css';

/** Full-text search over the transcripts; hits in context, and coding them all at once. */
export function SearchView() {
  const t = useT();
  const id = useId();
  const query = useSearchStore((s) => s.query);
  const result = useSearchStore((s) => s.result);
  const searching = useSearchStore((s) => s.searching);
  const error = useSearchStore((s) => s.error);
  const groups = useMemo(() => groupHitsByDocument(result?.hits ?? []), [result]);

  useEffect(
    () =>
      onProjectChanged((scopes) => {
        if (scopes.has('documents') && useSearchStore.getState().result) {
          void useSearchStore.getState().search();
        }
      }),
    [],
  );

  const count = result?.hits.length ?? 0;
  return (
    <section className="search-view" data-feature="search" aria-busy={searching}>
      <form
        className="search-form"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          void useSearchStore.getState().search();
        }}
      >
        <label htmlFor={`${id}-query`} className="visually-hidden">
          {t('search.label')}
        </label>
        <input
          id={`${id}-query`}
          type="search"
          className="search-input"
          data-testid="search-query"
          value={query}
          placeholder={t('search.placeholder')}
          aria-describedby={`${id}-help`}
          onChange={(e) => useSearchStore.getState().setQuery(e.target.value)}
        />
        <button
          type="submit"
          className="primary"
          data-testid="search-submit"
          disabled={!query.trim()}
        >
          {t('search.submit')}
        </button>
      </form>
      <p id={`${id}-help`} className="search-help">
        {t('search.help')}
      </p>
      {error && (
        <p className="search-error" role="alert">
          {t('search.error', { message: error })}
        </p>
      )}
      <CodeAllSummary />
      {result && (
        <div className="search-result-bar">
          <p className="search-count" aria-live="polite" data-testid="search-count">
            {searching
              ? t('search.searching')
              : count === 0
                ? t('search.none', { query: result.query })
                : t('search.found', {
                    hits: t(count === 1 ? 'search.hits.one' : 'search.hits.other', { count }),
                    documents: t(
                      groups.length === 1 ? 'search.documents.one' : 'search.documents.other',
                      { count: groups.length },
                    ),
                  })}
          </p>
          <CodeAllHits />
        </div>
      )}
      {result?.truncated && (
        <p className="search-truncated">{t('search.truncated', { limit: SEARCH_LIMIT })}</p>
      )}
      {result && result.unreadable.length > 0 && (
        <p className="search-truncated" role="alert" data-testid="search-unreadable">
          {t('search.unreadable', { documents: result.unreadable.join(', ') })}
        </p>
      )}
      <SearchHits groups={groups} />
    </section>
  );
}
