import { useT } from '../../i18n/i18n';
import { MATRIX_FORMATS, useMatrixStore } from './matrix-store';

/** One button per export format the core writes. */
export function MatrixExportBar() {
  const t = useT();
  const exporting = useMatrixStore((s) => s.exporting);
  const blocked = useMatrixStore((s) => s.citationError !== null);
  const exportAs = useMatrixStore((s) => s.exportAs);
  return (
    <div className="matrix-export" role="group" aria-label={t('matrix.export')}>
      <span className="matrix-export-label" aria-hidden="true">
        {t('matrix.export')}
      </span>
      {MATRIX_FORMATS.map((format) => (
        <button
          key={format}
          type="button"
          data-testid={`matrix-export-${format}`}
          aria-label={t('matrix.export.as', { format: format.toUpperCase() })}
          title={t('matrix.export.as', { format: format.toUpperCase() })}
          disabled={blocked || exporting !== null}
          aria-busy={exporting === format || undefined}
          onClick={() => void exportAs(format)}
        >
          {format.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
