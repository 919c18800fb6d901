/** Timing helpers: repeated runs after warm-ups, summarised as median and p90. */
import { performance } from 'node:perf_hooks';

export interface Metric {
  /** Wall-clock time: what the goals are checked against. */
  medianMs: number;
  p90Ms: number;
  runs: number;
  /**
   * CPU time of this process (all its threads) per run, median: on a machine busy with
   * other work it shows what the call itself costs. Absent for child-process metrics.
   */
  cpuMedianMs?: number;
}

export interface Repetitions {
  warmups: number;
  runs: number;
}

const round = (ms: number): number => Math.round(ms * 100) / 100;

export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  if (sorted.length === 0) throw new Error('median of no samples');
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Nearest-rank percentile: the smallest sample with at least `p`% of samples at or below it. */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  if (sorted.length === 0) throw new Error('percentile of no samples');
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

export function summarise(samples: readonly number[], cpuSamples?: readonly number[]): Metric {
  return {
    medianMs: round(median(samples)),
    p90Ms: round(percentile(samples, 90)),
    runs: samples.length,
    ...(cpuSamples ? { cpuMedianMs: round(median(cpuSamples)) } : {}),
  };
}

/** Collects garbage between runs when node runs with --expose-gc, so one run's garbage is not billed to the next. */
function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
}

export interface Timed<P> {
  /** Untimed set-up before each call (a fresh temp dir, say); its result goes to `run`. */
  prepare: (index: number) => P | Promise<P>;
  /** The timed call; `index` counts warm-ups too, so each call can use fresh input. */
  run: (prepared: P, index: number) => unknown;
  /** Untimed tidy-up after each call. */
  cleanup?: (prepared: P) => void;
  /** False when the work happens in child processes, whose CPU time is not ours. */
  cpu?: boolean;
}

export async function measure<P>(repetitions: Repetitions, timed: Timed<P>): Promise<Metric> {
  const samples: number[] = [];
  const cpuSamples: number[] = [];
  const total = repetitions.warmups + repetitions.runs;
  for (let index = 0; index < total; index++) {
    const prepared = await timed.prepare(index);
    collectGarbage();
    const cpuStarted = process.cpuUsage();
    const started = performance.now();
    await timed.run(prepared, index);
    const elapsed = performance.now() - started;
    const cpu = process.cpuUsage(cpuStarted);
    timed.cleanup?.(prepared);
    if (index >= repetitions.warmups) {
      samples.push(elapsed);
      cpuSamples.push((cpu.user + cpu.system) / 1000);
    }
  }
  return summarise(samples, timed.cpu === false ? undefined : cpuSamples);
}

/** Times a call that needs no per-run preparation. */
export function measureSimple(
  repetitions: Repetitions,
  run: (index: number) => unknown,
  options: { cpu?: boolean } = {},
): Promise<Metric> {
  return measure(repetitions, {
    prepare: () => undefined,
    run: (_prepared, index) => run(index),
    ...options,
  });
}

/** Wall time of a one-off step (set-up), in milliseconds. */
export async function timeOnce<T>(run: () => T | Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await run();
  return { result, ms: round(performance.now() - started) };
}
