/**
 * The Electron shell: windows, menus and dialogs, nothing else. All behaviour sits behind
 * the API contract (src/main/backend/api), which this file only forwards to.
 */
import { app, BrowserWindow, dialog, Menu, type MenuItemConstructorOptions } from 'electron';
import { installSecurityGuards } from './security';
import { openProjectWindow, registerIpc } from './windows';

async function chooseProject(mode: 'open' | 'new'): Promise<void> {
  const focused = BrowserWindow.getFocusedWindow() ?? undefined;
  if (mode === 'open') {
    const result = await dialog.showOpenDialog(focused!, {
      title: 'Open Citat project',
      filters: [{ name: 'Citat project', extensions: ['citat'] }],
      properties: ['openFile'],
    });
    if (!result.canceled && result.filePaths[0])
      await openProjectWindow(result.filePaths[0], false);
  } else {
    const result = await dialog.showSaveDialog(focused!, {
      title: 'New Citat project',
      filters: [{ name: 'Citat project', extensions: ['citat'] }],
    });
    if (!result.canceled && result.filePath) await openProjectWindow(result.filePath, true);
  }
}

function buildMenu(): Menu {
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
        { type: 'separator' },
        { role: 'close' },
        { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ];
  return Menu.buildFromTemplate(template);
}

app.whenReady().then(async () => {
  installSecurityGuards();
  registerIpc();
  Menu.setApplicationMenu(buildMenu());
  const fromArgs = process.argv.slice(1).find((arg) => arg.endsWith('.citat'));
  if (fromArgs) await openProjectWindow(fromArgs, false);
  else await chooseProject('open');
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
