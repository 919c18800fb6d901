import { memo, useRef, useState } from 'react';
import type { MatrixCell, MatrixRow, QuoteMatrix } from '@shared/matrix/model';
import { useT } from '../../i18n/i18n';
import { MatrixQuoteItem } from './MatrixQuoteItem';
import { MatrixRowHeader } from './MatrixRowHeader';
import { useSeen } from './use-seen';

/** Above this many quotes, rows render only when scrolled near. */
const LAZY_FROM_QUOTES = 300;

interface Props {
  matrix: QuoteMatrix;
  folded: boolean;
}

/** The matrix in quote mode: each cell the quotes in document order, header and codes sticky. */
export function MatrixQuotesTable({ matrix, folded }: Props) {
  const t = useT();
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
  const width = matrix.columns.length;
  const lazy = matrix.cells.reduce((sum, cell) => sum + cell.quotes.length, 0) > LAZY_FROM_QUOTES;
  return (
    <div
      className="matrix-scroll matrix-scroll-quotes"
      ref={setScroller}
      data-testid="matrix-table"
    >
      <table className="matrix-table matrix-table-quotes">
        <thead>
          <tr>
            <th scope="col" className="matrix-corner">
              {t('matrix.code')}
            </th>
            {matrix.columns.map((column) => (
              <th key={column.id} scope="col">
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row, rowIndex) => (
            <QuoteRow
              key={row.id}
              row={row}
              cells={matrix.cells.slice(rowIndex * width, (rowIndex + 1) * width)}
              folded={folded}
              scroller={scroller}
              lazy={lazy}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface RowProps {
  row: MatrixRow;
  cells: MatrixCell[];
  folded: boolean;
  scroller: Element | null;
  lazy: boolean;
}

const QuoteRow = memo(
  function QuoteRow({ row, cells, folded, scroller, lazy }: RowProps) {
    const t = useT();
    const ref = useRef<HTMLTableRowElement>(null);
    const seen = useSeen(ref, scroller, lazy);
    return (
      <tr ref={ref} data-testid="matrix-row">
        <MatrixRowHeader row={row} />
        {cells.map((cell) =>
          cell.quotes.length === 0 ? (
            <td key={cell.column} className="matrix-cell-empty">
              <span aria-hidden="true">–</span>
              <span className="visually-hidden">{t('matrix.cell.none')}</span>
            </td>
          ) : (
            <td key={cell.column}>
              {seen ? (
                <ul className="matrix-quotes">
                  {cell.quotes.map((quote) => (
                    <MatrixQuoteItem
                      key={quote.codingId}
                      quote={quote}
                      rowPath={row.path}
                      folded={folded}
                    />
                  ))}
                </ul>
              ) : (
                <div
                  className="matrix-cell-pending"
                  style={{ height: `${Math.min(cell.quotes.length, 40) * 4.5}em` }}
                >
                  {t('matrix.cell.pending', { count: cell.quotes.length })}
                </div>
              )}
            </td>
          ),
        )}
      </tr>
    );
  },
  // Cells are re-sliced on every render of the table; they are equal when the row is.
  (a, b) =>
    a.row === b.row &&
    a.folded === b.folded &&
    a.scroller === b.scroller &&
    a.lazy === b.lazy &&
    a.cells.length === b.cells.length &&
    a.cells.every((cell, i) => cell === b.cells[i]),
);
