import { useT } from '../i18n/i18n';
import { useUiStore, type ViewName } from '../stores/ui-store';

const VIEWS: ViewName[] = ['transcript', 'retrieval', 'matrix', 'search', 'speakers', 'team'];

/** Tabs for the main views; Alt+1…6 switch between them. */
export function ViewTabs() {
  const t = useT();
  const { view, setView } = useUiStore();
  return (
    <nav className="view-tabs" role="tablist" aria-label={t('shell.views')}>
      {VIEWS.map((name, index) => (
        <button
          key={name}
          type="button"
          role="tab"
          aria-selected={view === name}
          className={view === name ? 'active' : undefined}
          title={`Alt+${index + 1}`}
          onClick={() => setView(name)}
        >
          {t(`shell.view.${name}`)}
        </button>
      ))}
    </nav>
  );
}

export function viewForShortcut(digit: string): ViewName | undefined {
  return VIEWS[Number(digit) - 1];
}
