/**
 * Files in and out of codebook exchange, the same in every host where it can be: in the
 * desktop app the system's open and save dialogs, in the browser a file input (the
 * component's) and a download. Names proposed for exports follow the project and the UI.
 */
import type { ExportedFile } from '@shared/api/types';
import { isDesktop, saveExportFile } from '../../api/desktop-bridge';
import { downloadFile } from '../../ui/download';
import { fileStem } from '../tables/table-file';

/** Codebook files the import reads (the core decides by the extension). */
export const CODEBOOK_FILE_ACCEPT = '.qdc,.csv,.tsv,.xlsx';

export type SaveOutcome =
  | { kind: 'saved'; fileName: string }
  | { kind: 'downloaded'; fileName: string }
  | { kind: 'cancelled' };

/** "Speciale.citat", "kodebog", "csv" → "speciale-kodebog.csv". */
export function exportFileName(projectName: string, what: string, extension: string): string {
  const project = projectName.replace(/\.citat$/i, '').trim();
  const stem = fileStem(what);
  return project === '' ? `${stem}.${extension}` : `${fileStem(project)}-${stem}.${extension}`;
}

/** Saves an exported file under `fileName`: the save dialog (desktop) or a download. */
export async function saveFile(
  file: ExportedFile,
  fileName: string,
  dialogTitle: string,
): Promise<SaveOutcome> {
  if (!isDesktop()) {
    downloadFile({ ...file, fileName });
    return { kind: 'downloaded', fileName };
  }
  const path = await saveExportFile({ fileName, bytes: file.bytes }, dialogTitle);
  if (path === null) return { kind: 'cancelled' };
  return { kind: 'saved', fileName: path.split(/[\\/]/).pop() ?? path };
}
