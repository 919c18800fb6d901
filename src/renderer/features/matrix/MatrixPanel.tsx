import { useState } from 'react';
import { legendLine } from '@shared/matrix/model';
import { useT } from '../../i18n/i18n';
import { useCodeGroupsStore } from '../code-groups/groups-store';
import { SaveTableDialog } from '../tables/SaveTableDialog';
import { TableEditingBar } from '../tables/TableEditingBar';
import { MatrixControls } from './MatrixControls';
import { MatrixCountsTable } from './MatrixCountsTable';
import { MatrixExportBar } from './MatrixExportBar';
import { MatrixOutputOptions } from './MatrixOutputOptions';
import { MatrixQuotesTable } from './MatrixQuotesTable';
import { useMatrixStore } from './matrix-store';

/** The matrix itself: its controls, how it exports, and the table as built. */
export function MatrixPanel() {
  const t = useT();
  const matrix = useMatrixStore((s) => s.matrix);
  const folded = useMatrixStore((s) => s.matrixFolded);
  const mode = useMatrixStore((s) => s.form.mode);
  const building = useMatrixStore((s) => s.building);
  const buildError = useMatrixStore((s) => s.buildError);
  const rowsGroupId = useMatrixStore((s) => s.form.rowsGroupId);
  const rowsGroup = useCodeGroupsStore((s) => s.groups.find((g) => g.id === rowsGroupId));
  // While the template is invalid the matrix shown is the last one built: say so by dimming it.
  const stale = useMatrixStore((s) => s.citationError !== null);
  const [saving, setSaving] = useState(false);

  return (
    <div className="matrix-panel">
      <TableEditingBar onSaveAs={() => setSaving(true)} />
      <div className="matrix-top">
        <MatrixControls />
        <MatrixOutputOptions />
        <MatrixExportBar onSaveTable={() => setSaving(true)} />
      </div>
      {saving && <SaveTableDialog onClose={() => setSaving(false)} />}
      {buildError && (
        <p className="matrix-error" role="alert">
          {t('matrix.error', { message: buildError })}
        </p>
      )}
      {matrix && (
        <div className={`matrix-body${stale ? ' matrix-stale' : ''}`}>
          <header className="matrix-heading">
            <h2 data-testid="matrix-title-heading">{matrix.title}</h2>
            <span className="matrix-status" aria-live="polite">
              {building ? t('matrix.building') : ''}
            </span>
          </header>
          {matrix.legend.length > 0 && (
            <ul
              className="matrix-legend"
              aria-label={t('matrix.legend')}
              data-testid="matrix-legend"
            >
              {matrix.legend.map((entry) => (
                <li key={entry.label}>{legendLine(entry)}</li>
              ))}
            </ul>
          )}
          {matrix.rows.length === 0 ? (
            <p className="matrix-empty">
              {rowsGroup
                ? t('matrix.empty.group', { name: rowsGroup.name })
                : t('matrix.empty.rows')}
            </p>
          ) : matrix.columns.length === 0 ? (
            <p className="matrix-empty">{t('matrix.empty.columns')}</p>
          ) : mode === 'counts' ? (
            <MatrixCountsTable matrix={matrix} />
          ) : (
            <MatrixQuotesTable matrix={matrix} folded={folded} />
          )}
        </div>
      )}
    </div>
  );
}
