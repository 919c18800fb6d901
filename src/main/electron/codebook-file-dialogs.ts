/**
 * The native dialogs of codebook exchange: opening a codebook file (read here, its bytes
 * handed to the renderer, which previews and imports it through the contract) and saving a
 * file the contract exported where the user chooses. The renderer never names a path: the
 * only paths written are those the user picked in the save dialog.
 */
import { dialog, type BrowserWindow } from 'electron';
import { writeFileSync } from 'node:fs';
import { basename, dirname, extname, resolve } from 'node:path';
import { z } from 'zod';
import { CitatError } from '../backend/errors';
import type { Project } from '../backend/project/project';
import { readCodebookBytes } from '../backend/services/codebook-io';

const title = z.string().min(1).max(200);

export const openCodebookFileSchema = z.object({ action: z.literal('openCodebookFile'), title });

/** Exported files are small (a codebook, a coding guide); this only bounds what IPC carries. */
const MAX_EXPORT_BYTES = 200 * 1024 * 1024;

export const saveExportFileSchema = z.object({
  action: z.literal('saveExportFile'),
  /** The proposed name: a bare file name with an extension, no folder. */
  fileName: z
    .string()
    .min(3)
    .max(255)
    .refine((name) => !/[\\/\0]/.test(name) && /\.[A-Za-z0-9]+$/.test(name)),
  bytes: z.custom<Uint8Array>(
    (value) => value instanceof Uint8Array && value.length <= MAX_EXPORT_BYTES,
  ),
  title,
});

type Failure = {
  ok: false;
  error: {
    kind: 'input';
    code: string;
    message: string;
    details?: Record<string, string | number>;
  };
};

/** The chosen codebook's name and bytes; null when cancelled; refusals by their codes. */
export async function openCodebookFile(
  window: BrowserWindow,
  project: Project,
  request: z.infer<typeof openCodebookFileSchema>,
): Promise<{ ok: true; value: { fileName: string; bytes: Uint8Array } | null } | Failure> {
  const result = await dialog.showOpenDialog(window, {
    title: request.title,
    defaultPath: dirname(resolve(project.path)),
    properties: ['openFile'],
    filters: [
      { name: 'Codebook', extensions: ['qdc', 'csv', 'xlsx', 'tsv'] },
      { name: 'All files', extensions: ['*'] },
    ],
  });
  const path = result.filePaths[0];
  if (result.canceled || !path) return { ok: true, value: null };
  try {
    return { ok: true, value: readCodebookBytes(path) };
  } catch (err) {
    if (!(err instanceof CitatError)) throw err;
    return {
      ok: false,
      error: {
        kind: 'input',
        code: err.code,
        message: err.message,
        details: { ...err.details, name: basename(path) },
      },
    };
  }
}

/** Writes the bytes where the user chose; the path written, or null when cancelled. */
export async function saveExportFile(
  window: BrowserWindow,
  project: Project,
  request: z.infer<typeof saveExportFileSchema>,
): Promise<{ ok: true; value: string | null } | Failure> {
  const extension = extname(request.fileName).slice(1).toLowerCase();
  const result = await dialog.showSaveDialog(window, {
    title: request.title,
    defaultPath: resolve(dirname(resolve(project.path)), request.fileName),
    filters: [{ name: extension.toUpperCase(), extensions: [extension] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (result.canceled || !result.filePath) return { ok: true, value: null };
  const path =
    extname(result.filePath).toLowerCase() === `.${extension}`
      ? result.filePath
      : `${result.filePath}.${extension}`;
  try {
    writeFileSync(path, request.bytes);
    return { ok: true, value: path };
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code ?? String(err);
    return {
      ok: false,
      error: {
        kind: 'input',
        code: 'export.write-failed',
        message: `${path}: cannot be written (${reason})`,
        details: { file: basename(path), reason },
      },
    };
  }
}
