/**
 * How damage is reported: the project opens read-only, and every message about it names
 * the newest backup that passes its check and the command that restores it.
 */
import { basename } from 'node:path';
import type { ProjectAccess } from '@shared/api/types';
import { dataError, type CitatError } from '../errors';
import { newestGoodBackup } from './backups';
import { documentOfProblem } from './integrity';

const quoted = (path: string) => (/[\s"'$`\\]/.test(path) ? JSON.stringify(path) : path);

/** The read-only access of a damaged project, naming the newest backup that passes its check. */
export function damagedAccess(path: string, problems: readonly string[]): ProjectAccess {
  const backup = newestGoodBackup(path);
  return {
    mode: 'read-only',
    reason: 'damaged',
    detail: problems.slice(0, 3).join('; '),
    damagedDocuments: [...new Set(problems.map(documentOfProblem).filter((d) => d !== null))],
    pageProblems: problems.filter((problem) => documentOfProblem(problem) === null).slice(0, 3),
    newestGoodBackup: backup?.name ?? null,
    restoreCommand: backup ? `citat backups restore ${quoted(path)} ${backup.name}` : null,
  };
}

/** The error for a file too damaged to open at all, with the way back. */
export function damagedError(
  path: string,
  detail: string,
  access: ProjectAccess = damagedAccess(path, [detail]),
): CitatError {
  const name = basename(path);
  const way =
    access.mode === 'read-only' && access.restoreCommand
      ? `; restore the newest good backup: ${access.restoreCommand}`
      : '; no good backup was found beside it';
  return dataError('project.damaged', `${name} is damaged (${detail})${way}`, {
    name,
    detail,
    ...(access.mode === 'read-only' && access.newestGoodBackup
      ? { backup: access.newestGoodBackup, command: access.restoreCommand! }
      : {}),
  });
}
