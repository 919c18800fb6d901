/** One window per project; IPC calls are answered by the project of the calling window. */
import { BrowserWindow, dialog, ipcMain } from 'electron';
import { join } from 'node:path';
import { call } from '../backend/api/dispatch';
import { Project } from '../backend/project/project';

const projectsByWindow = new Map<number, Project>();

export function registerIpc(): void {
  ipcMain.handle('citat:call', async (event, method: unknown, input: unknown) => {
    const window = BrowserWindow.fromWebContents(event.sender);
    const project = window ? projectsByWindow.get(window.id) : undefined;
    if (!project || event.senderFrame !== event.sender.mainFrame) {
      return {
        ok: false,
        error: {
          kind: 'usage',
          code: 'ipc.no-project',
          message: 'no project is open in this window',
        },
      };
    }
    if (typeof method !== 'string') {
      return {
        ok: false,
        error: { kind: 'usage', code: 'ipc.bad-method', message: 'method must be a string' },
      };
    }
    return call(project, method, input);
  });
}

export async function openProjectWindow(path: string, create: boolean): Promise<void> {
  for (const [windowId, project] of projectsByWindow) {
    if (project.path === path) {
      BrowserWindow.fromId(windowId)?.focus();
      return;
    }
  }
  let project: Project;
  try {
    project = create ? Project.create(path) : await Project.open(path);
  } catch (err) {
    dialog.showErrorBox('Citat', err instanceof Error ? err.message : String(err));
    return;
  }
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    title: `${project.name} – Citat`,
    webPreferences: {
      preload: join(import.meta.dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    },
  });
  projectsByWindow.set(window.id, project);
  window.on('closed', () => {
    projectsByWindow.get(window.id)?.close();
    projectsByWindow.delete(window.id);
  });
  if (process.env.ELECTRON_RENDERER_URL) await window.loadURL(process.env.ELECTRON_RENDERER_URL);
  else await window.loadFile(join(import.meta.dirname, '../renderer/index.html'));
}
