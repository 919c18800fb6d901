/**
 * What data safety costs on the coded project: one small user action (a code recoloured
 * through the API) under the journal Citat uses (rollback journal, synchronous=FULL: the
 * .citat file is whole after every commit) against WAL without and with a checkpoint after
 * each action; the open-time check (quick_check plus every text against its checksum), the
 * full check of `citat check`, opening for writing (check plus verified backup) and for
 * reading, and one verified backup.
 */
import Database from 'better-sqlite3';
import { invoke } from '../../src/main/backend/api/dispatch';
import { documentHashProblems, checkProjectDatabase } from '../../src/main/backend/db/integrity';
import { Project } from '../../src/main/backend/project/project';
import { measure, measureSimple, type Metric, type Repetitions } from '../lib/timing';

export interface SafetyResults {
  actionRollbackJournal: Metric;
  actionWal: Metric;
  actionWalCheckpoint: Metric;
  quickCheckPages: Metric;
  checksums: Metric;
  openCheck: Metric;
  fullCheck: Metric;
  openForWriting: Metric;
  openForReading: Metric;
  backup: Metric;
}

const COLOURS = ['#1F77B4', '#FF7F0E', '#2CA02C', '#D62728'];

type JournalMode = 'rollback' | 'wal' | 'wal-checkpoint';

async function timeActions(
  path: string,
  codeIds: readonly string[],
  mode: JournalMode,
  reps: Repetitions,
): Promise<Metric> {
  const project = await Project.open(path);
  try {
    if (mode !== 'rollback') {
      project.db.pragma('journal_mode = WAL');
      project.db.pragma('synchronous = NORMAL');
    }
    return await measureSimple(reps, async (index) => {
      await invoke(project, 'codes.recolor', {
        id: codeIds[index % codeIds.length]!,
        color: COLOURS[index % COLOURS.length]!,
      });
      if (mode === 'wal-checkpoint') project.db.pragma('wal_checkpoint(TRUNCATE)');
    });
  } finally {
    if (mode !== 'rollback') project.db.pragma('journal_mode = DELETE');
    project.close();
  }
}

export async function runSafetyScenario(
  path: string,
  codeIds: readonly string[],
  reps: Repetitions,
): Promise<SafetyResults> {
  const actionReps = { warmups: reps.warmups * 5, runs: Math.max(reps.runs * 5, 20) };
  const actionRollbackJournal = await timeActions(path, codeIds, 'rollback', actionReps);
  const actionWal = await timeActions(path, codeIds, 'wal', actionReps);
  const actionWalCheckpoint = await timeActions(path, codeIds, 'wal-checkpoint', actionReps);

  const db = new Database(path, { readonly: true });
  const quickCheckPages = await measureSimple(reps, () => db.pragma('quick_check(20)'));
  const checksums = await measureSimple(reps, () => documentHashProblems(db));
  const openCheck = await measureSimple(reps, () => checkProjectDatabase(db, 'quick'));
  const fullCheck = await measureSimple(reps, () => checkProjectDatabase(db, 'full'));
  db.close();

  let step = 0;
  const openForWriting = await measure(reps, {
    // A change before each open, so each open takes its verified "open" backup as in real use.
    prepare: async () => {
      const project = await Project.open(path);
      await invoke(project, 'codes.recolor', {
        id: codeIds[0]!,
        color: COLOURS[step++ % COLOURS.length]!,
      });
      project.close();
    },
    run: async () => (await Project.open(path)).close(),
  });
  const openForReading = await measureSimple(reps, async () =>
    (await Project.open(path, { mode: 'read' })).close(),
  );
  const project = await Project.open(path);
  const backup = await measureSimple(reps, () => project.backup('bench'));
  project.close();
  return {
    actionRollbackJournal,
    actionWal,
    actionWalCheckpoint,
    quickCheckPages,
    checksums,
    openCheck,
    fullCheck,
    openForWriting,
    openForReading,
    backup,
  };
}
