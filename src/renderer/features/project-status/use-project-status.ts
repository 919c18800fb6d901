/**
 * Keeps the window in step with the project file: polls project.status (and asks at once
 * when the window regains focus or becomes visible); when another program changed the
 * file, every view reloads and the user is told; when the project became read-only (a
 * failed check while open), the project info is reloaded so the banner shows.
 */
import { useEffect } from 'react';
import { callApi } from '../../api/client';
import { ALL_SCOPES, notifyProjectChanged } from '../../api/changes';
import { translate, useLanguageStore } from '../../i18n/i18n';
import { reportInfo } from '../../stores/notice-store';
import { useProjectStore } from '../../stores/project-store';
import { OutsideChangeTracker, STATUS_POLL_MS } from './outside-changes';
import './messages';

export function useProjectStatus(): void {
  useEffect(() => {
    const tracker = new OutsideChangeTracker();
    let stopped = false;
    const changed = (count: number) => {
      if (!tracker.observe(count)) return;
      notifyProjectChanged(...ALL_SCOPES);
      reportInfo(translate(useLanguageStore.getState().language, 'status.outside.reloaded'));
    };
    const info = useProjectStore.getState().info;
    if (info) tracker.observe(info.outsideChanges);
    const stopInfo = useProjectStore.subscribe((state) => {
      if (state.info) changed(state.info.outsideChanges);
    });
    const poll = async () => {
      if (stopped || document.visibilityState === 'hidden') return;
      try {
        const status = await callApi('project.status', {});
        if (stopped) return;
        changed(status.outsideChanges);
        const shown = useProjectStore.getState().info?.access.mode === 'read-only';
        if (status.readOnly !== shown) void useProjectStore.getState().refresh();
      } catch {
        // The next poll asks again; a lost connection shows when something is saved.
      }
    };
    const timer = setInterval(() => void poll(), STATUS_POLL_MS);
    const onVisible = () => void poll();
    window.addEventListener('focus', onVisible);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      stopped = true;
      clearInterval(timer);
      stopInfo();
      window.removeEventListener('focus', onVisible);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, []);
}
