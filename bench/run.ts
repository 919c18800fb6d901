/**
 * `npm run bench`: performance of the Citat core on a synthetic corpus of 100 interviews.
 * Prints one JSON object to stdout (progress goes to stderr) and writes it to
 * bench/results/latest.json. Options: --quick (fewer repetitions), --keep (keep the temp
 * folder), --only import|coded|ui. The "ui" section measures the transcript editor in
 * Chromium (bench/ui/); it says "skipped" with the reason when Chromium or the built
 * renderer is missing, and "error" when the measurement failed (the exit code is then 1).
 */
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { DEFAULT_CORPUS, generateCorpus, writeCorpus } from './corpus/corpus';
import { parseOptions } from './lib/options';
import { TempArea, databaseBytes } from './lib/temp';
import { machineInfo, medianGoal, ratioGoal, writeResults, type Goal } from './report';
import { runCliScenario, type CliResults } from './scenarios/cli';
import { MATRIX_ROOT, buildCodedProject, type CodedProject } from './scenarios/coded-project';
import { runImportScenario, type ImportResults } from './scenarios/import';
import { runQueryScenarios, type QueryResults } from './scenarios/queries';
import { runSafetyScenario, type SafetyResults } from './scenarios/safety';
import { runUiScenario, uiGoals, type UiResults } from './ui/scenario';

const CODINGS = 20_000;
const CODING_SEED = 7_261_131;

/** The repository root: the nearest folder above this file whose package.json is Citat's. */
function findRoot(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(folder, 'package.json');
    if (
      existsSync(manifest) &&
      (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'citat'
    )
      return folder;
    const parent = dirname(folder);
    if (parent === folder) throw new Error('cannot find the Citat repository above the bench');
    folder = parent;
  }
}

const ratio = (a: { medianMs: number }, b: { medianMs: number }): number =>
  Math.round((a.medianMs / b.medianMs) * 100) / 100;

const progress = (message: string): void => {
  process.stderr.write(`bench: ${message}\n`);
};

function projectSizes(coded: CodedProject) {
  const count = (table: string) =>
    coded.project.readOne<{ n: number }>(`SELECT count(*) AS n FROM ${table}`)!.n;
  return {
    documents: count('documents'),
    words: coded.project.readOne<{ n: number }>(`SELECT sum(word_count) AS n FROM documents`)!.n,
    speakers: count('speakers'),
    turns: count('speaker_turns'),
    codes: count('codes'),
    codings: count('codings'),
    dbBytes: databaseBytes(coded.path),
  };
}

function goalsOf(imports?: ImportResults, queries?: QueryResults, cli?: CliResults): Goal[] {
  const goals: Goal[] = [];
  if (imports)
    goals.push(ratioGoal('import ≤ 2× bare SQLite', 'importRatio', imports.importRatio, 2));
  if (queries) {
    goals.push(
      medianGoal('search common word ≤ 20 ms', 'searchCommon', queries.search.common, 20),
      medianGoal('search rare word ≤ 20 ms', 'searchRare', queries.search.rare, 20),
      medianGoal('search phrase ≤ 20 ms', 'searchPhrase', queries.search.phrase, 20),
      medianGoal('matrix (quotes) ≤ 100 ms', 'matrixQuotes', queries.matrixQuotes, 100),
      medianGoal('matrix (counts) ≤ 100 ms', 'matrixCounts', queries.matrixCounts, 100),
    );
  }
  if (cli) {
    goals.push(
      medianGoal('CLI --version ≤ 300 ms', 'cliVersion', cli.version, 300),
      medianGoal('CLI codes list ≤ 300 ms', 'cliCodesList', cli.codesList, 300),
    );
  }
  return goals;
}

/** `npm run bench -- --profile` sets CITAT_BENCH_PROFILE: the UI writes its profiles beside Node's. */
function uiOptions(root: string, options: ReturnType<typeof parseOptions>) {
  const profileDir = process.env.CITAT_BENCH_PROFILE ? join(root, 'bench/results/profiles') : null;
  return { ...options.ui, profileDir };
}

