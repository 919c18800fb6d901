/**
 * "Nothing is ever lost", attacked with real processes: `citat serve` and `citat` commands
 * killed with SIGKILL in the middle of their writes, copies of the project file taken while
 * it is open, CLI writers racing each other and a running `citat serve`. Every write that was
 * acknowledged (an API answer with ok: true, a command that exited 0) must be in the project
 * afterwards, and the project must pass `citat check`.
 *
 * Timings here are random on purpose and never asserted: the machine is shared and busy.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DA, ROOT, makeTempDir, type CliResult } from './support/cli';
import { runCliAsync, sidecars, startCli, startServe, type ServeProcess } from './support/serve';
import { projectCopies } from './support/thesis-project';

const copies = projectCopies('described');

const sleep = (ms: number) => new Promise((settle) => setTimeout(settle, ms));
const randomBetween = (low: number, high: number) => low + Math.floor(Math.random() * (high - low));

/** What a command must never say, whatever else happens. */
const NEVER = /database is locked|internal error|ENOENT|SQLITE_|malformed/i;

function expectExit(result: CliResult, code: number): void {
  expect(result.code, `${result.command}\nstderr: ${result.stderr}`).toBe(code);
  expect(result.stderr, result.command).not.toMatch(NEVER);
}

async function okAsync(cwd: string, args: readonly string[], env: Record<string, string> = {}) {
  const result = await runCliAsync(cwd, args, env);
  expectExit(result, 0);
  return result;
}

async function codePaths(cwd: string, project: string): Promise<Set<string>> {
  const result = await okAsync(cwd, ['codes', 'list', project, '--json']);
  return new Set((JSON.parse(result.stdout) as { path: string }[]).map((c) => c.path));
}

/** The one line a CLI write gets while `citat serve` holds the project. */
function sessionRefusal(serve: ServeProcess, projectPath: string): string {
  const lock = JSON.parse(readFileSync(`${projectPath}.lock`, 'utf8')) as { since: string };
  const since = new Date(lock.since).toLocaleTimeString('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
  });
  return `citat: speciale.citat is open in Citat (citat serve, pid ${serve.pid}, since ${since}); close it there first, or run read-only commands`;
}

async function firstDocument(serve: ServeProcess): Promise<{ id: string; length: number }> {
  const listed = await serve.call('documents.list');
  const id = (listed.body.value as { id: string }[])[0]!.id;
  const got = await serve.call('documents.get', { id });
  return { id, length: (got.body.value as { text: string }).text.length };
}

/**
 * Whether the project's -journal is "hot" as SQLite sees it once no one holds the file: it
 * exists and its header has begun (a first byte other than zero).
 */
function journalNeedsRollback(projectPath: string): boolean {
  if (!existsSync(`${projectPath}-journal`)) return false;
  const head = readFileSync(`${projectPath}-journal`).subarray(0, 1);
  return head.length > 0 && head[0] !== 0;
}

interface Acknowledged {
  codes: string[];
  codings: string[];
}

/**
 * Keeps `inFlight` API writes going against `serve` (new codes under Burst/, codings on one
 * document) until the server stops answering; records each one answered with ok: true.
 */
