/**
 * Debian's Chromium driven by playwright-core: finding it, launching it with the flags the
 * project's UI checks use, and a fresh page (own browser context) with the bench's probe
 * installed and a DevTools session reading the renderer's main-thread time.
 */
import { existsSync } from 'node:fs';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type CDPSession,
  type Page,
} from 'playwright-core';
import { installProbe } from './page-probe';

export const CHROMIUM_PATH = process.env.CITAT_CHROMIUM ?? '/usr/bin/chromium';

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export const VIEWPORT = { width: 1440, height: 900 };

/** Why the UI bench cannot run here, or null when Chromium is present. */
export function chromiumMissing(): string | null {
  return existsSync(CHROMIUM_PATH)
    ? null
    : `Chromium not found at ${CHROMIUM_PATH} (apt-get install chromium, or set CITAT_CHROMIUM)`;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: FLAGS });
}

/**
 * Main-thread time of the page's renderer from Chrome's Performance domain, in ms:
 * `task` is everything the main thread ran; script, layout and style are parts of it;
 * `other` is the rest (HTML parsing, paint, GC outside scripts…); `thread` is its CPU time.
 */
export interface MainThreadTime {
  task: number;
  script: number;
  layout: number;
  style: number;
  other: number;
  thread: number;
}

const METRICS: Record<keyof MainThreadTime, string> = {
  task: 'TaskDuration',
  script: 'ScriptDuration',
  layout: 'LayoutDuration',
  style: 'RecalcStyleDuration',
  other: 'TaskOtherDuration',
  thread: 'ThreadTime',
};

export interface BenchPage {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  /** Errors thrown in the page: a broken app must not produce numbers. */
  errors: string[];
  mainThread(): Promise<MainThreadTime>;
  close(): Promise<void>;
}

export async function openBenchPage(browser: Browser): Promise<BenchPage> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'da-DK' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  await page.addInitScript(installProbe);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return {
    context,
    page,
    cdp,
    errors,
    async mainThread() {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return mainThreadOf(
        (key) => (metrics.find((m) => m.name === METRICS[key])?.value ?? 0) * 1000,
      );
    },
    close: () => context.close(),
  };
}

/** A MainThreadTime with each field computed by `value`. */
export function mainThreadOf(value: (key: keyof MainThreadTime) => number): MainThreadTime {
  return {
    task: value('task'),
    script: value('script'),
    layout: value('layout'),
    style: value('style'),
    other: value('other'),
    thread: value('thread'),
  };
}

/** `after − before`, field by field. */
export function mainThreadDelta(before: MainThreadTime, after: MainThreadTime): MainThreadTime {
  return mainThreadOf((key) => after[key] - before[key]);
}
