/**
 * The Electron shell: windows, menus and dialogs, nothing else. All behaviour sits behind
 * the API contract (src/main/backend/api), which this shell only forwards to.
 */
import { app, Menu } from 'electron';
import { installSecurityGuards } from './security';
import { buildMenu } from './menu';
import { openProjectWindow, openStartWindow, registerIpc } from './windows';

app.whenReady().then(async () => {
  installSecurityGuards();
  registerIpc();
  Menu.setApplicationMenu(buildMenu());
  app.on('browser-window-created', () => Menu.setApplicationMenu(buildMenu()));
  const fromArgs = process.argv.slice(1).find((arg) => arg.endsWith('.citat'));
  if (fromArgs) await openProjectWindow(fromArgs, false);
  else openStartWindow();
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('activate', () => openStartWindow());
