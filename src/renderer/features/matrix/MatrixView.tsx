import { useEffect } from 'react';
import { onProjectChanged, type ChangeScope } from '../../api/changes';
import { useLanguageStore, useT } from '../../i18n/i18n';
import { useCodebookStore } from '../../stores/codebook-store';
import { useCodeGroupsStore } from '../code-groups/groups-store';
import { TablesPanel } from '../tables/TablesPanel';
import { useTablesStore } from '../tables/tables-store';
import { MatrixPanel } from './MatrixPanel';
import { debounce } from './debounce';
import { useMatrixStore } from './matrix-store';
import { useMatrixViewStore, type MatrixSection } from './matrix-view-store';
import './messages';
import './matrix-frame.css';
import './matrix.css';

const REBUILD_ON: ChangeScope[] = ['codings', 'codebook', 'speakers', 'cases', 'documents'];
const SECTIONS: MatrixSection[] = ['matrix', 'tables'];
/** Saved tables are rendered in full to compare them with their files: not on every keystroke. */
const TABLES_DELAY_MS = 400;

/**
 * The quote matrix: codes × speakers (or cases, documents, attribute values), and the
 * saved tables made from it — the thesis appendices, regenerated with a change report.
 */
export function MatrixView() {
  const t = useT();
  const section = useMatrixViewStore((s) => s.section);
  const setSection = useMatrixViewStore((s) => s.setSection);
  const tableCount = useTablesStore((s) => s.tables.length);

  useEffect(() => {
    const store = useMatrixStore.getState();
    void store.loadAttributes();
    void store.build();
    void useTablesStore.getState().load();
    const reloadTables = debounce(() => void useTablesStore.getState().load(), TABLES_DELAY_MS);
    const offChanges = onProjectChanged((scopes) => {
      if (scopes.has('cases')) void useMatrixStore.getState().loadAttributes();
      if (REBUILD_ON.some((scope) => scopes.has(scope))) useMatrixStore.getState().scheduleBuild();
      if (scopes.has('tables') || scopes.has('groups') || REBUILD_ON.some((s) => scopes.has(s)))
        reloadTables();
    });
    // Renamed or moved codes change the rows' paths: rebuild once the codebook has reloaded.
    const offCodes = useCodebookStore.subscribe((state, previous) => {
      if (state.codes !== previous.codes) useMatrixStore.getState().scheduleBuild();
    });
    // So do a group's new name and codes: rebuild once the groups have reloaded.
    const offGroups = useCodeGroupsStore.subscribe((state, previous) => {
      if (state.groups !== previous.groups) useMatrixStore.getState().scheduleBuild();
    });
    // A matrix in the UI's language follows it (its title, "(no speaker)" columns).
    const offLanguage = useLanguageStore.subscribe((state, previous) => {
      if (state.language !== previous.language && useMatrixStore.getState().form.language === null)
        useMatrixStore.getState().scheduleBuild();
    });
    return () => {
      offChanges();
      offCodes();
      offGroups();
      offLanguage();
      reloadTables.cancel();
    };
  }, []);

  return (
    <section className="matrix-view" data-feature="matrix">
      <nav className="matrix-sections" role="tablist" aria-label={t('matrix.sections')}>
        {SECTIONS.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`matrix-tab-${name}`}
            aria-selected={section === name}
            aria-controls="matrix-section-panel"
            className={section === name ? 'active' : undefined}
            data-testid={`matrix-tab-${name}`}
            onClick={() => setSection(name)}
          >
            {t(`matrix.section.${name}`)}
            {name === 'tables' && tableCount > 0 && (
              <span className="matrix-section-count">{tableCount}</span>
            )}
          </button>
        ))}
      </nav>
      <div
        className="matrix-section-panel"
        role="tabpanel"
        id="matrix-section-panel"
        aria-labelledby={`matrix-tab-${section}`}
      >
        {section === 'matrix' ? <MatrixPanel /> : <TablesPanel />}
      </div>
    </section>
  );
}
