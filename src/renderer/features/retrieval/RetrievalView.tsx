import { useEffect, useMemo } from 'react';
import { onProjectChanged, type ChangeScope } from '../../api/changes';
import { useT } from '../../i18n/i18n';
import { useCodebookStore } from '../../stores/codebook-store';
import { useSelectedCode } from '../codebook/selected-code-store';
import { RetrievalFilterBar } from './RetrievalFilterBar';
import { RetrievalQuote } from './RetrievalQuote';
import { activeFilterCount } from './retrieval-filter';
import { useRetrievalStore } from './retrieval-store';
import './messages';
import './retrieval.css';

const RELOAD_ON: ChangeScope[] = ['codings', 'codebook', 'speakers', 'cases', 'documents'];

/** Every quote coded with the selected code (or all codes), narrowed by the filters. */
export function RetrievalView() {
  const t = useT();
  const segments = useRetrievalStore((s) => s.segments);
  const loading = useRetrievalStore((s) => s.loading);
  const error = useRetrievalStore((s) => s.error);
  const filtered = useRetrievalStore((s) => activeFilterCount(s.filters) > 0);
  const selectedCodeId = useSelectedCode((s) => s.selectedCodeId);
  const codes = useCodebookStore((s) => s.codes);
  const colorById = useMemo(() => new Map(codes.map((c) => [c.id, c.color])), [codes]);

  useEffect(() => {
    void useRetrievalStore.getState().loadChoices();
    void useRetrievalStore.getState().load();
    const offChanges = onProjectChanged((scopes) => {
      if (scopes.has('speakers') || scopes.has('cases') || scopes.has('documents')) {
        void useRetrievalStore.getState().loadChoices();
      }
      if (RELOAD_ON.some((scope) => scopes.has(scope))) void useRetrievalStore.getState().load();
    });
    const offSelection = useSelectedCode.subscribe((state, previous) => {
      if (state.selectedCodeId !== previous.selectedCodeId) {
        void useRetrievalStore.getState().load();
      }
    });
    return () => {
      offChanges();
      offSelection();
    };
  }, []);

  const count = segments.length;
  const empty = filtered
    ? 'retrieval.empty.filtered'
    : selectedCodeId
      ? 'retrieval.empty.code'
      : 'retrieval.empty.project';
  return (
    <section className="retrieval-view" data-feature="retrieval" aria-busy={loading}>
      <RetrievalFilterBar />
      <p className="retrieval-count" aria-live="polite" data-testid="retrieval-count">
        {t(count === 1 ? 'retrieval.count.one' : 'retrieval.count.other', { count })}
        {loading && <span className="retrieval-loading"> {t('retrieval.loading')}</span>}
      </p>
      {error && (
        <p className="retrieval-error" role="alert">
          {t('retrieval.error', { message: error })}
        </p>
      )}
      {count === 0 && !loading && !error ? (
        <p className="retrieval-empty">{t(empty)}</p>
      ) : (
        <ol className="retrieval-list" data-testid="retrieval-list">
          {segments.map((segment) => (
            <RetrievalQuote
              key={segment.codingId}
              segment={segment}
              color={colorById.get(segment.codeId)}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
