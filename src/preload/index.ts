/**
 * Exposes exactly four things to the renderer: contract calls, start-window actions, menu
 * events, and the acknowledgement that a closing window has saved its fields.
 */
import { contextBridge, ipcRenderer } from 'electron';

contextBridge.exposeInMainWorld('citat', {
  call: (method: string, input: unknown): Promise<unknown> =>
    ipcRenderer.invoke('citat:call', String(method), input),
  app: (request: unknown): Promise<unknown> => ipcRenderer.invoke('citat:app', request),
  onEvent: (listener: (event: { command: string }) => void): (() => void) => {
    const handler = (_: unknown, event: { command: string }) => listener(event);
    ipcRenderer.on('citat:event', handler);
    return () => ipcRenderer.removeListener('citat:event', handler);
  },
  // No arguments cross: the main process only learns that the flush it asked for is done.
  flushed: (): void => ipcRenderer.send('citat:flushed'),
});
