/**
 * What only the desktop app has: the start window's actions and the native menu's
 * commands. In the browser host `window.citat` is absent and none of this runs.
 */
import type { CallResult } from '@shared/api/contract';
import type { MatrixFileFormat } from '@shared/matrix/options';
import { ALL_SCOPES, notifyProjectChanged } from './changes';
import { ApiError } from './client';
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
  | { action: 'chooseTableFile'; file: string; format: MatrixFileFormat; title: string }
  | { action: 'openCodebookFile'; title: string }
  | { action: 'saveExportFile'; fileName: string; bytes: Uint8Array; title: string };

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
  if (!result.ok)
    throw new ApiError(
      result.error.code,
      result.error.message,
      result.error.details,
      result.error.kind,
    );
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
 * The native open dialog for a codebook file (.qdc, .csv, .xlsx), read by the main process:
 * its name and bytes, for codebook.previewImport; null when cancelled.
 */
export async function openCodebookFile(
  title: string,
): Promise<{ fileName: string; bytes: Uint8Array } | null> {
  const chosen = (await appAction({ action: 'openCodebookFile', title })) as {
    fileName: string;
    bytes: Uint8Array;
  } | null;
  return chosen ?? null;
}

/**
 * The native save dialog for a file the API returned (`fileName` is the proposed name); the
 * main process writes the bytes where the user chose. The path written, or null when cancelled.
 */
export async function saveExportFile(
  file: { fileName: string; bytes: Uint8Array },
  title: string,
): Promise<string | null> {
  const saved = await appAction({ action: 'saveExportFile', ...file, title });
  return typeof saved === 'string' ? saved : null;
}

/** Menu commands a feature handles (registered while it is mounted), by command name. */
const commandHandlers = new Map<string, () => void>();

/** Lets a feature take a native menu command; returns the unregistration. */
export function onDesktopCommand(command: string, handler: () => void): () => void {
  commandHandlers.set(command, handler);
  return () => {
    if (commandHandlers.get(command) === handler) commandHandlers.delete(command);
  };
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
    else commandHandlers.get(command)?.();
  });
}
