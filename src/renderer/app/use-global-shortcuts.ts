import { useEffect } from 'react';
import { useProjectStore } from '../stores/project-store';
import { useUiStore } from '../stores/ui-store';
import { viewForShortcut } from './ViewTabs';

/** Ctrl/Cmd+Z undo, Ctrl/Cmd+Shift+Z (or Ctrl+Y) redo, Alt+1…5 views — except while typing. */
export function useGlobalShortcuts(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing =
        !!target &&
        (target.tagName === 'INPUT' ||
          target.tagName === 'TEXTAREA' ||
          target.tagName === 'SELECT');
      const mod = event.ctrlKey || event.metaKey;
      if (mod && !typing && event.key.toLowerCase() === 'z') {
        event.preventDefault();
        void (event.shiftKey
          ? useProjectStore.getState().redo()
          : useProjectStore.getState().undo());
      } else if (mod && !typing && event.key.toLowerCase() === 'y') {
        event.preventDefault();
        void useProjectStore.getState().redo();
      } else if (event.altKey && !mod) {
        const view = viewForShortcut(event.key);
        if (view) {
          event.preventDefault();
          useUiStore.getState().setView(view);
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
