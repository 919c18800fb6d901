/** Command-line options of the bench, and how many repetitions each kind of scenario gets. */
import type { Repetitions } from './timing';

export type ScenarioGroup = 'import' | 'coded' | 'ui';

const GROUPS: readonly ScenarioGroup[] = ['import', 'coded', 'ui'];

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
  /** The transcript editor in Chromium: page loads, codes applied, scroll passes. */
  ui: { open: Repetitions; apply: Repetitions; scrollPasses: number };
}

const USAGE = 'usage: npm run bench -- [--quick] [--keep] [--only import|coded|ui]';

export function parseOptions(argv: readonly string[]): BenchOptions {
  let quick = false;
  let keep = false;
  let groups = new Set<ScenarioGroup>(GROUPS);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--quick') quick = true;
    else if (arg === '--keep') keep = true;
    else if (arg === '--only') {
      const value = argv[++i];
      const group = GROUPS.find((g) => g === value);
      if (!group) throw new Error(`--only needs import, coded or ui\n${USAGE}`);
      groups = new Set([group]);
    } else throw new Error(`unknown option "${arg}"\n${USAGE}`);
  }
  return {
    quick,
    keep,
    groups,
    importReps: quick ? { warmups: 1, runs: 2 } : { warmups: 1, runs: 5 },
    queryReps: quick ? { warmups: 1, runs: 5 } : { warmups: 2, runs: 15 },
    applyReps: quick ? { warmups: 2, runs: 48 } : { warmups: 2, runs: 198 },
    ui: quick
      ? { open: { warmups: 1, runs: 7 }, apply: { warmups: 2, runs: 9 }, scrollPasses: 1 }
      : { open: { warmups: 2, runs: 11 }, apply: { warmups: 3, runs: 21 }, scrollPasses: 3 },
  };
}
