/** The bench's output: machine facts, the goals checked against the measurements, the JSON file. */
import Database from 'better-sqlite3';
import { mkdirSync, writeFileSync } from 'node:fs';
import { arch, cpus, loadavg, platform, totalmem } from 'node:os';
import { join } from 'node:path';
import type { Metric } from './lib/timing';

export interface Goal {
  name: string;
  /** What is compared: a metric's median, or a ratio of medians. */
  measured: string;
  limit: number;
  unit: 'ms' | 'x';
  value: number;
  pass: boolean;
}

/** `loadAtStart`: os.loadavg() when the bench began; other work on the machine skews timings. */
export function machineInfo(loadAtStart: readonly number[]) {
  const list = cpus();
  const db = new Database(':memory:');
  const sqlite = db.prepare('SELECT sqlite_version() AS v').get() as { v: string };
  db.close();
  return {
    cpus: list.length,
    cpuModel: list[0]?.model ?? 'unknown',
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    platform: `${platform()} ${arch()}`,
    node: process.version,
    sqlite: sqlite.v,
    loadAverage1m: { atStart: round2(loadAtStart[0] ?? 0), atEnd: round2(loadavg()[0] ?? 0) },
  };
}

const round2 = (n: number): number => Math.round(n * 100) / 100;

export function medianGoal(
  name: string,
  metricName: string,
  metric: Metric,
  limitMs: number,
): Goal {
  return {
    name,
    measured: `${metricName}.medianMs`,
    limit: limitMs,
    unit: 'ms',
    value: metric.medianMs,
    pass: metric.medianMs <= limitMs,
  };
}

export function ratioGoal(name: string, measured: string, value: number, limit: number): Goal {
  return { name, measured, limit, unit: 'x', value, pass: value <= limit };
}

/** Writes the results beside the bench (bench/results/ is git-ignored) and returns the path. */
export function writeResults(benchFolder: string, results: unknown): string {
  const folder = join(benchFolder, 'results');
  mkdirSync(folder, { recursive: true });
  const path = join(folder, 'latest.json');
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
  return path;
}
