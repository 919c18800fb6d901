/**
 * The save dialog for a saved table's file: opened in the project's folder (where a table's
 * file is stored relative to), filtered to the table's format. Only the window's own project
 * counts, and only what the schema admits crosses from the renderer.
 */
import { dialog, type BrowserWindow } from 'electron';
import { dirname, extname, resolve } from 'node:path';
import { z } from 'zod';
import { MATRIX_FILE_FORMATS, type MatrixFileFormat } from '@shared/matrix/options';
import type { Project } from '../backend/project/project';

export const chooseTableFileSchema = z.object({
  action: z.literal('chooseTableFile'),
  /** Where the dialog starts: relative to the project's folder, or absolute; may be empty. */
  file: z
    .string()
    .max(4096)
    .refine((file) => !file.includes('\0')),
  format: z.enum(MATRIX_FILE_FORMATS),
  /** The dialog's title in the UI's language (the main process does not know it). */
  title: z.string().min(1).max(200),
});

const FILTERS: Record<MatrixFileFormat, string> = {
  docx: 'Word',
  xlsx: 'Excel',
  tex: 'LaTeX',
  csv: 'CSV',
  md: 'Markdown',
  html: 'HTML',
  json: 'JSON',
};

/** The chosen file, absolute and with the format's extension; null when cancelled. */
export async function chooseTableFile(
  window: BrowserWindow,
  project: Project,
  request: z.infer<typeof chooseTableFileSchema>,
): Promise<string | null> {
  const folder = dirname(resolve(project.path));
  const result = await dialog.showSaveDialog(window, {
    title: request.title,
    defaultPath: resolve(folder, request.file.trim() || `table.${request.format}`),
    filters: [{ name: FILTERS[request.format], extensions: [request.format] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (result.canceled || !result.filePath) return null;
  const path = result.filePath;
  return extname(path).toLowerCase() === `.${request.format}` ? path : `${path}.${request.format}`;
}
