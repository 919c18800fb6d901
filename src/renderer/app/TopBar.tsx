import { useState } from 'react';
import { useLanguageStore, useT, type Language } from '../i18n/i18n';
import { useProjectStore } from '../stores/project-store';
import type { ProjectInfo } from '@shared/api/types';

/** Project name, the current coder (always visible), undo/redo and the language switch. */
export function TopBar({ info }: { info: ProjectInfo }) {
  const t = useT();
  const { undo, redo, setCoder } = useProjectStore();
  const { language, setLanguage } = useLanguageStore();
  const [editingCoder, setEditingCoder] = useState(false);
  const [coderDraft, setCoderDraft] = useState(info.currentCoder);

  const commitCoder = () => {
    setEditingCoder(false);
    if (coderDraft.trim() && coderDraft.trim() !== info.currentCoder)
      void setCoder(coderDraft.trim());
  };

  return (
    <header className="topbar">
      <h1 className="topbar-title">{info.name.replace(/\.citat$/, '')}</h1>
      <span className="topbar-saved" title={t('shell.saved')}>
        ✓
      </span>
      <div className="topbar-spacer" />
      <div className="topbar-coder">
        <span>{t('shell.coder')}:</span>
        {editingCoder ? (
          <input
            aria-label={t('shell.coder')}
            autoFocus
            value={coderDraft}
            onChange={(e) => setCoderDraft(e.target.value)}
            onBlur={commitCoder}
            onKeyDown={(e) => {
              if (e.key === 'Enter') commitCoder();
              if (e.key === 'Escape') setEditingCoder(false);
            }}
          />
        ) : (
          <button
            type="button"
            className="link-button"
            data-testid="current-coder"
            title={t('shell.coder.change')}
            onClick={() => {
              setCoderDraft(info.currentCoder);
              setEditingCoder(true);
            }}
          >
            {info.currentCoder}
          </button>
        )}
      </div>
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
