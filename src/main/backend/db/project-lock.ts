/**
 * A lock file beside the project so one project is never open in two windows or apps at
 * once (two sessions would interleave undo histories and overwrite each other's view).
 * A lock left by a process that no longer runs is taken over.
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename } from 'node:path';
import { dataError } from '../errors';

interface LockInfo {
  pid: number;
  host: string;
  since: string;
  holder: string;
}

export interface ProjectLock {
  release(): void;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(path: string): LockInfo | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as LockInfo;
  } catch {
    return null;
  }
}

export function acquireProjectLock(projectPath: string, holder: string): ProjectLock {
  const lockPath = `${projectPath}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      const info: LockInfo = {
        pid: process.pid,
        host: hostname(),
        since: new Date().toISOString(),
        holder,
      };
      writeSync(fd, JSON.stringify(info));
      closeSync(fd);
      return { release: () => rmSync(lockPath, { force: true }) };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const existing = readLock(lockPath);
      const stale = existing !== null && existing.host === hostname() && !isRunning(existing.pid);
      if (stale || existing === null) {
        rmSync(lockPath, { force: true });
        continue;
      }
      throw dataError(
        'project.locked',
        `${basename(projectPath)} is already open (${existing.holder}, since ${existing.since}${existing.host === hostname() ? '' : ` on ${existing.host}`}); close it there first`,
      );
    }
  }
  throw dataError('project.locked', `${basename(projectPath)} is locked by another program`);
}
