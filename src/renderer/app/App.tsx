import { useEffect } from 'react';
import './shell-messages';
import { useT } from '../i18n/i18n';
import { useProjectStore } from '../stores/project-store';
import { useDocumentsStore } from '../stores/documents-store';
import { useCodebookStore } from '../stores/codebook-store';
import { useUiStore } from '../stores/ui-store';
import { TopBar } from './TopBar';
import { ViewTabs } from './ViewTabs';
import { Notices } from './Notices';
import { useGlobalShortcuts } from './use-global-shortcuts';
import { DocumentsPanel } from '../features/documents/DocumentsPanel';
import { CodebookPanel } from '../features/codebook/CodebookPanel';
import { TranscriptView } from '../features/transcript/TranscriptView';
import { RetrievalView } from '../features/retrieval/RetrievalView';
import { MatrixView } from '../features/matrix/MatrixView';
import { SearchView } from '../features/search/SearchView';
import { SpeakersView } from '../features/speakers/SpeakersView';
import { TeamView } from '../features/team/TeamView';
import { ProjectBanners } from '../features/project-status/ProjectBanners';
import { useProjectStatus } from '../features/project-status/use-project-status';
import { flushOnLeave } from '../autosave/flush-on-leave';
import { isDesktop } from '../api/desktop-bridge';

/**
 * The project window: the top bar with banners under it (read-only, synced folder),
 * documents on the left, the codebook on the right, views between.
 */
export function App() {
  const t = useT();
  const info = useProjectStore((s) => s.info);
  const view = useUiStore((s) => s.view);
  useGlobalShortcuts();
  useProjectStatus();
  // The desktop window asks for its own flush before closing (and shows no browser prompt).
  useEffect(() => flushOnLeave({ askBeforeLeavingUnsaved: !isDesktop() }), []);
  useEffect(() => {
    void useProjectStore.getState().refresh();
    void useDocumentsStore.getState().load();
    void useCodebookStore.getState().load();
  }, []);

  if (!info) {
    return (
      <>
        <p className="loading">{t('shell.loading')}</p>
        <Notices />
      </>
    );
  }
  return (
    <div className="app">
      <TopBar info={info} />
      <ProjectBanners />
      <aside className="left-pane">
        <DocumentsPanel />
      </aside>
      <main className="center-pane">
        <ViewTabs />
        <div className="view" role="tabpanel">
          {view === 'transcript' && <TranscriptView />}
          {view === 'retrieval' && <RetrievalView />}
          {view === 'matrix' && <MatrixView />}
          {view === 'search' && <SearchView />}
          {view === 'speakers' && <SpeakersView />}
          {view === 'team' && <TeamView />}
        </div>
      </main>
      <aside className="right-pane">
        <CodebookPanel />
      </aside>
      <Notices />
    </div>
  );
}
