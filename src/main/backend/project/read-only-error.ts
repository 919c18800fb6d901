/** The refusal of a write to a project that is open read-only, saying why and what to do. */
import type { ProjectAccess } from '@shared/api/types';
import { dataError, type CitatError } from '../errors';

export function readOnlyError(name: string, access: ProjectAccess): CitatError {
  if (access.mode === 'read-write')
    return dataError(
      'project.read-only',
      `this project is read-only (${name} was opened for reading only)`,
      {
        name,
        reason: 'opened-read-only',
      },
    );
  const because =
    access.reason === 'damaged'
      ? `${name} is damaged: ${access.detail}${access.restoreCommand ? `; restore the newest good backup: ${access.restoreCommand}` : '; no good backup was found'}`
      : access.reason === 'file-read-only'
        ? `${name} cannot be written: the file is read-only`
        : `the folder holding ${name} cannot be written`;
  return dataError('project.read-only', `this project is read-only (${because})`, {
    name,
    reason: access.reason,
    detail: access.detail,
    ...(access.newestGoodBackup ? { backup: access.newestGoodBackup } : {}),
    ...(access.restoreCommand ? { command: access.restoreCommand } : {}),
  });
}
