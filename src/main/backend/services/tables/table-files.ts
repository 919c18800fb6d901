/**
 * Writing a table's file, for every transport alike (CLI, desktop app, `citat serve`): the
 * bytes go to a temporary file beside the table's file, are flushed to disk and then
 * renamed over it in one step, so the thesis never holds a half-written table — not after
 * a crash, a full disk or a reader opening it meanwhile. A file that already holds the
 * bytes is not touched (its modification time is kept), see planExports.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { TableRegenerated } from '@shared/matrix/tables';
import { inputError } from '../../errors';
import type { Project } from '../../project/project';
import { readOnlyError } from '../../project/read-only-error';
import { recordExports, type ExportState } from './saved-tables';
import { planExports } from './table-export';

/** Replaces `path` with `bytes` atomically (temp file + rename in the same folder). */
export function writeFileAtomically(path: string, bytes: Uint8Array): void {
  // Hidden and unique: two writers never share a temp file, a leftover names its table, and
  // the name stays short enough for any file name the folder takes.
  const temp = join(
    dirname(path),
    `.${basename(path).slice(0, 100)}.citat-${randomBytes(6).toString('hex')}.tmp`,
  );
  let fd: number | null = null;
  try {
    fd = openSync(temp, 'wx');
    for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at, bytes.length - at);
    // On disk before the rename: otherwise a crash can leave the new name on empty content.
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    renameSync(temp, path);
  } catch (err) {
    if (fd !== null) closeSync(fd);
    rmSync(temp, { force: true });
    throw err;
  }
}

/**
 * Regenerates the tables (every saved table when `names` is empty): all are checked first
 * (see planExports: nothing is written when one would overwrite a file changed outside
 * Citat or has no folder to go to), then each changed file is written atomically and each
 * export recorded. A file that fails to write stops the run; the tables written before it
 * are recorded, so the next run reports exactly what is still to be written.
 */
export function regenerateTables(project: Project, names?: readonly string[]): TableRegenerated[] {
  const planned = planExports(project, names);
  // A project that cannot record the export must not write files it would then not know.
  if (project.readOnly && planned.some((p) => p.result.bytes !== null || p.state !== null))
    throw readOnlyError(project.name, project.access);
  const done: ExportState[] = [];
  const results: TableRegenerated[] = [];
  try {
    for (const { result, state } of planned) {
      const { bytes, ...report } = result;
      if (bytes) {
        try {
          writeFileAtomically(result.path, bytes);
        } catch (err) {
          const reason = (err as NodeJS.ErrnoException).code ?? String(err);
          throw inputError(
            'tables.write-failed',
            `table "${result.name}": cannot write ${result.file} (${reason})`,
            err,
            { name: result.name, file: result.file, reason },
          );
        }
      }
      if (state) done.push(state);
      results.push({ ...report, written: bytes !== null });
    }
  } finally {
    recordExports(project, done);
  }
  return results;
}
