/**
 * Team merge from uploaded bytes (the app's file picker, which has no path): the other
 * coder's .citat is written to a fresh temp folder under its own file name — so reports,
 * errors and the undo label name the file the user chose — merged, and removed again.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MergeReport } from '@shared/api/types';
import { CitatError, inputError } from '../../errors';
import { Project } from '../../project/project';
import { mergeCoderProject } from './merge-project';

export interface MergeUpload {
  fileName: string;
  bytes: Uint8Array;
  coderName?: string;
}

/** The last path segment of a name a browser or OS gave us, never a path of its own. */
function safeFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop()?.trim() ?? '';
  return base === '' || base === '.' || base === '..' ? 'other.citat' : base;
}

function checkUpload(fileName: string, bytes: Uint8Array): void {
  if (!/\.citat$/i.test(fileName)) {
    throw inputError(
      'merge.not-citat',
      /\.qdpx$/i.test(fileName)
        ? `${fileName} is a REFI-QDA project: import it with "Import REFI-QDA project" instead`
        : `${fileName} is not a Citat project (.citat); ask the other coder for their project file`,
    );
  }
  if (bytes.length === 0) throw inputError('merge.empty-file', `${fileName} is empty`);
}

export async function mergeUploadedProject(
  project: Project,
  upload: MergeUpload,
): Promise<MergeReport> {
  const fileName = safeFileName(upload.fileName);
  checkUpload(fileName, upload.bytes);
  const folder = mkdtempSync(join(tmpdir(), 'citat-merge-'));
  try {
    const path = join(folder, fileName);
    writeFileSync(path, upload.bytes);
    const options = upload.coderName === undefined ? {} : { coderName: upload.coderName };
    try {
      return await mergeCoderProject(project, path, options);
    } catch (err) {
      if (!(err instanceof CitatError) || err.code !== 'project.needs-migration') throw err;
      // An older Citat wrote it: this copy is ours, so upgrade it in place and merge again.
      (await Project.open(path)).close();
      return await mergeCoderProject(project, path, options);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
