import { writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireProjectLock } from '../../../src/main/backend/db/project-lock';
import { tempDir } from '../../helpers/temp-project';

const app = { program: 'Citat desktop app', kind: 'session' } as const;
const command = { program: 'citat codes add', kind: 'command' } as const;

describe('project lock', () => {
  it('refuses a second holder at once while a session holds it, naming the holder, and frees on release', async () => {
    const path = join(tempDir(), 'speciale.citat');
    const lock = await acquireProjectLock(path, app);
    const started = Date.now();
    await expect(acquireProjectLock(path, command, 5_000)).rejects.toThrow(
      new RegExp(
        `speciale\\.citat is open in Citat \\(Citat desktop app, pid ${process.pid}, since \\d\\d:\\d\\d\\); close it there first, or run read-only commands`,
      ),
    );
    expect(Date.now() - started).toBeLessThan(4_000);
    lock.release();
    (await acquireProjectLock(path, command)).release();
  });

  it('waits for another command, then takes the lock when it is released', async () => {
    const path = join(tempDir(), 'speciale.citat');
    const first = await acquireProjectLock(path, command);
    setTimeout(() => first.release(), 150);
    const second = await acquireProjectLock(
      path,
      { program: 'citat import', kind: 'command' },
      5_000,
    );
    expect(second.info.program).toBe('citat import');
    second.release();
  });

  it('gives up waiting for another command with a "busy" message', async () => {
    const path = join(tempDir(), 'speciale.citat');
    const first = await acquireProjectLock(path, command);
    await expect(acquireProjectLock(path, command, 100)).rejects.toMatchObject({
      code: 'project.busy',
      message: expect.stringMatching(
        /speciale\.citat is busy: another command \(citat codes add, pid \d+\)/,
      ),
    });
    first.release();
  });

  it('takes over a lock left by a process that no longer runs (also one written by Citat 0.1)', async () => {
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
    (await acquireProjectLock(path, app)).release();
  });

  it('never removes a lock that another holder took over', async () => {
    const path = join(tempDir(), 'speciale.citat');
    const first = await acquireProjectLock(path, command);
    writeFileSync(
      `${path}.lock`,
      JSON.stringify({
        pid: process.pid,
        host: hostname(),
        since: new Date().toISOString(),
        program: 'other',
        kind: 'session',
        token: 'someone-else',
      }),
    );
    first.release();
    await expect(acquireProjectLock(path, command, 0)).rejects.toMatchObject({
      code: 'project.locked',
    });
  });

  it('takes over a lock written before the machine was restarted, even if its pid is in use again', async () => {
    const path = join(tempDir(), 'speciale.citat');
    writeFileSync(
      `${path}.lock`,
      JSON.stringify({
        pid: process.pid,
        host: hostname(),
        since: '2026-01-01T00:00:00Z',
        program: 'Citat desktop app',
        kind: 'session',
        token: 'before-reboot',
        booted: 1_700_000_000,
      }),
    );
    (await acquireProjectLock(path, app)).release();
  });
});
