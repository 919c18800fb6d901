import { useEffect, useState } from 'react';
import './shell-messages';
import { useT } from '../i18n/i18n';
import { appAction, type RecentProject } from '../api/desktop-bridge';

/** The desktop app's first window: new project, open, recent projects. */
export function StartScreen() {
  const t = useT();
  const [recent, setRecent] = useState<RecentProject[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    appAction({ action: 'recent' })
      .then((value) => setRecent(value as RecentProject[]))
      .catch((err: unknown) => setError(String(err)));
  }, []);
  const run = (request: Parameters<typeof appAction>[0]) => {
    appAction(request).catch((err: unknown) =>
      setError(err instanceof Error ? err.message : String(err)),
    );
  };
  return (
    <main className="start-screen">
      <h1>Citat</h1>
      <p>{t('start.tagline')}</p>
      <div className="start-actions">
        <button type="button" className="primary" onClick={() => run({ action: 'new' })}>
          {t('start.new')}
        </button>
        <button type="button" onClick={() => run({ action: 'open' })}>
          {t('start.open')}
        </button>
      </div>
      <h2 className="panel-heading">{t('start.recent')}</h2>
      {recent.length === 0 ? (
        <p className="start-empty">{t('start.noRecent')}</p>
      ) : (
        <ul className="start-recent">
          {recent.map((project) => (
            <li key={project.path}>
              <button
                type="button"
                className="link-button"
                disabled={!project.exists}
                onClick={() => run({ action: 'openRecent', path: project.path })}
              >
                {project.path}
              </button>
              {!project.exists && <small> {t('start.missing')}</small>}
            </li>
          ))}
        </ul>
      )}
      {error && <p role="alert">{error}</p>}
    </main>
  );
}
