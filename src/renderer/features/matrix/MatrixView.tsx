import { useEffect } from 'react';
import { legendLine } from '@shared/matrix/model';
import { onProjectChanged, type ChangeScope } from '../../api/changes';
import { useT } from '../../i18n/i18n';
import { useCodebookStore } from '../../stores/codebook-store';
import { MatrixControls } from './MatrixControls';
import { MatrixCountsTable } from './MatrixCountsTable';
import { MatrixExportBar } from './MatrixExportBar';
import { MatrixQuotesTable } from './MatrixQuotesTable';
import { useMatrixStore } from './matrix-store';
import './messages';
import './matrix.css';

const REBUILD_ON: ChangeScope[] = ['codings', 'codebook', 'speakers', 'cases', 'documents'];

/** The quote matrix: codes × speakers (or cases, documents, attribute values). */
export function MatrixView() {
  const t = useT();
  const matrix = useMatrixStore((s) => s.matrix);
  const folded = useMatrixStore((s) => s.matrixFolded);
  const mode = useMatrixStore((s) => s.form.mode);
  const building = useMatrixStore((s) => s.building);
  const buildError = useMatrixStore((s) => s.buildError);
  // While the template is invalid the matrix shown is the last one built: say so by dimming it.
  const stale = useMatrixStore((s) => s.citationError !== null);

  useEffect(() => {
    const store = useMatrixStore.getState();
    void store.loadAttributes();
    void store.build();
    const offChanges = onProjectChanged((scopes) => {
      if (scopes.has('cases')) void useMatrixStore.getState().loadAttributes();
      if (REBUILD_ON.some((scope) => scopes.has(scope))) useMatrixStore.getState().scheduleBuild();
    });
    // Renamed or moved codes change the rows' paths: rebuild once the codebook has reloaded.
    const offCodes = useCodebookStore.subscribe((state, previous) => {
      if (state.codes !== previous.codes) useMatrixStore.getState().scheduleBuild();
    });
    return () => {
      offChanges();
      offCodes();
    };
  }, []);

  return (
    <section className="matrix-view" data-feature="matrix" aria-busy={building}>
      <div className="matrix-top">
        <MatrixControls />
        <MatrixExportBar />
      </div>
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
            <p className="matrix-empty">{t('matrix.empty.rows')}</p>
          ) : matrix.columns.length === 0 ? (
            <p className="matrix-empty">{t('matrix.empty.columns')}</p>
          ) : mode === 'counts' ? (
            <MatrixCountsTable matrix={matrix} />
          ) : (
            <MatrixQuotesTable matrix={matrix} folded={folded} />
          )}
        </div>
      )}
    </section>
  );
}
