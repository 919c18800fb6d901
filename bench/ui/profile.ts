/**
 * Profiles of the UI scenarios for `npm run bench -- --profile`, taken in extra runs after
 * the timed ones so the profilers do not skew the numbers: a JavaScript CPU profile
 * (.cpuprofile, readable by bench/profile-summary.ts and Chrome DevTools) and, for the
 * open, a Chromium trace (.trace.json, load it in DevTools' Performance panel to see
 * style, layout and paint as well).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { BenchPage } from './chromium';

/** Runs `work` with the page's V8 sampling profiler on and writes the profile to `file`. */
export async function withCpuProfile<T>(
  bench: BenchPage,
  folder: string,
  file: string,
  work: () => Promise<T>,
): Promise<T> {
  mkdirSync(folder, { recursive: true });
  await bench.cdp.send('Profiler.enable');
  await bench.cdp.send('Profiler.setSamplingInterval', { interval: 250 });
  await bench.cdp.send('Profiler.start');
  const result = await work();
  const { profile } = await bench.cdp.send('Profiler.stop');
  writeFileSync(join(folder, file), JSON.stringify(profile));
  return result;
}

/** Runs `work` while Chromium records a trace of `bench`'s page into `file`. */
export async function withTrace<T>(
  browser: Browser,
  bench: BenchPage,
  folder: string,
  file: string,
  work: () => Promise<T>,
): Promise<T> {
  mkdirSync(folder, { recursive: true });
  await browser.startTracing(bench.page, { path: join(folder, file) });
  try {
    return await work();
  } finally {
    await browser.stopTracing();
  }
}
