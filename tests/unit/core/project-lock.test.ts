import { writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireProjectLock } from '../../../src/main/backend/db/project-lock';
import { tempDir } from '../../helpers/temp-project';

describe('project lock', () => {
  it('refuses a second holder with a message naming the first, and frees on release', () => {
    const path = join(tempDir(), 'speciale.citat');
    const lock = acquireProjectLock(path, 'Citat desktop app');
    expect(() => acquireProjectLock(path, 'citat serve')).toThrow(
      /speciale\.citat is already open \(Citat desktop app/,
    );
    lock.release();
    acquireProjectLock(path, 'citat serve').release();
  });

  it('takes over a lock left by a process that no longer runs', () => {
    const path = join(tempDir(), 'speciale.citat');
    writeFileSync(
      `${path}.lock`,
      JSON.stringify({
        pid: 2 ** 22 + 12345,
        host: hostname(),
        since: '2026-01-01T00:00:00Z',
        holder: 'crashed',
      }),
    );
    acquireProjectLock(path, 'citat serve').release();
  });
});
