/**
 * What can be learnt about a project file without opening it with SQLite: whether it is
 * there, a file, an SQLite database at all, in which journal mode, whether this process
 * may write it and its folder, and its identity (to notice it being replaced while open).
 */
import { accessSync, constants, closeSync, openSync, readSync, statSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { inputError, dataError } from '../errors';
import { describeFileError } from './storage-errors';

const SQLITE_HEADER = 'SQLite format 3\0';

export interface FileIdentity {
  dev: number;
  ino: number;
}

export interface ProjectFileFacts {
  size: number;
  identity: FileIdentity;
  /** The header says WAL (format versions 2/2): a file left by an older Citat. */
  walMode: boolean;
  /** SQLite's file change counter: grows with every commit in rollback-journal mode. */
  changeCounter: number;
  /** null when writable; otherwise why not. */
  notWritable: 'file-read-only' | 'folder-read-only' | null;
}

function canWrite(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function readHeader(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(100);
    const read = readSync(fd, buffer, 0, 100, 0);
    return buffer.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** Throws a CitatError naming the problem when `path` cannot be a project at all. */
export function inspectProjectFile(path: string): ProjectFileFacts {
  const name = basename(path);
  let stats;
  try {
    stats = statSync(path);
  } catch (err) {
    throw describeFileError(err, path, 'project');
  }
  if (stats.isDirectory())
    throw inputError(
      'project.is-folder',
      `${name} is a folder, not a Citat project file`,
      undefined,
      {
        name,
      },
    );
  if (!stats.isFile())
    throw inputError('project.not-a-file', `${name} is not a regular file`, undefined, { name });
  if (stats.size === 0)
    throw dataError('project.damaged', `${name} is damaged (the file is empty)`, {
      name,
      detail: 'the file is empty',
    });
  let header: Buffer;
  try {
    header = readHeader(path);
  } catch (err) {
    throw describeFileError(err, path, 'project');
  }
  if (header.subarray(0, 16).toString('latin1') !== SQLITE_HEADER) {
    throw inputError(
      'project.not-citat',
      `${name} is not a Citat project (not an SQLite database)`,
      undefined,
      { name },
    );
  }
  if (header.length < 100 || stats.size < 512)
    throw dataError('project.damaged', `${name} is damaged (the file is cut short)`, {
      name,
      detail: `the file is cut short (${stats.size} bytes)`,
    });
  const folderWritable = canWrite(dirname(path));
  return {
    size: stats.size,
    identity: { dev: stats.dev, ino: stats.ino },
    walMode: header[18] === 2 && header[19] === 2,
    changeCounter: header.readUInt32BE(24),
    notWritable: !canWrite(path) ? 'file-read-only' : !folderWritable ? 'folder-read-only' : null,
  };
}

/** The file's identity now, or null when it is gone. */
export function currentIdentity(path: string): FileIdentity | null {
  try {
    const stats = statSync(path);
    return { dev: stats.dev, ino: stats.ino };
  } catch {
    return null;
  }
}

export function sameIdentity(a: FileIdentity | null, b: FileIdentity | null): boolean {
  return a !== null && b !== null && a.dev === b.dev && a.ino === b.ino;
}
