import { memo } from 'react';
import type { MatrixQuote } from '@shared/matrix/model';
import { formatLineRange } from '@shared/citation/template';
import { useT } from '../../i18n/i18n';
import { useUiStore } from '../../stores/ui-store';
import { alsoCodedPaths, displayCodePath } from './also-coded';

interface Props {
  quote: MatrixQuote;
  rowPath: string[];
  folded: boolean;
}

/** One quote in a matrix cell: the printed text and citation; a click opens the transcript there. */
export const MatrixQuoteItem = memo(function MatrixQuoteItem({ quote, rowPath, folded }: Props) {
  const t = useT();
  const also = alsoCodedPaths(quote.codes, rowPath, folded);
  return (
    <li className="matrix-quote">
      <button
        type="button"
        className="matrix-quote-open"
        data-testid="matrix-quote"
        title={t('matrix.quote.open', {
          document: quote.document,
          lines: formatLineRange(quote.lineStart, quote.lineEnd),
        })}
        onClick={() =>
          useUiStore.getState().revealPassage(quote.documentId, quote.startUtf16, quote.endUtf16)
        }
      >
        <span className="matrix-quote-text">{quote.display}</span>{' '}
        <span className="matrix-quote-citation">{quote.citation}</span>
      </button>
      {quote.note && (
        <p className="matrix-quote-meta">
          {t('matrix.quote.note')} {quote.note}
        </p>
      )}
      {quote.memo && (
        <p className="matrix-quote-meta">
          {t('matrix.quote.memo')} {quote.memo}
        </p>
      )}
      {also.length > 0 && (
        <p className="matrix-quote-also">
          {t('matrix.quote.also')} {also.map(displayCodePath).join('; ')}
        </p>
      )}
    </li>
  );
});
