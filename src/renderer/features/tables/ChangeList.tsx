import { useT } from '../../i18n/i18n';
import { quoteStart, type ChangeItem } from './table-status';

/** Above this many changes the list starts folded; its heading still gives the count. */
const OPEN_UP_TO = 8;

/**
 * The quotes a table gained, lost or had edited, one line each: where (row × column), the
 * start of the quote and its citation — as `citat tables show` prints them.
 */
export function ChangeList({
  heading,
  items,
  testId,
}: {
  heading: string;
  items: readonly ChangeItem[];
  testId: string;
}) {
  const t = useT();
  if (items.length === 0) return null;
  return (
    <details className="tables-changes" open={items.length <= OPEN_UP_TO} data-testid={testId}>
      <summary>
        {heading} ({items.length})
      </summary>
      <ul>
        {items.map(({ kind, quote }, index) => (
          <li
            key={`${kind}-${index}`}
            className={`tables-change tables-change-${kind}`}
            data-testid="table-change"
            data-kind={kind}
          >
            <span className="tables-change-kind">{t(`tables.change.${kind}`)}</span>{' '}
            <span className="tables-change-where">
              {quote.row} × {quote.column}:
            </span>{' '}
            <q className="tables-change-text">{quoteStart(quote.text)}</q>{' '}
            <span className="tables-change-citation">{quote.citation}</span>
            {quote.previous && quote.previous.text !== quote.text && (
              <span className="tables-change-was">
                {t('tables.change.was', { text: quoteStart(quote.previous.text) })}
              </span>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
