/** Command-line options of the bench, and how many repetitions each kind of scenario gets. */
import type { Repetitions } from './timing';

export type ScenarioGroup = 'import' | 'coded';

export interface BenchOptions {
  quick: boolean;
  /** Keep the temp folder (projects, corpus files) for inspection. */
  keep: boolean;
  groups: ReadonlySet<ScenarioGroup>;
  /** Whole-corpus imports (each several seconds). */
  importReps: Repetitions;
  /** Queries, matrix, export, CLI. */
  queryReps: Repetitions;
  /** Single `codings.apply` calls through the API. */
  applyReps: Repetitions;
}

const USAGE = 'usage: npm run bench -- [--quick] [--keep] [--only import|coded]';

export function parseOptions(argv: readonly string[]): BenchOptions {
  let quick = false;
  let keep = false;
  let groups = new Set<ScenarioGroup>(['import', 'coded']);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--quick') quick = true;
    else if (arg === '--keep') keep = true;
    else if (arg === '--only') {
      const value = argv[++i];
      if (value !== 'import' && value !== 'coded')
        throw new Error(`--only needs import or coded\n${USAGE}`);
      groups = new Set([value]);
    } else throw new Error(`unknown option "${arg}"\n${USAGE}`);
  }
  return {
    quick,
    keep,
    groups,
    importReps: quick ? { warmups: 1, runs: 2 } : { warmups: 1, runs: 5 },
    queryReps: quick ? { warmups: 1, runs: 5 } : { warmups: 2, runs: 15 },
    applyReps: quick ? { warmups: 2, runs: 48 } : { warmups: 2, runs: 198 },
  };
}
