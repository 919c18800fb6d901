/** The native menus. Project actions go to the focused project window. */
import { BrowserWindow, dialog, Menu, type MenuItemConstructorOptions } from 'electron';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { call } from '../backend/api/dispatch';
import { loadSettings } from './settings';
import { chooseProject, openProjectWindow, openStartWindow, projectOfWindow } from './windows';

type RendererCommand =
  | 'undo'
  | 'redo'
  | 'find'
  | 'export'
  | 'changed'
  // The renderer opens its own dialogs for these (preview, choices, save), as from the panel.
  | 'importCodebook'
  | 'exportCodebook';

function sendToFocused(command: RendererCommand): void {
  BrowserWindow.getFocusedWindow()?.webContents.send('citat:event', { command });
}

async function importTranscripts(): Promise<void> {
  const window = BrowserWindow.getFocusedWindow();
  const project = projectOfWindow(window);
  if (!window || !project) return;
  const result = await dialog.showOpenDialog(window, {
    title: 'Import transcripts',
    properties: ['openFile', 'multiSelections'],
    filters: [
      { name: 'Transcripts', extensions: ['txt', 'docx', 'odt', 'pdf', 'vtt', 'srt', 'md'] },
    ],
  });
  if (result.canceled || result.filePaths.length === 0) return;
  const failed: string[] = [];
  for (const [index, path] of result.filePaths.entries()) {
    window.setProgressBar((index + 0.5) / result.filePaths.length);
    const outcome = await call(project, 'documents.importFiles', { paths: [path] });
    if (!outcome.ok) failed.push(outcome.error.message);
    else
      for (const file of outcome.value as { ok: boolean; error?: { message: string } }[])
        if (!file.ok) failed.push(file.error!.message);
    window.webContents.send('citat:event', { command: 'changed' });
  }
  window.setProgressBar(-1);
  if (failed.length > 0)
    await dialog.showMessageBox(window, {
      type: 'warning',
      message: 'Some files were not imported',
      detail: failed.join('\n'),
    });
}

async function exportRefiQda(): Promise<void> {
  const window = BrowserWindow.getFocusedWindow();
  const project = projectOfWindow(window);
  if (!window || !project) return;
  const result = await dialog.showSaveDialog(window, {
    title: 'Export REFI-QDA project',
    defaultPath: project.name.replace(/\.citat$/, '.qdpx'),
    filters: [{ name: 'REFI-QDA project', extensions: ['qdpx'] }],
  });
  if (result.canceled || !result.filePath) return;
  const outcome = await call(project, 'exchange.export', {});
  if (!outcome.ok) return void dialog.showErrorBox('Citat', outcome.error.message);
  writeFileSync(result.filePath, (outcome.value as { bytes: Uint8Array }).bytes);
}

async function importRefiQda(): Promise<void> {
  const window = BrowserWindow.getFocusedWindow();
  const project = projectOfWindow(window);
  if (!window || !project) return;
  const result = await dialog.showOpenDialog(window, {
    title: 'Import REFI-QDA project',
    properties: ['openFile'],
    filters: [{ name: 'REFI-QDA project', extensions: ['qdpx'] }],
  });
  const path = result.filePaths[0];
  if (result.canceled || !path) return;
  window.setProgressBar(2); // indeterminate while the archive is read and stored
  const outcome = await call(project, 'exchange.import', {
    fileName: basename(path),
    bytes: readFileSync(path),
  });
  window.setProgressBar(-1);
  window.webContents.send('citat:event', { command: 'changed' });
  if (!outcome.ok) return void dialog.showErrorBox('Citat', outcome.error.message);
  const report = outcome.value as {
    created: { documents: number; codes: number; codings: number };
    notImported: { what: string; count: number }[];
  };
  const left = report.notImported.map((n) => `${n.count} × ${n.what}`).join('\n');
  await dialog.showMessageBox(window, {
    message: `Imported ${report.created.documents} documents, ${report.created.codes} codes, ${report.created.codings} codings`,
    detail: left ? `Not imported:\n${left}` : 'Everything in the file was imported.',
  });
}

export function buildMenu(): Menu {
  const recent = loadSettings().recentProjects.map((path) => ({
    label: path,
    click: () => void openProjectWindow(path, false),
  }));
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'File',
      submenu: [
        {
          label: 'New Project…',
          accelerator: 'CmdOrCtrl+N',
          click: () => void chooseProject('new'),
        },
        {
          label: 'Open Project…',
          accelerator: 'CmdOrCtrl+O',
          click: () => void chooseProject('open'),
        },
        {
          label: 'Open Recent',
          submenu: recent.length > 0 ? recent : [{ label: 'No recent projects', enabled: false }],
        },
        { type: 'separator' },
        {
          label: 'Import Transcripts…',
          accelerator: 'CmdOrCtrl+I',
          click: () => void importTranscripts(),
        },
        {
          label: 'Export Quote Matrix…',
          accelerator: 'CmdOrCtrl+E',
          click: () => sendToFocused('export'),
        },
        { type: 'separator' },
        { label: 'Import REFI-QDA Project (.qdpx)…', click: () => void importRefiQda() },
        { label: 'Export REFI-QDA Project (.qdpx)…', click: () => void exportRefiQda() },
        { type: 'separator' },
        { label: 'Import Codebook…', click: () => sendToFocused('importCodebook') },
        { label: 'Export Codebook…', click: () => sendToFocused('exportCodebook') },
        { type: 'separator' },
        { role: 'close' },
        { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: () => sendToFocused('undo') },
        { label: 'Redo', accelerator: 'CmdOrCtrl+Shift+Z', click: () => sendToFocused('redo') },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        { label: 'Find…', accelerator: 'CmdOrCtrl+F', click: () => sendToFocused('find') },
      ],
    },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [{ label: 'Start Window', click: () => openStartWindow() }],
    },
  ];
  return Menu.buildFromTemplate(template);
}
