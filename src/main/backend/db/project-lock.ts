/**
 * One writer at a time: a lock file beside the project (`<project>.lock`) says who holds it.
 * The app and `citat serve` hold it for as long as the project is open ("session" locks);
 * a CLI command that changes the project holds it for the command ("command" locks).
 * A second writer is refused at once when a session holds the project, and waits briefly
 * when another command does. SQLite's own locks still serialise transactions underneath,
 * but they cannot say who has the project, and they are unreliable on network shares.
 * A lock left by a process that no longer runs on this machine is taken over.
 */
import { closeSync, linkSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { hostname, uptime } from 'node:os';
import { basename } from 'node:path';
import { dataError, type CitatError } from '../errors';

export type LockKind = 'session' | 'command';

export interface LockHolder {
  /** Who, as the user knows it: "Citat desktop app", "citat serve", "citat codes add". */
  program: string;
  kind: LockKind;
}

export interface LockInfo extends LockHolder {
  pid: number;
  host: string;
  since: string;
  token: string;
  /** When the machine was started (s since 1970): a lock from before a reboot is stale whatever its pid. */
  booted?: number;
}

export interface ProjectLock {
  readonly info: LockInfo;
  release(): void;
}

/** How long a command waits for another command's lock (tests shorten it). */
export const DEFAULT_COMMAND_WAIT_MS = 10_000;
const POLL_MS = 50;

export const lockPathOf = (projectPath: string): string => `${projectPath}.lock`;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The lock file's contents; locks written by Citat 0.1 had `holder` and no kind. */
function readLockFile(path: string): LockInfo | 'unreadable' | null {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ENOENT' ? null : 'unreadable';
  }
  try {
    const parsed = JSON.parse(raw) as Partial<LockInfo> & { holder?: string };
    if (typeof parsed.pid !== 'number' || typeof parsed.host !== 'string') return 'unreadable';
    return {
      pid: parsed.pid,
      host: parsed.host,
      since: typeof parsed.since === 'string' ? parsed.since : new Date(0).toISOString(),
      program: parsed.program ?? parsed.holder ?? 'Citat',
      kind: parsed.kind === 'command' ? 'command' : 'session',
      token: parsed.token ?? '',
      ...(typeof parsed.booted === 'number' ? { booted: parsed.booted } : {}),
    };
  } catch {
    return 'unreadable';
  }
}

/** Boot time, in seconds; it wanders by a second or so as uptime is sampled. */
const bootedAt = (): number => Math.round(Date.now() / 1000 - uptime());

/**
 * Stale: left on this machine by a process that no longer runs, or before the machine was
 * restarted (after a reboot its pid may well belong to some other program by now).
 */
const isStale = (info: LockInfo): boolean =>
  info.host === hostname() &&
  (!isRunning(info.pid) || (info.booted !== undefined && Math.abs(info.booted - bootedAt()) > 120));

/** Who holds the project now, or null (a stale lock counts as nobody). */
export function currentLockHolder(projectPath: string): LockInfo | null {
  const info = readLockFile(lockPathOf(projectPath));
  if (info === null || info === 'unreadable' || isStale(info)) return null;
  return info;
}

/** Creates the lock file with its contents in one step, so no one ever reads it half-written. */
function createLockFile(lockPath: string, info: LockInfo): boolean {
  const staged = `${lockPath}.${process.pid}.${info.token}`;
  writeWhole(staged, info);
  try {
    linkSync(staged, lockPath);
    return true;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    // File systems without hard links (FAT on a USB stick, some shares): exclusive create.
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'ENOSYS') {
      try {
        const fd = openSync(lockPath, 'wx');
        try {
          writeSync(fd, JSON.stringify(info));
        } finally {
          closeSync(fd);
        }
        return true;
      } catch (inner) {
        if ((inner as NodeJS.ErrnoException).code === 'EEXIST') return false;
        throw inner;
      }
    }
    throw err;
  } finally {
    rmSync(staged, { force: true });
  }
}

function writeWhole(path: string, info: LockInfo): void {
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, JSON.stringify(info));
  } finally {
    closeSync(fd);
  }
}

function clock(since: string): string {
  const date = new Date(since);
  const time = date.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  const today = new Date().toDateString() === date.toDateString();
  return today ? time : `${date.toISOString().slice(0, 10)} ${time}`;
}

export function lockedError(projectPath: string, info: LockInfo): CitatError {
  const name = basename(projectPath);
  const where = info.host === hostname() ? '' : ` on ${info.host}`;
  const details = {
    name,
    program: info.program,
    pid: info.pid,
    since: info.since,
    host: info.host,
  };
  if (info.kind === 'command')
    return dataError(
      'project.busy',
      `${name} is busy: another command (${info.program}, pid ${info.pid}${where}) is changing it; try again when it has finished`,
      details,
    );
  return dataError(
    'project.locked',
    `${name} is open in Citat (${info.program}, pid ${info.pid}${where}, since ${clock(info.since)}); close it there first, or run read-only commands`,
    details,
  );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One attempt: the lock, or who holds it (stale locks are taken over on the way). */
export function tryProjectLock(projectPath: string, holder: LockHolder): ProjectLock | LockInfo {
  const lockPath = lockPathOf(projectPath);
  const info: LockInfo = {
    ...holder,
    pid: process.pid,
    host: hostname(),
    since: new Date().toISOString(),
    token: randomBytes(8).toString('hex'),
    booted: bootedAt(),
  };
  for (;;) {
    if (createLockFile(lockPath, info)) return heldLock(lockPath, info);
    const existing = readLockFile(lockPath);
    if (existing === null) continue; // released between our attempt and the read
    if (existing !== 'unreadable' && !isStale(existing)) return existing;
    // Take over only what we read as stale: re-read right before removing it.
    const again = readLockFile(lockPath);
    if (again === 'unreadable' || (again !== null && isStale(again)))
      rmSync(lockPath, { force: true });
  }
}

/**
 * Takes the project for `holder`. Refuses at once when a session holds it; waits up to
 * `waitMs` while another command does, then refuses with "busy".
 */
export async function acquireProjectLock(
  projectPath: string,
  holder: LockHolder,
  waitMs = DEFAULT_COMMAND_WAIT_MS,
): Promise<ProjectLock> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const attempt = tryProjectLock(projectPath, holder);
    if ('release' in attempt) return attempt;
    if (attempt.kind === 'session' || Date.now() >= deadline)
      throw lockedError(projectPath, attempt);
    await sleep(POLL_MS);
  }
}

function heldLock(lockPath: string, info: LockInfo): ProjectLock {
  let released = false;
  return {
    info,
    release() {
      if (released) return;
      released = true;
      // Remove the lock only while it is still ours (never another holder's takeover).
      const current = readLockFile(lockPath);
      if (current !== null && current !== 'unreadable' && current.token === info.token)
        rmSync(lockPath, { force: true });
    },
  };
}
