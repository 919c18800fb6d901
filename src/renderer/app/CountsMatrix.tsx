import type { QuoteMatrix } from '@shared/matrix/model';
import { cellAt } from '@shared/matrix/model';

/** Code × column counts; empty cells are marked so missing evidence stands out. */
export function CountsMatrix({ matrix }: { matrix: QuoteMatrix }) {
  return (
    <section aria-labelledby="matrix-heading">
      <h2 id="matrix-heading">{matrix.title}</h2>
      <table className="matrix">
        <thead>
          <tr>
            <th scope="col">Code</th>
            {matrix.columns.map((column) => (
              <th key={column.id} scope="col">
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row, r) => (
            <tr key={row.id}>
              <th scope="row" style={{ paddingLeft: `${0.5 + row.depth * 1.2}em` }}>
                {row.label}
              </th>
              {matrix.columns.map((column, c) => {
                const count = cellAt(matrix, r, c).count;
                return (
                  <td key={column.id} className={count === 0 ? 'empty' : undefined}>
                    {count === 0 ? '–' : count}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
