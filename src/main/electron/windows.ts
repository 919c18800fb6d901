/**
 * One window per project (with a lock so a project is never open twice), the start window,
 * and the IPC channels: `citat:call` forwards contract calls to the window's project after
 * validating them; `citat:app` serves the start window (recent, new, open) and a project
 * window's save dialog for a saved table's file and the codebook's open and save dialogs;
 * `citat:flushed`
 * is a closing project window's word that its fields are saved.
 */
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  type IpcMainEvent,
  type IpcMainInvokeEvent,
} from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { call } from '../backend/api/dispatch';
import { Project } from '../backend/project/project';
import { loadSettings, rememberBounds, rememberProject } from './settings';
import { chooseTableFile, chooseTableFileSchema } from './table-file-dialog';
import {
  openCodebookFile,
  openCodebookFileSchema,
  saveExportFile,
  saveExportFileSchema,
} from './codebook-file-dialogs';

interface OpenProject {
  project: Project;
}

const projectsByWindow = new Map<number, OpenProject>();
let startWindow: BrowserWindow | null = null;

const PRELOAD = join(import.meta.dirname, '../preload/index.cjs');

function createWindow(title: string, hash: string): BrowserWindow {
  const bounds = loadSettings().windowBounds;
  const window = new BrowserWindow({
    ...(bounds ?? { width: 1280, height: 820 }),
    title,
    webPreferences: {
      preload: PRELOAD,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      // Middle-click must not open links in new windows.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  window.on('close', () => rememberBounds(window.getBounds()));
  const devUrl = process.env.ELECTRON_RENDERER_URL;
  if (devUrl) void window.loadURL(`${devUrl}#${hash}`);
  else void window.loadFile(join(import.meta.dirname, '../renderer/index.html'), { hash });
  return window;
}

/** Calls only from a window's own top frame count. */
function senderWindow(event: IpcMainInvokeEvent | IpcMainEvent): BrowserWindow | null {
  if (event.senderFrame !== event.sender.mainFrame) return null;
  return BrowserWindow.fromWebContents(event.sender);
}

/** How long a closing window waits for its renderer to save what is being typed. */
const FLUSH_TIMEOUT_MS = 2000;
/** Windows waiting for their renderer's flush, by window id: call to close. */
const flushWaiters = new Map<number, () => void>();
let quitting = false;

/**
 * A project window closes only after its renderer has saved every field (a memo typed a
 * moment ago is still waiting for its pause): the first close is held, the renderer is
 * asked to flush, and the window closes on its acknowledgement or after the timeout.
 */
function flushBeforeClose(window: BrowserWindow): void {
  let flushed = false;
  window.on('close', (event) => {
    if (flushed) return;
    event.preventDefault();
    if (flushWaiters.has(window.id)) return;
    const close = () => {
      clearTimeout(timer);
      flushWaiters.delete(window.id);
      flushed = true;
      if (!window.isDestroyed()) window.close();
      // A held close cancels a quit in progress; resume it.
      if (quitting) app.quit();
    };
    const timer = setTimeout(close, FLUSH_TIMEOUT_MS);
    flushWaiters.set(window.id, close);
    const contents = window.webContents;
    if (contents.isDestroyed() || contents.isCrashed()) close();
    else contents.send('citat:event', { command: 'flush' });
  });
}

export function projectOfWindow(window: BrowserWindow | null | undefined): Project | undefined {
  return window ? projectsByWindow.get(window.id)?.project : undefined;
}

export async function openProjectWindow(path: string, create: boolean): Promise<void> {
  for (const [windowId, open] of projectsByWindow) {
    if (open.project.path === path) {
      BrowserWindow.fromId(windowId)?.focus();
      return;
    }
  }
  let project: Project;
  const holder = { program: 'Citat desktop app', kind: 'session' } as const;
  try {
    // The session lock: `citat` commands that would change the project are refused meanwhile.
    project = create ? Project.create(path, holder) : await Project.open(path, { holder });
  } catch (err) {
    dialog.showErrorBox('Citat', err instanceof Error ? err.message : String(err));
    return;
  }
  rememberProject(path);
  const window = createWindow(`${project.name} – Citat`, 'project');
  projectsByWindow.set(window.id, { project });
  flushBeforeClose(window);
  window.on('closed', () => {
    projectsByWindow.get(window.id)?.project.close();
    projectsByWindow.delete(window.id);
  });
  startWindow?.close();
}

export function openStartWindow(): void {
  if (startWindow) {
    startWindow.focus();
    return;
  }
  startWindow = createWindow('Citat', 'start');
  startWindow.on('closed', () => {
    startWindow = null;
  });
}

export async function chooseProject(mode: 'open' | 'new', parent?: BrowserWindow): Promise<void> {
  const filters = [{ name: 'Citat project', extensions: ['citat'] }];
  if (mode === 'open') {
    const result = parent
      ? await dialog.showOpenDialog(parent, {
          title: 'Open Citat project',
          filters,
          properties: ['openFile'],
        })
      : await dialog.showOpenDialog({
          title: 'Open Citat project',
          filters,
          properties: ['openFile'],
        });
    if (!result.canceled && result.filePaths[0])
      await openProjectWindow(result.filePaths[0], false);
  } else {
    const options = { title: 'New Citat project', filters, defaultPath: 'speciale.citat' };
    const result = parent
      ? await dialog.showSaveDialog(parent, options)
      : await dialog.showSaveDialog(options);
    if (!result.canceled && result.filePath) {
      const path = result.filePath.endsWith('.citat')
        ? result.filePath
        : `${result.filePath}.citat`;
      await openProjectWindow(path, true);
    }
  }
}

const appActionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('recent') }),
  z.object({ action: z.literal('new') }),
  z.object({ action: z.literal('open') }),
  z.object({ action: z.literal('openRecent'), path: z.string().min(1).max(4096) }),
  chooseTableFileSchema,
  openCodebookFileSchema,
  saveExportFileSchema,
]);

