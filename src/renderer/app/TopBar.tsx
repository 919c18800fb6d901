import { useLanguageStore, useT, type Language } from '../i18n/i18n';
import { useProjectStore } from '../stores/project-store';
import type { ProjectInfo } from '@shared/api/types';
import { SaveIndicator } from '../autosave/SaveIndicator';
import { CoderBox } from './CoderBox';

/** Project name, whether everything is saved, the current coder, undo/redo and the language. */
export function TopBar({ info }: { info: ProjectInfo }) {
  const t = useT();
  const { undo, redo } = useProjectStore();
  const { language, setLanguage } = useLanguageStore();

  return (
    <header className="topbar">
      <h1 className="topbar-title">{info.name.replace(/\.citat$/, '')}</h1>
      <SaveIndicator />
      <div className="topbar-spacer" />
      <CoderBox current={info.currentCoder} />
      <button
        type="button"
        onClick={() => void undo()}
        disabled={!info.canUndo}
        title={t('shell.undo.title', { action: info.canUndo ?? t('shell.nothing') })}
      >
        ↶ {t('shell.undo')}
      </button>
      <button
        type="button"
        onClick={() => void redo()}
        disabled={!info.canRedo}
        title={t('shell.redo.title', { action: info.canRedo ?? t('shell.nothing') })}
      >
        ↷ {t('shell.redo')}
      </button>
      <label className="topbar-language">
        <span className="visually-hidden">{t('shell.language')}</span>
        <select
          value={language}
          onChange={(e) => setLanguage(e.target.value as Language)}
          aria-label={t('shell.language')}
        >
          <option value="en">English</option>
          <option value="da">Dansk</option>
        </select>
      </label>
    </header>
  );
}
