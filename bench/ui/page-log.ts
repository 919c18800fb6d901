/** Reading the probe's log from the Node side: waiting for the app's measures to appear. */
import type { Page } from 'playwright-core';
import type { MeasureRecord, ProbeLog } from './page-probe';

/** Generous: a loaded shared machine can take many seconds to open the transcript. */
export const PAGE_TIMEOUT_MS = 120_000;

export function readLog(page: Page): Promise<ProbeLog> {
  return page.evaluate(() => window.__citatBench ?? { measures: [], events: [] });
}

/** How many measures the page has logged so far (to wait for the ones that come next). */
export function measureCount(page: Page): Promise<number> {
  return page.evaluate(() => window.__citatBench?.measures.length ?? 0);
}

/**
 * Waits until the page has logged `count` measures named `name` after position `from`,
 * the last of them with `field` set, and returns those measures.
 */
export async function waitForMeasures(
  page: Page,
  name: string,
  options: { from?: number; count?: number; field: 'afterTask' | 'afterNextFrame' },
): Promise<MeasureRecord[]> {
  const args = { name, from: options.from ?? 0, count: options.count ?? 1, field: options.field };
  await page.waitForFunction(
    ({ name, from, count, field }) => {
      const found = (window.__citatBench?.measures ?? [])
        .slice(from)
        .filter((m) => m.name === name);
      return found.length >= count && found[count - 1]![field] !== null;
    },
    args,
    { timeout: PAGE_TIMEOUT_MS, polling: 50 },
  );
  const log = await readLog(page);
  return log.measures
    .slice(args.from)
    .filter((m) => m.name === name)
    .slice(0, args.count);
}

/** Resolves after `frames` animation frames have been produced in the page. */
export function waitFrames(page: Page, frames: number): Promise<void> {
  return page.evaluate(
    (n) =>
      new Promise<void>((resolve) => {
        const step = (left: number) =>
          left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1));
        step(n);
      }),
    frames,
  );
}
