/**
 * What only the desktop app has: the start window's actions and the native menu's
 * commands. In the browser host `window.citat` is absent and none of this runs.
 */
import type { CallResult } from '@shared/api/contract';
import type { MatrixFileFormat } from '@shared/matrix/options';
import { ALL_SCOPES, notifyProjectChanged } from './changes';
import { useProjectStore } from '../stores/project-store';
import { useUiStore } from '../stores/ui-store';
import { autosaves } from '../autosave/autosave-registry';

export interface RecentProject {
  path: string;
  exists: boolean;
}

type AppRequest =
  | { action: 'recent' }
  | { action: 'new' }
  | { action: 'open' }
  | { action: 'openRecent'; path: string }
  | { action: 'chooseTableFile'; file: string; format: MatrixFileFormat; title: string };

interface DesktopApi {
  app(request: AppRequest): Promise<CallResult<unknown>>;
  onEvent(listener: (event: { command: string }) => void): () => void;
  /** Tells the main process the window's fields are saved, so it may close. */
  flushed(): void;
}

function desktop(): DesktopApi | undefined {
  return (window as unknown as { citat?: Partial<DesktopApi> }).citat?.app
    ? (window as unknown as { citat: DesktopApi }).citat
    : undefined;
}

export const isDesktop = (): boolean => desktop() !== undefined;

export async function appAction(request: AppRequest): Promise<unknown> {
  const api = desktop();
  if (!api) throw new Error('only available in the desktop app');
  const result = await api.app(request);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/**
 * The native save dialog for a saved table's file, opened in the project's folder at
 * `file` (relative to it, or absolute). The chosen path, absolute; null when cancelled.
 */
export async function chooseTableFile(
  file: string,
  format: MatrixFileFormat,
  title: string,
): Promise<string | null> {
  const chosen = await appAction({ action: 'chooseTableFile', file, format, title });
  return typeof chosen === 'string' ? chosen : null;
}

/**
 * Routes native menu commands (Undo, Redo, Find, Export, and "project changed" after an
 * import), and the window's "flush" before it closes: every field saves, then it may close.
 */
export function listenToDesktopMenu(): () => void {
  const api = desktop();
  if (!api) return () => undefined;
  return api.onEvent(({ command }) => {
    if (command === 'undo') void useProjectStore.getState().undo();
    else if (command === 'redo') void useProjectStore.getState().redo();
    else if (command === 'find') useUiStore.getState().setView('search');
    else if (command === 'export') useUiStore.getState().setView('matrix');
    else if (command === 'changed') notifyProjectChanged(...ALL_SCOPES);
    else if (command === 'flush') void autosaves.flushAll().finally(() => api.flushed());
  });
}
