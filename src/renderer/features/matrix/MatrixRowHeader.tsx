import type { MatrixRow } from '@shared/matrix/model';
import { formatCodePath } from '@shared/domain/codebook';

/** A row's code: indented by its depth below the chosen root, marked with its colour. */
export function MatrixRowHeader({ row }: { row: MatrixRow }) {
  return (
    <th
      scope="row"
      className="matrix-row-header"
      title={formatCodePath(row.path)}
      style={{
        paddingLeft: `${0.5 + row.depth * 1.1}rem`,
        boxShadow: `inset 4px 0 0 ${row.color}`,
      }}
    >
      <span className="matrix-row-label">{row.label}</span>
    </th>
  );
}
