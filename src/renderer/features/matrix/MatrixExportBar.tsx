import { useT } from '../../i18n/i18n';
import { useReadOnly } from '../../stores/project-store';
import { MATRIX_FORMATS, useMatrixStore, type MatrixFormat } from './matrix-store';

const formatLabel = (format: MatrixFormat, t: (key: string) => string) =>
  format === 'tex' ? t('matrix.export.latex') : format.toUpperCase();

/**
 * One button per export format the core writes, "Copy table" for pasting into a word
 * processor, and saving the settings as a table that can be regenerated.
 */
export function MatrixExportBar({ onSaveTable }: { onSaveTable: () => void }) {
  const t = useT();
  const exporting = useMatrixStore((s) => s.exporting);
  const copying = useMatrixStore((s) => s.copying);
  const blocked = useMatrixStore((s) => s.citationError !== null || s.matrix === null);
  const readOnly = useReadOnly();
  const { exportAs, copyTable } = useMatrixStore.getState();
  return (
    <div className="matrix-actions">
      <div className="matrix-export" role="group" aria-label={t('matrix.export')}>
        <span className="matrix-export-label" aria-hidden="true">
          {t('matrix.export')}
        </span>
        {MATRIX_FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            data-testid={`matrix-export-${format}`}
            aria-label={t('matrix.export.as', { format: formatLabel(format, t) })}
            title={t('matrix.export.as', { format: formatLabel(format, t) })}
            disabled={blocked || exporting !== null}
            aria-busy={exporting === format || undefined}
            onClick={() => void exportAs(format)}
          >
            {formatLabel(format, t)}
          </button>
        ))}
      </div>
      <div className="matrix-table-actions">
        <button
          type="button"
          data-testid="matrix-copy"
          title={t('matrix.copy.title')}
          disabled={blocked || copying}
          aria-busy={copying || undefined}
          onClick={() => void copyTable()}
        >
          {t('matrix.copy')}
        </button>
        <button
          type="button"
          className="primary"
          data-testid="matrix-save-table"
          title={t('matrix.saveTable.title')}
          disabled={blocked || readOnly}
          onClick={onSaveTable}
        >
          {t('matrix.saveTable')}
        </button>
      </div>
    </div>
  );
}
