import { describe, expect, it } from 'vitest';
import {
  detectStorage,
  type StorageEnvironment,
} from '../../../../src/main/backend/db/storage-location';

const linux: StorageEnvironment = {
  platform: 'linux',
  home: '/home/anna',
  env: {},
  mountInfo: [
    '22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw',
    '40 22 0:40 / /mnt/uni rw,relatime shared:20 - cifs //fs.uni.dk/home rw',
    '41 22 0:41 / /home/anna/remote\\040box rw - fuse.sshfs anna@box: rw',
  ].join('\n'),
};
const mac: StorageEnvironment = {
  platform: 'darwin',
  home: '/Users/anna',
  env: {},
  mountInfo: null,
};
const windows: StorageEnvironment = {
  platform: 'win32',
  home: 'C:\\Users\\anna',
  env: { OneDriveCommercial: 'C:\\Users\\anna\\OneDrive - Aalborg Universitet' },
  mountInfo: null,
};

describe('projects in synced or network folders are recognised', () => {
  it.each([
    ['/home/anna/Dropbox/speciale/JKM.citat', linux, 'synced', 'Dropbox'],
    ['/home/anna/Dropbox (Personal)/JKM.citat', linux, 'synced', 'Dropbox'],
    ['/home/anna/OneDrive/JKM.citat', linux, 'synced', 'OneDrive'],
    ['/mnt/uni/speciale/JKM.citat', linux, 'network', 'cifs'],
    ['/home/anna/remote box/JKM.citat', linux, 'network', 'fuse.sshfs'],
    [
      '/Users/anna/Library/Mobile Documents/com~apple~CloudDocs/JKM.citat',
      mac,
      'synced',
      'iCloud Drive',
    ],
    [
      '/Users/anna/Library/CloudStorage/GoogleDrive-anna@gmail.com/My Drive/JKM.citat',
      mac,
      'synced',
      'Google Drive',
    ],
    [
      '/Users/anna/Library/CloudStorage/OneDrive-AalborgUniversitet/JKM.citat',
      mac,
      'synced',
      'OneDrive',
    ],
    [
      'C:\\Users\\anna\\OneDrive - Aalborg Universitet\\Speciale\\JKM.citat',
      windows,
      'synced',
      'OneDrive',
    ],
    ['C:\\Users\\anna\\Dropbox\\JKM.citat', windows, 'synced', 'Dropbox'],
    ['\\\\fileserver\\students\\anna\\JKM.citat', windows, 'network', 'network share'],
  ] as const)('%s', (path, environment, kind, provider) => {
    expect(detectStorage(path, environment)).toMatchObject({ kind, provider });
  });

  it.each([
    ['/home/anna/speciale/JKM.citat', linux],
    ['/home/anna/Documents/Dropbox notes/JKM.citat', linux],
    ['/home/anna/Dropbox', linux],
    ['/Users/anna/Documents/JKM.citat', mac],
    ['C:\\Users\\anna\\Documents\\JKM.citat', windows],
  ] as const)('%s is local', (path, environment) => {
    expect(detectStorage(path, environment)).toBeNull();
  });
});