export function registerIpc(): void {
  app.on('before-quit', () => {
    quitting = true;
  });
  // Takes no arguments: only which window's top frame sent it counts.
  ipcMain.on('citat:flushed', (event) => {
    const window = senderWindow(event);
    if (window) flushWaiters.get(window.id)?.();
  });
  ipcMain.handle('citat:call', async (event, method: unknown, input: unknown) => {
    const project = projectOfWindow(senderWindow(event));
    if (!project)
      return {
        ok: false,
        error: {
          kind: 'usage',
          code: 'ipc.no-project',
          message: 'no project is open in this window',
        },
      };
    if (typeof method !== 'string')
      return {
        ok: false,
        error: { kind: 'usage', code: 'ipc.bad-method', message: 'method must be a string' },
      };
    return call(project, method, input);
  });
  ipcMain.handle('citat:app', async (event, raw: unknown) => {
    const window = senderWindow(event);
    const parsed = appActionSchema.safeParse(raw);
    if (!window || !parsed.success)
      return {
        ok: false,
        error: { kind: 'usage', code: 'ipc.bad-action', message: 'invalid app action' },
      };
    const request = parsed.data;
    if (request.action === 'recent') {
      return {
        ok: true,
        value: loadSettings().recentProjects.map((path) => ({ path, exists: existsSync(path) })),
      };
    }
    if (
      request.action === 'chooseTableFile' ||
      request.action === 'openCodebookFile' ||
      request.action === 'saveExportFile'
    ) {
      const project = projectOfWindow(window);
      if (!project)
        return {
          ok: false,
          error: { kind: 'usage', code: 'ipc.no-project', message: 'no project is open here' },
        };
      if (request.action === 'openCodebookFile') return openCodebookFile(window, project, request);
      if (request.action === 'saveExportFile') return saveExportFile(window, project, request);
      return { ok: true, value: await chooseTableFile(window, project, request) };
    }
    if (request.action === 'openRecent') await openProjectWindow(request.path, false);
    else await chooseProject(request.action, window);
    return { ok: true, value: null };
  });
}
