/**
 * Recognises project files in folders that a sync client copies while they change
 * (Dropbox, OneDrive, iCloud Drive, Google Drive, …) or on network file systems, where
 * SQLite files get corrupted (SQLite's documentation, MAXQDA and QualCoder all warn about
 * it). Only the usual locations are known; anything else counts as local.
 */
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { posix, win32 } from 'node:path';
import type { StorageWarning } from '@shared/api/types';

export interface StorageEnvironment {
  platform: NodeJS.Platform;
  home: string;
  env: Record<string, string | undefined>;
  /** Linux: the text of /proc/self/mountinfo. */
  mountInfo: string | null;
}

export function currentStorageEnvironment(): StorageEnvironment {
  let mountInfo: string | null = null;
  if (process.platform === 'linux') {
    try {
      mountInfo = readFileSync('/proc/self/mountinfo', 'utf8');
    } catch {
      mountInfo = null;
    }
  }
  return { platform: process.platform, home: homedir(), env: process.env, mountInfo };
}

/** Folders in the home folder that sync clients create, by their usual names. */
const HOME_FOLDERS: readonly [RegExp, string][] = [
  [/^Dropbox( \(.+\))?$/i, 'Dropbox'],
  [/^OneDrive( - .+)?$/i, 'OneDrive'],
  [/^Google Drive$/i, 'Google Drive'],
  [/^My Drive$/i, 'Google Drive'],
  [/^iCloudDrive$/i, 'iCloud Drive'],
  [/^Box( Sync)?$/i, 'Box'],
  [/^pCloud Drive$/i, 'pCloud'],
  [/^(Nextcloud|ownCloud)$/i, 'Nextcloud'],
  [/^MEGA$/i, 'MEGA'],
];

/** macOS File Provider folders: ~/Library/CloudStorage/<Provider>-<account>. */
const CLOUD_STORAGE: readonly [RegExp, string][] = [
  [/^Dropbox/i, 'Dropbox'],
  [/^OneDrive/i, 'OneDrive'],
  [/^GoogleDrive/i, 'Google Drive'],
  [/^Box/i, 'Box'],
];

const NETWORK_FILE_SYSTEMS = new Set([
  'nfs',
  'nfs4',
  'cifs',
  'smb3',
  'smbfs',
  'fuse.sshfs',
  'fuse.rclone',
  'fuse.gcsfuse',
  'fuse.davfs2',
  'davfs',
  'afs',
  '9p',
]);

/** Mount points with their file-system type, from /proc/self/mountinfo. */
function mounts(mountInfo: string): { point: string; type: string }[] {
  return mountInfo
    .split('\n')
    .map((line) => {
      const [left, right] = line.split(' - ');
      const point = left?.split(' ')[4];
      const type = right?.split(' ')[0];
      // Spaces and other characters in mount points are written as octal escapes.
      const unescape = (s: string) =>
        s.replace(/\\(\d{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8)));
      return point && type ? { point: unescape(point), type } : null;
    })
    .filter((m): m is { point: string; type: string } => m !== null);
}

export function detectStorage(
  projectPath: string,
  environment = currentStorageEnvironment(),
): StorageWarning | null {
  const windows = environment.platform === 'win32';
  const path = windows ? win32 : posix;
  const absolute = path.resolve(projectPath);
  const folder = path.dirname(absolute);
  const same = (a: string, b: string) => (windows ? a.toLowerCase() === b.toLowerCase() : a === b);
  const inside = (root: string) => {
    const relative = path.relative(root, absolute);
    return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  };

  if (windows && /^\\\\[^\\]+\\[^\\]+/.test(absolute))
    return { kind: 'network', provider: 'network share', folder };
  if (windows) {
    for (const variable of ['OneDrive', 'OneDriveCommercial', 'OneDriveConsumer']) {
      const root = environment.env[variable];
      if (root && inside(root)) return { kind: 'synced', provider: 'OneDrive', folder };
    }
  }
  if (inside(environment.home)) {
    const parts = path.relative(environment.home, absolute).split(path.sep);
    const top = parts[0] ?? '';
    for (const [pattern, provider] of HOME_FOLDERS) {
      if (parts.length > 1 && pattern.test(top)) return { kind: 'synced', provider, folder };
    }
    if (environment.platform === 'darwin' && same(top, 'Library')) {
      if (same(parts[1] ?? '', 'Mobile Documents'))
        return { kind: 'synced', provider: 'iCloud Drive', folder };
      if (same(parts[1] ?? '', 'CloudStorage')) {
        const provider = CLOUD_STORAGE.find(([pattern]) => pattern.test(parts[2] ?? ''))?.[1];
        return { kind: 'synced', provider: provider ?? 'a cloud drive', folder };
      }
    }
  }
  if (environment.mountInfo) {
    const mount = mounts(environment.mountInfo)
      .filter((m) => m.point === '/' || absolute === m.point || absolute.startsWith(`${m.point}/`))
      .sort((a, b) => b.point.length - a.point.length)[0];
    if (mount && NETWORK_FILE_SYSTEMS.has(mount.type))
      return { kind: 'network', provider: mount.type, folder };
  }
  return null;
}
