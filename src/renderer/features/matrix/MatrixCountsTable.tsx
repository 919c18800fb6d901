import { useMemo } from 'react';
import type { QuoteMatrix } from '@shared/matrix/model';
import { useT } from '../../i18n/i18n';
import { heatShade, needsLightText, summarizeCounts } from './matrix-counts';
import { MatrixRowHeader } from './MatrixRowHeader';

/** The matrix in count mode: shaded by count, empty cells marked, totals per row and column. */
export function MatrixCountsTable({ matrix }: { matrix: QuoteMatrix }) {
  const t = useT();
  const summary = useMemo(() => summarizeCounts(matrix), [matrix]);
  const width = matrix.columns.length;
  return (
    <div className="matrix-scroll" data-testid="matrix-table">
      <table className="matrix-table matrix-table-counts">
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
            <th scope="col" className="matrix-total">
              {t('matrix.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row, rowIndex) => (
            <tr key={row.id} data-testid="matrix-row">
              <MatrixRowHeader row={row} />
              {matrix.cells.slice(rowIndex * width, (rowIndex + 1) * width).map((cell) => {
                if (cell.count === 0) {
                  return (
                    <td key={cell.column} className="matrix-count matrix-cell-empty">
                      <span aria-hidden="true">0</span>
                      <span className="visually-hidden">{t('matrix.cell.none')}</span>
                    </td>
                  );
                }
                const shade = heatShade(cell.count, summary.max);
                return (
                  <td
                    key={cell.column}
                    className={`matrix-count${needsLightText(shade) ? ' matrix-count-strong' : ''}`}
                    style={{ backgroundColor: `rgba(9, 105, 218, ${shade})` }}
                  >
                    {cell.count}
                  </td>
                );
              })}
              <td className="matrix-count matrix-total">{summary.rowTotals[rowIndex]}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" className="matrix-row-header matrix-total">
              {t('matrix.total')}
            </th>
            {summary.columnTotals.map((total, index) => (
              <td key={matrix.columns[index]?.id ?? index} className="matrix-count matrix-total">
                {total}
              </td>
            ))}
            <td className="matrix-count matrix-total">{summary.total}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