async function main(): Promise<void> {
  const started = performance.now();
  const loadAtStart = loadavg();
  const options = parseOptions(process.argv.slice(2));
  const root = findRoot();
  const area = new TempArea(options.keep);
  try {
    const needsCorpus = options.groups.has('import') || options.groups.has('coded');
    if (needsCorpus) progress(`generating the corpus in ${area.root}`);
    const files = needsCorpus ? generateCorpus() : [];
    const paths = needsCorpus ? writeCorpus(files, area.folder('corpus')) : [];
    const corpus = needsCorpus
      ? {
          documents: files.length,
          generatedWords: files.reduce((sum, f) => sum + f.words, 0),
          fileBytes: files.reduce((sum, f) => sum + f.bytes.length, 0),
          interviewees: new Set(files.map((f) => f.interviewee)).size,
          seed: DEFAULT_CORPUS.seed,
        }
      : undefined;

    let imports: ImportResults | undefined;
    if (options.groups.has('import')) {
      progress('import: core vs bare SQLite');
      imports = await runImportScenario(area, options.importReps, files, paths);
    }

    let coded: CodedProject | undefined;
    let queries: QueryResults | undefined;
    let cli: CliResults | undefined;
    let sizes: ReturnType<typeof projectSizes> | undefined;
    let safety: SafetyResults | undefined;
    if (options.groups.has('coded')) {
      progress(`building the coded project (${CODINGS} codings)`);
      coded = await buildCodedProject(area.folder('coded'), paths, {
        codings: CODINGS,
        apiCalls: options.applyReps,
        seed: CODING_SEED,
      });
      progress('search, matrix, DOCX export');
      queries = await runQueryScenarios(coded.project, options.queryReps);
      sizes = projectSizes(coded);
      coded.project.close();
      progress('CLI start-up');
      cli = await runCliScenario(root, coded.path, options.queryReps, MATRIX_ROOT);
      progress('data safety: journal, checks, backups');
      safety = await runSafetyScenario(coded.path, coded.codeIds, options.queryReps);
    }

    let ui: UiResults | undefined;
    if (options.groups.has('ui')) {
      try {
        ui = await runUiScenario(area, root, uiOptions(root, options), progress);
      } catch (err) {
        const error = err instanceof Error ? (err.stack ?? err.message) : String(err);
        progress(`ui: failed: ${error}`);
        ui = { status: 'error', error: err instanceof Error ? err.message : String(err) };
        process.exitCode = 1;
      }
    }

    const goals = [...goalsOf(imports, queries, cli), ...uiGoals(ui)];
    const results = {
      benchmark: 'citat-core',
      date: new Date().toISOString(),
      quick: options.quick,
      machine: machineInfo(loadAtStart),
      ...(corpus ? { corpus: { ...corpus, ...(sizes ? { project: sizes } : {}) } } : {}),
      ...(coded ? { setup: coded.setup } : {}),
      metrics: {
        ...(imports
          ? {
              import: imports.import,
              importBaseline: imports.baseline,
              importBaselineWithFts: imports.baselineWithFts,
              importParseOnly: imports.parseOnly,
            }
          : {}),
        ...(coded ? { applyCoding: coded.applyCoding } : {}),
        ...(queries
          ? {
              searchCommon: queries.search.common,
              searchRare: queries.search.rare,
              searchPhrase: queries.search.phrase,
              matrixQuotes: queries.matrixQuotes,
              matrixCounts: queries.matrixCounts,
              docxExport: queries.docxExport,
            }
          : {}),
        ...(cli ? { cliVersion: cli.version, cliCodesList: cli.codesList } : {}),
        ...(safety ? { safety } : {}),
      },
      ...(safety
        ? {
            safetyRatios: {
              actionRollbackVsWal: ratio(safety.actionRollbackJournal, safety.actionWal),
              actionRollbackVsWalCheckpoint: ratio(
                safety.actionRollbackJournal,
                safety.actionWalCheckpoint,
              ),
            },
          }
        : {}),
      ...(imports
        ? {
            importRatio: imports.importRatio,
            importRatioVsFtsBaseline: imports.importRatioVsFtsBaseline,
            importRatioCpu: imports.importRatioCpu,
          }
        : {}),
      notes: {
        ...(imports ? { importIncludes: imports.includes } : {}),
        ...(queries ? { matrixOptions: queries.matrixOptions } : {}),
        ...(coded
          ? {
              codings: `${coded.setup.batchCodings} codings through applyCoding inside one outer transaction (setup), the rest one codings.apply API call each (the applyCoding metric)`,
            }
          : {}),
        ...(cli ? { cli: `${cli.node} bin/citat.mjs, one new process per run` } : {}),
        ...(safety
          ? {
              safety:
                'action*: one codes.recolor API call (one transaction and undo step) with the rollback journal Citat uses (synchronous=FULL), with WAL and synchronous=NORMAL (Citat 0.1: the .citat file alone misses recent work), and with WAL plus a checkpoint after each action; openCheck = quickCheckPages + checksums, run on every open; fullCheck is citat check',
            }
          : {}),
      },
      ...(ui ? { ui } : {}),
      goals,
      allGoalsPass: goals.every((g) => g.pass) && ui?.status !== 'error',
      totalSeconds: Math.round((performance.now() - started) / 100) / 10,
    };
    const written = writeResults(join(root, 'bench'), results);
    process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
    progress(`results written to ${written}`);
  } finally {
    area.dispose();
  }
}

await main();