async function writeUntilGone(
  serve: ServeProcess,
  label: string,
  document: { id: string; length: number },
  codeId: string,
  acknowledged: Acknowledged,
  counter: { next: number },
  inFlight = 4,
): Promise<{ refusals: string[] }> {
  const refusals: string[] = [];
  let gone = false;
  const worker = async () => {
    while (!gone) {
      const n = counter.next++;
      try {
        if (n % 3 === 2) {
          const start = (n * 7) % (document.length - 20);
          const answer = await serve.call('codings.apply', {
            documentId: document.id,
            codeId,
            startUtf16: start,
            endUtf16: start + 5 + (n % 11),
          });
          if (answer.body.ok) acknowledged.codings.push((answer.body.value as { id: string }).id);
          else refusals.push(JSON.stringify(answer.body));
        } else {
          const name = `${label}-${n}`;
          const answer = await serve.call('codes.createPath', { path: ['Burst', name] });
          if (answer.body.ok) acknowledged.codes.push(`Burst/${name}`);
          else refusals.push(JSON.stringify(answer.body));
        }
      } catch {
        gone = true; // the connection was refused or cut: the server is gone
      }
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  return { refusals };
}

describe('kill -9 of citat serve in the middle of a burst of writes', () => {
  it('loses no acknowledged write: reopened, every one is there and citat check is clean', async () => {
    const { here, path } = copies();
    const trials = 8;
    const acknowledged: Acknowledged = { codes: [], codings: [] };
    const counter = { next: 0 };
    const figures: string[] = [];
    let serve = await startServe(here, path);
    const document = await firstDocument(serve);
    const target = await serve.call('codes.createPath', { path: ['Burst target'] });
    const codeId = (target.body.value as { code: { id: string } }).code.id;

    for (let trial = 0; trial < trials; trial++) {
      const before = acknowledged.codes.length + acknowledged.codings.length;
      const delay = randomBetween(30, 500);
      const writing = writeUntilGone(serve, `t${trial}`, document, codeId, acknowledged, counter);
      // The kill lands at a random moment once writes are being acknowledged.
      while (acknowledged.codes.length + acknowledged.codings.length === before) await sleep(5);
      await sleep(delay);
      await serve.stop('SIGKILL');
      const { refusals } = await writing;
      expect(refusals, `trial ${trial}: writes refused while the server ran`).toEqual([]);
      const left = sidecars(path).map((s) =>
        s === '-journal' && !journalNeedsRollback(path) ? '-journal (empty)' : s,
      );
      figures.push(
        `trial ${trial}: ${acknowledged.codes.length + acknowledged.codings.length - before} acknowledged, killed after ${delay} ms, left ${left.join(' ') || 'nothing'} beside it`,
      );

      // Reopened as a user would: citat serve again, over the stale lock the kill left.
      expect(existsSync(`${path}.lock`)).toBe(true);
      serve = await startServe(here, path);
      const codes = await serve.call('codes.list');
      const paths = new Set(
        (codes.body.value as { path: string[] }[]).map((c) => c.path.join('/')),
      );
      const missingCodes = acknowledged.codes.filter((p) => !paths.has(p));
      expect(missingCodes, `trial ${trial} (${figures.at(-1)})`).toEqual([]);
      const codings = await serve.call('codings.ofDocument', { documentId: document.id });
      const ids = new Set((codings.body.value as { id: string }[]).map((c) => c.id));
      const missingCodings = acknowledged.codings.filter((id) => !ids.has(id));
      expect(missingCodings, `trial ${trial} (${figures.at(-1)})`).toEqual([]);
    }
    expect(await serve.stop('SIGTERM')).toBe(0);
    expect(existsSync(`${path}.lock`)).toBe(false);
    // A kill can leave an empty journal that SQLite ignores (it is removed by the next
    // write); never a -wal or -shm, and never a journal that would have to be rolled back.
    expect(sidecars(path).filter((s) => s !== '-journal')).toEqual([]);
    expect(journalNeedsRollback(path), figures.join('\n')).toBe(false);
    await okAsync(here, ['check', path]);
    expect(acknowledged.codes.length + acknowledged.codings.length).toBeGreaterThan(trials);
    if (process.env.CITAT_TEST_FIGURES) console.info(figures.join('\n'));
  }, 120_000);
});

function lockHolder(projectPath: string): number | null {
  try {
    return (JSON.parse(readFileSync(`${projectPath}.lock`, 'utf8')) as { pid: number }).pid;
  } catch {
    return null; // no lock file right now, or caught while it was being replaced
  }
}

describe('citat serve stopped with SIGTERM in the middle of a burst of writes', () => {
  it('stops cleanly: exit 0, lock released, nothing beside the file, every acknowledged write kept', async () => {
    const { here, path } = copies();
    const serve = await startServe(here, path);
    const document = await firstDocument(serve);
    const target = await serve.call('codes.createPath', { path: ['Burst target'] });
    const codeId = (target.body.value as { code: { id: string } }).code.id;
    const acknowledged: Acknowledged = { codes: [], codings: [] };
    const writing = writeUntilGone(serve, 'term', document, codeId, acknowledged, { next: 0 });
    while (acknowledged.codes.length < 5) await sleep(5);
    await sleep(randomBetween(0, 200));
    expect(await serve.stop('SIGTERM')).toBe(0);
    const { refusals } = await writing;
    // A call that reached the host after the project closed may be refused; none may be lost.
    expect(refusals.filter((r) => !/not open|closed/.test(r))).toEqual([]);
    expect(existsSync(`${path}.lock`)).toBe(false);
    expect(sidecars(path)).toEqual([]);
    const paths = await codePaths(here, path);
    expect(acknowledged.codes.filter((p) => !paths.has(p))).toEqual([]);
    const listed = await okAsync(here, ['codings', path, '--json']);
    const ids = new Set((JSON.parse(listed.stdout) as { id: string }[]).map((c) => c.id));
    expect(acknowledged.codings.filter((id) => !ids.has(id))).toEqual([]);
    await okAsync(here, ['check', path]);
  }, 60_000);
});

/** Waits until `pid` holds the project's lock (true), or has exited without taking it (false). */
async function lockTakenBy(projectPath: string, pid: number, exited: () => boolean) {
  while (!exited()) {
    if (lockHolder(projectPath) === pid) return true;
    await sleep(2);
  }
  return false;
}

describe('kill -9 of a citat command in the middle of its write', () => {
  it('keeps every command that exited 0; the lock the killed one left is taken over at once', async () => {
    const { here, path } = copies();
    // No waiting for another command: only a lock taken over as stale lets the next one in.
    const env = { CITAT_LOCK_WAIT_MS: '0' };
    const succeeded: string[] = [];
    let killedHoldingLock = 0;
    let staleLocksLeft = 0;
    // Four rounds, and more (up to twelve) until a kill has landed while its lock was held:
    // on a loaded machine a kill may come only after the command let go of it.
    for (let round = 0; round < 12 && (round < 4 || staleLocksLeft === 0); round++) {
      // Not the round's last command: a write follows each kill (a read alone would meet
      // the journal the kill may leave; see the next test).
      const victim = randomBetween(0, 4);
      for (let k = 0; k < 5; k++) {
        const code = `CLI/r${round}-${k}`;
        const command = startCli(here, ['codes', 'add', path, code], env);
        let exited = false;
        void command.done.then(() => (exited = true));
        if (k === victim && (await lockTakenBy(path, command.child.pid!, () => exited))) {
          await sleep(randomBetween(0, 60));
          command.child.kill('SIGKILL');
        }
        const result = await command.done;
        if (result.signal === 'SIGKILL') {
          killedHoldingLock += 1;
          if (lockHolder(path) === command.child.pid) staleLocksLeft += 1;
          continue;
        }
        expectExit(result, 0);
        succeeded.push(code);
      }
    }
    expect(killedHoldingLock).toBeGreaterThan(0);
    // At least one kill left its lock behind, and the next command (waiting 0 ms) took it over.
    expect(staleLocksLeft).toBeGreaterThan(0);
    const paths = await codePaths(here, path);
    expect(succeeded.filter((p) => !paths.has(p))).toEqual([]);
    await okAsync(here, ['check', path]);
    expect(existsSync(`${path}.lock`)).toBe(false);
    expect(sidecars(path)).toEqual([]);
  }, 120_000);

  it('after a writer is killed mid-transaction (its journal left beside the file), read-only commands still read the project', async () => {
    const { here, path } = copies();
    const before = await codePaths(here, path);
    // A writer that dies holding a transaction: exactly what kill -9 during a commit leaves.
    await killMidTransaction(path);
    expect(journalNeedsRollback(path)).toBe(true);
    const failed: string[] = [];
    for (const args of [
      ['codes', 'list', path, '--json'],
      ['check', path],
      ['speakers', path],
      ['matrix', path, '--format', 'json'],
      ['search', path, 'risiko'],
    ]) {
      const result = await runCliAsync(here, args);
      if (result.code !== 0)
        failed.push(`${result.command} → exit ${result.code}: ${result.stderr}`);
    }
    expect(failed).toEqual([]);
    // …and they read the last committed state, not the half-written one.
    expect(await codePaths(here, path)).toEqual(before);
  });
});

describe('a crash mid-transaction, then a restore', () => {
  it('citat backups restore works over the journal the crash left, and the result is whole', async () => {
    const { here, path } = copies();
    await okAsync(here, ['codes', 'add', path, 'Før nedbruddet']);
    const [newest] = JSON.parse(
      (await okAsync(here, ['backups', 'list', path, '--json'])).stdout,
    ) as { name: string }[];
    await killMidTransaction(path);
    expect(journalNeedsRollback(path)).toBe(true);
    await okAsync(here, ['backups', 'restore', path, newest!.name]);
    expect(sidecars(path)).toEqual([]);
    await okAsync(here, ['check', path]);
    // The state the restore replaced was kept as a backup, with the crashed transaction undone.
    const kept = JSON.parse((await okAsync(here, ['backups', 'list', path, '--json'])).stdout) as {
      name: string;
      reason: string;
      path: string;
    }[];
    const beforeRestore = kept.find((b) => b.reason === 'before-restore')!;
    const keptCodes = await codePaths(here, copyBackup(beforeRestore.path, here));
    expect(keptCodes.has('Før nedbruddet')).toBe(true);
    expect([...keptCodes].some((p) => p.includes('(half-written)'))).toBe(false);
  });
});

function copyBackup(backupPath: string, dir: string): string {
  const target = join(dir, 'kept.citat');
  copyFileSync(backupPath, target);
  return target;
}

/**
 * Opens the project with better-sqlite3 in another process, changes every code and text in
 * one transaction too big for its page cache, and is killed with SIGKILL before it commits.
 * Spilling the cache makes SQLite sync the journal's header first and then write changed
 * pages into the file: the journal is then "hot" and must be rolled back before the next
 * read. A kill during a commit (the burst tests above hit that about half the time) leaves
 * the same.
 */
async function killMidTransaction(projectPath: string): Promise<void> {
  const script = `
    import { createRequire } from 'node:module';
    const Database = createRequire(${JSON.stringify(join(ROOT, 'package.json'))})('better-sqlite3');
    const db = new Database(process.argv[1]);
    db.pragma('cache_size = 1');
    db.exec('BEGIN');
    db.exec("UPDATE codes SET name = name || ' (half-written)'");
    db.exec("UPDATE documents SET text = text || ' '");
    process.stdout.write('in the middle\\n');
    setInterval(() => {}, 1000);
  `;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script, projectPath], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((settle, fail) => {
    child.once('exit', (code) => fail(new Error(`the writer exited (${code}) before its write`)));
    child.stdout!.once('data', () => {
      child.removeAllListeners('exit');
      child.once('exit', () => settle());
      child.kill('SIGKILL');
    });
  });
}

describe('a copy of the .citat file alone, taken while citat serve has it open', () => {
  it('opens elsewhere and holds every acknowledged change; nothing ever lies beside the project', async () => {
    const { here, path } = copies();
    const serve = await startServe(here, path);
    const seen = new Set<string>();
    let watching = true;
    const watcher = (async () => {
      while (watching) {
        for (const suffix of sidecars(path)) seen.add(suffix);
        await sleep(1);
      }
    })();
    const document = await firstDocument(serve);
    const created: string[] = [];
    const codings: string[] = [];
    for (let i = 0; i < 12; i++) {
      const answer = await serve.call('codes.createPath', { path: ['Kopi', `Kode ${i}`] });
      expect(answer.body.ok, JSON.stringify(answer.body)).toBe(true);
      created.push(`Kopi/Kode ${i}`);
      const code = (answer.body.value as { code: { id: string } }).code.id;
      const coding = await serve.call('codings.apply', {
        documentId: document.id,
        codeId: code,
        startUtf16: i * 10,
        endUtf16: i * 10 + 8,
      });
      expect(coding.body.ok, JSON.stringify(coding.body)).toBe(true);
      codings.push((coding.body.value as { id: string }).id);
    }
    const renamed = await serve.call('codes.list');
    const first = (renamed.body.value as { id: string; name: string }[]).find(
      (c) => c.name === 'Kode 0',
    )!;
    expect((await serve.call('codes.rename', { id: first.id, name: 'Omdøbt' })).body.ok).toBe(true);
    created[0] = 'Kopi/Omdøbt';

    // Between actions there is nothing beside the file: the .citat alone is the project.
    expect(sidecars(path)).toEqual([]);
    const elsewhere = makeTempDir();
    try {
      const copy = join(elsewhere.dir, 'kopi.citat');
      copyFileSync(path, copy);
      expect(serve.running()).toBe(true);
      await okAsync(elsewhere.dir, ['check', copy]);
      const paths = await codePaths(elsewhere.dir, copy);
      expect(created.filter((p) => !paths.has(p))).toEqual([]);
      expect(paths.has('Kopi/Kode 0')).toBe(false);
      const listed = await okAsync(elsewhere.dir, ['codings', copy, '--json']);
      const ids = new Set((JSON.parse(listed.stdout) as { id: string }[]).map((c) => c.id));
      expect(codings.filter((id) => !ids.has(id))).toEqual([]);
      expect(sidecars(copy)).toEqual([]);
    } finally {
      elsewhere.remove();
    }
    expect(await serve.stop('SIGTERM')).toBe(0);
    watching = false;
    await watcher;
    expect(sidecars(path)).toEqual([]);
    // A -journal lives for the length of a commit; a -wal or -shm must never appear.
    expect([...seen].filter((s) => s !== '-journal')).toEqual([]);
    expect(existsSync(`${path}.lock`)).toBe(false);
  }, 60_000);
});

describe('while citat serve holds the project', () => {
  it('CLI writes are refused at once naming it, reads work and leave nothing beside the file; after it stops all is free', async () => {
    const { here, path } = copies();
    const serve = await startServe(here, path);
    const refusal = sessionRefusal(serve, path);
    const backups = JSON.parse(
      (await okAsync(here, ['backups', 'list', path, '--json'])).stdout,
    ) as {
      name: string;
    }[];
    expect(backups.length).toBeGreaterThan(0);
    const writes = [
      ['codes', 'add', path, 'Under serve'],
      ['speaker', path, 'JKM', '--name', 'Et andet navn'],
      ['codes', 'rename', path, 'Principper', 'Andet navn'],
      ['import', path, join(DA, 'JKM.odt')],
      ['undo', path],
      ['backups', 'restore', path, backups.at(-1)!.name],
      ['serve', path],
    ];
    for (const args of writes) {
      const result = await runCliAsync(here, args);
      expect(result.code, `${result.command}\nstderr: ${result.stderr}`).toBe(2);
      expect(result.errLines, result.command).toEqual([refusal]);
    }
    const reads = [
      ['codes', 'list', path],
      ['codes', 'list', path, '--json'],
      ['speakers', path],
      ['matrix', path, '--rows', 'Principper', '--cols', 'speakers'],
      ['matrix', path, '--format', 'json'],
      ['search', path, 'risiko'],
      ['codings', path],
      ['cases', path],
      ['history', path],
      ['backups', 'list', path],
      ['check', path],
    ];
    // Reads run while serve writes: neither side may see "busy" or "locked".
    let writing = true;
    const serverWrites = (async () => {
      let n = 0;
      while (writing) {
        const answer = await serve.call('codes.createPath', { path: ['Samtidig', `Kode ${n++}`] });
        expect(answer.body.ok, JSON.stringify(answer.body)).toBe(true);
      }
      return n;
    })();
    for (const args of reads) {
      const result = await runCliAsync(here, args);
      expectExit(result, 0);
      expect(
        sidecars(path).filter((s) => s !== '-journal'),
        result.command,
      ).toEqual([]);
    }
    writing = false;
    const written = await serverWrites;
    expect(written).toBeGreaterThan(0);
    const paths = await codePaths(here, path);
    expect(paths.has('Under serve')).toBe(false);
    expect(paths.has('Principper')).toBe(true);
    expect(paths.has(`Samtidig/Kode ${written - 1}`)).toBe(true);

    expect(await serve.stop('SIGTERM')).toBe(0);
    expect(existsSync(`${path}.lock`)).toBe(false);
    expect(sidecars(path)).toEqual([]);
    await okAsync(here, ['codes', 'add', path, 'Efter serve']);
    await okAsync(here, ['backups', 'restore', path, backups[0]!.name]);
    await okAsync(here, ['check', path]);
  }, 90_000);
});

describe('several CLI writers at once', () => {
  it('serialise: with the usual wait every one succeeds; with no wait each succeeds or says "busy"', async () => {
    const { here, path } = copies();
    const patiently = Array.from({ length: 6 }, (_, i) =>
      runCliAsync(here, ['codes', 'add', path, `Samtidig/Tålmodig ${i}`]),
    );
    const readers = Array.from({ length: 3 }, () => runCliAsync(here, ['codes', 'list', path]));
    for (const result of await Promise.all([...patiently, ...readers])) expectExit(result, 0);

    const busy =
      /^citat: speciale\.citat is busy: another command \(citat codes add, pid \d+\) is changing it; try again when it has finished$/;
    const hasty = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        runCliAsync(here, ['codes', 'add', path, `Samtidig/Hastig ${i}`], {
          CITAT_LOCK_WAIT_MS: '1',
        }),
      ),
    );
    const succeeded: string[] = [];
    hasty.forEach((result, i) => {
      expect(result.stderr, result.command).not.toMatch(NEVER);
      if (result.code === 0) succeeded.push(`Samtidig/Hastig ${i}`);
      else {
        expect(result.code, result.command).toBe(2);
        expect(result.errLines, result.command).toHaveLength(1);
        expect(result.errLines[0]).toMatch(busy);
      }
    });
    expect(succeeded.length).toBeGreaterThan(0);
    const paths = await codePaths(here, path);
    const expected = [
      ...Array.from({ length: 6 }, (_, i) => `Samtidig/Tålmodig ${i}`),
      ...succeeded,
    ];
    expect(expected.filter((p) => !paths.has(p))).toEqual([]);
    await okAsync(here, ['check', path]);
    expect(existsSync(`${path}.lock`)).toBe(false);
    expect(sidecars(path)).toEqual([]);
  }, 90_000);
});
