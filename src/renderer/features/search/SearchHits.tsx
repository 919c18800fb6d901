import { memo } from 'react';
import type { SearchHit } from '@shared/api/types';
import { useT } from '../../i18n/i18n';
import { useUiStore } from '../../stores/ui-store';
import { hitContext, type HitGroup } from './search-results';

/** Hits grouped by document, each in context; a click opens the transcript at the hit. */
export function SearchHits({ groups }: { groups: HitGroup[] }) {
  const t = useT();
  return (
    <div className="search-groups" data-testid="search-results">
      {groups.map((group) => (
        <section key={group.documentId} className="search-group" aria-label={group.document}>
          <h3 className="search-group-heading">
            {group.document}{' '}
            <span className="search-group-count">
              {t(group.hits.length === 1 ? 'search.hits.one' : 'search.hits.other', {
                count: group.hits.length,
              })}
            </span>
          </h3>
          <ol className="search-hits">
            {group.hits.map((hit) => (
              <HitItem key={`${hit.startUtf16}-${hit.endUtf16}`} hit={hit} />
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}

const HitItem = memo(function HitItem({ hit }: { hit: SearchHit }) {
  const t = useT();
  const context = hitContext(hit);
  return (
    <li className="search-hit">
      <button
        type="button"
        className="search-hit-open"
        data-testid="search-hit"
        title={t('search.open', { document: hit.document, line: hit.line })}
        onClick={() =>
          useUiStore.getState().revealPassage(hit.documentId, hit.startUtf16, hit.endUtf16)
        }
      >
        <span className="search-hit-line">{t('search.line', { line: hit.line })}</span>
        <span className="search-hit-context">
          {context.cutBefore && '…'}
          {context.before}
          <mark>{hit.match}</mark>
          {context.after}
          {context.cutAfter && '…'}
        </span>
      </button>
    </li>
  );
});
