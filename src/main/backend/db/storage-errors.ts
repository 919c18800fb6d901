/**
 * Foreseeable failures of files and of SQLite, each turned into its own CitatError (and so
 * its own message and exit code 2) instead of surfacing as "internal error". Anything not
 * recognised here is left alone: that is a bug and must stay visible as one.
 */
import { basename } from 'node:path';
import { CitatError, dataError, inputError } from '../errors';

type Role = 'project' | 'file';

interface SystemError {
  code?: unknown;
  path?: unknown;
  message?: unknown;
}

const asSystemError = (err: unknown): SystemError =>
  typeof err === 'object' && err !== null ? (err as SystemError) : {};

/** A Node file-system error (ENOENT, EISDIR, EACCES, …) about `path`, worded for `role`. */
export function describeFileError(err: unknown, path: string, role: Role): CitatError {
  return (
    fileErrorOf(err, path, role) ??
    inputError(
      'file.unreadable',
      `cannot use ${basename(path)}: ${String(asSystemError(err).message ?? err)}`,
      err,
      { name: basename(path) },
    )
  );
}

function fileErrorOf(err: unknown, path: string, role: Role): CitatError | null {
  const code = asSystemError(err).code;
  const name = basename(path);
  const details = { name };
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return role === 'project'
        ? inputError('project.not-found', `${name}: no such project file`, err, details)
        : inputError('file.not-found', `${name}: no such file`, err, details);
    case 'EISDIR':
      return role === 'project'
        ? inputError(
            'project.is-folder',
            `${name} is a folder, not a Citat project file`,
            err,
            details,
          )
        : inputError('file.is-folder', `${name} is a folder, not a file`, err, details);
    case 'EACCES':
    case 'EPERM':
      return inputError(
        'file.no-permission',
        `cannot open ${name}: permission denied`,
        err,
        details,
      );
    case 'EROFS':
      return dataError(
        'file.read-only-medium',
        `cannot write ${name}: it is on a read-only disk or share`,
        details,
      );
    case 'ENOSPC':
    case 'EDQUOT':
      return dataError(
        'disk.full',
        `the disk holding ${name} is full; nothing was changed — free some space and try again`,
        details,
      );
    case 'ENAMETOOLONG':
      return inputError('file.name-too-long', `the path of ${name} is too long`, err, details);
    case 'EMFILE':
    case 'ENFILE':
      return dataError(
        'system.too-many-files',
        `too many files are open to use ${name}; close some programs and try again`,
        details,
      );
    case 'EIO':
      return dataError(
        'file.io-error',
        `${name} could not be read or written (a disk or network error)`,
        details,
      );
    default:
      return null;
  }
}

/** An error thrown by better-sqlite3 (SqliteError: code "SQLITE_…") about the project. */
function sqliteErrorOf(err: unknown, projectName: string): CitatError | null {
  const code = asSystemError(err).code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return null;
  const details = { name: projectName };
  const reason = String(asSystemError(err).message ?? code);
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB')
    return dataError('project.damaged', `${projectName} is damaged (${reason})`, details);
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return dataError(
      'project.busy',
      `${projectName} is busy: another program is using it right now; try again in a moment`,
      details,
    );
  if (code === 'SQLITE_READONLY_ROLLBACK' || code === 'SQLITE_READONLY_RECOVERY')
    return dataError(
      'project.needs-recovery',
      `${projectName} holds a change left unfinished by a program that stopped while writing; open it once with a program that may write to its folder (the app, or any command that changes it) to finish recovering it`,
      details,
    );
  if (code.startsWith('SQLITE_READONLY'))
    return dataError(
      'project.read-only',
      `this project is read-only (${projectName} cannot be written: ${reason})`,
      { ...details, reason: 'file-read-only' },
    );
  if (code === 'SQLITE_FULL')
    return dataError(
      'disk.full',
      `the disk holding ${projectName} is full; nothing was changed — free some space and try again`,
      details,
    );
  if (code.startsWith('SQLITE_IOERR'))
    return dataError(
      'project.io-error',
      `${projectName} could not be read or written (a disk or network error: ${reason}); nothing was changed`,
      details,
    );
  if (code.startsWith('SQLITE_CANTOPEN'))
    return dataError('project.cannot-open', `${projectName} cannot be opened (${reason})`, details);
  if (code === 'SQLITE_PERM' || code.startsWith('SQLITE_AUTH'))
    return dataError(
      'file.no-permission',
      `cannot open ${projectName}: permission denied`,
      details,
    );
  return null;
}

/**
 * The CitatError a user should read for `err`, or null when `err` is a bug. `projectPath`
 * names the project for SQLite errors (which do not say which file they are about).
 */
export function foreseeableError(err: unknown, projectPath?: string): CitatError | null {
  if (err instanceof CitatError) return err;
  const sqlite = sqliteErrorOf(err, projectPath ? basename(projectPath) : 'the project');
  if (sqlite) return sqlite;
  const path = asSystemError(err).path;
  if (typeof path === 'string') return fileErrorOf(err, path, 'file');
  return null;
}

export const isDamageError = (err: unknown): boolean => {
  const code = asSystemError(err).code;
  return (
    typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB')
  );
};
