/** Exposes exactly one function to the renderer: call a contract method. */
import { contextBridge, ipcRenderer } from 'electron';

contextBridge.exposeInMainWorld('citat', {
  call: (method: string, input: unknown): Promise<unknown> =>
    ipcRenderer.invoke('citat:call', String(method), input),
});
