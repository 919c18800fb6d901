/**
 * The transcript editor in Chromium: a 30,000-word transcript with 2,000 codings, served by
 * the loopback host from the built renderer. Measures opening it (a fresh page per run),
 * applying a code through the quick picker, and scrolling through it. Skipped, with the
 * reason, when Chromium or the built renderer is missing.
 */
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { startHost, type RunningHost } from '../../src/main/host/loopback-host';
import { medianGoal, type Goal } from '../report';
import type { TempArea } from '../lib/temp';
import type { Repetitions } from '../lib/timing';
import { VIEWPORT, chromiumMissing, launchChromium, openBenchPage } from './chromium';
import { planApplyTargets } from './fixture';
import { measureApplies, type ApplySample } from './measure-apply';
import { measureOpens, openTranscript, type OpenSample } from './measure-open';
import { scrollThrough, type ScrollPass } from './measure-scroll';
import { withCpuProfile, withTrace } from './profile';
import { frameStats, medianMainThread, metricOf, presentedStats } from './summary';
import { buildUiProject, type UiProject } from './ui-project';

export const UI_SEED = 30_002_000;
const TARGET_WORDS = 30_000;
const CODINGS = 2_000;
/** Passages coded in extra, untimed runs under the profiler (`--profile`). */
const PROFILED_APPLIES = 3;

export interface UiOptions {
  open: Repetitions;
  apply: Repetitions;
  scrollPasses: number;
  /** Where to write profiles of extra runs, or null for none. */
  profileDir: string | null;
}

type Measured = Awaited<ReturnType<typeof measureUi>> & {
  loadAverage: Record<'atStart' | 'atEnd', ReturnType<typeof roundLoad>>;
};

export type UiResults =
  { status: 'skipped'; reason: string } | { status: 'error'; error: string } | Measured;

function summariseOpens(samples: readonly OpenSample[]) {
  return {
    open: metricOf(samples, (s) => s.painted),
    openAppMeasure: metricOf(samples, (s) => s.appMeasure),
    openPhases: {
      boot: metricOf(samples, (s) => s.phases.boot),
      fetch: metricOf(samples, (s) => s.phases.fetch),
      render: metricOf(samples, (s) => s.phases.render),
      framePaint: metricOf(samples, (s) => s.phases.framePaint),
    },
    openPaintCodings: metricOf(samples, (s) => s.paintCodings),
    openLayout: metricOf(samples, (s) => s.layout),
    openMainThreadCpu: medianMainThread(samples.map((s) => s.mainThread)),
  };
}

function summariseApplies(samples: readonly ApplySample[]) {
  return {
    apply: metricOf(samples, (s) => s.painted),
    applyAppMeasure: metricOf(samples, (s) => s.appMeasure),
    applyPaintCodings: metricOf(samples, (s) => s.paintCodings),
    applySettled: metricOf(samples, (s) => s.settled),
    applyKeyToPresented: presentedStats(samples.map((s) => s.keyToPresented)),
    applyMainThreadCpu: medianMainThread(samples.map((s) => s.mainThread)),
  };
}

function summariseScroll(passes: readonly ScrollPass[]) {
  return {
    ...frameStats(passes.flatMap((p) => p.intervals)),
    passes: passes.length,
    stepPx: passes[0]!.stepPx,
    scrollHeightPx: passes[0]!.scrollHeight,
    mainThreadCpuPerPass: medianMainThread(passes.map((p) => p.mainThread)),
  };
}

const NOTES = {
  setup:
    'one generated interview (seeded), imported with importTranscriptFiles; 20 codes; the ' +
    '2,000 codings (60 % of 3–20 words, 35 % of 20–80, 5 % of 80–300, overlapping) applied ' +
    'with applyCodingMany, one action per code; served by the loopback host from out/renderer. ' +
    'Browser timings are wall-clock on a machine that may be busy: compare with loadAverage ' +
    'and the main-thread CPU times.',
  open:
    'open: navigation start → the frame that shows the transcript with all codings has been ' +
    "painted on the main thread (bench probe: a message posted from the app's " +
    "'citat:transcript-open' requestAnimationFrame runs after that frame's style, layout and " +
    "paint). openAppMeasure is the app's 'citat:transcript-open-from-navigation', which ends " +
    'in that requestAnimationFrame, before the paint. A fresh browser context per run.',
  apply:
    "apply: the app's apply mark (the store applying the code, on Enter in the quick picker " +
    'after C and typing the code name) → the frame with the new highlight painted (main ' +
    "thread, as for open); applyAppMeasure is the app's 'citat:apply-to-paint'. applySettled: " +
    'until the core has stored it, the codings were reloaded and the next frame painted. ' +
    'applyKeyToPresented: Enter → next frame presented (Event Timing; reported only from 16 ms).',
  scroll:
    'scroll: the transcript scroll container moved down by stepPx in every requestAnimationFrame ' +
    'from top to bottom; intervals between frames (main-thread scrolling, a worst case).',
  mainThreadCpu:
    "main-thread CPU time of the page's renderer from Chrome's Performance domain (ms): " +
    'task = all of it, script/layout/style parts of it, other = the rest (paint, parsing, ' +
    'GC), thread = CPU time of the thread.',
};

async function measureUi(
  browser: Browser,
  host: RunningHost,
  built: UiProject,
  options: UiOptions,
  progress: (message: string) => void,
) {
  const applyCount = options.apply.warmups + options.apply.runs;
  const targets = planApplyTargets(
    UI_SEED + 2,
    built.text,
    built.codes.length,
    applyCount + PROFILED_APPLIES,
    built.planned,
  );
  progress(
    `ui: opening the transcript (${options.open.warmups} + ${options.open.runs} page loads)`,
  );
  const opens = await measureOpens(browser, host.url, options.open);

  progress(
    `ui: applying codes through the picker (${options.apply.warmups} + ${options.apply.runs})`,
  );
  const applyPage = await openBenchPage(browser);
  let applies: ApplySample[];
  try {
    await openTranscript(applyPage, host.url);
    const timed = targets.slice(0, applyCount);
    applies = await measureApplies(
      applyPage,
      built.project,
      built.text,
      timed,
      built.codes,
      options.apply.warmups,
    );
    if (options.profileDir) {
      const dir = options.profileDir;
      const profiled = targets.slice(applyCount);
      await withTrace(browser, applyPage, dir, 'ui-apply.trace.json', () =>
        withCpuProfile(applyPage, dir, 'ui-apply.cpuprofile', () =>
          measureApplies(applyPage, built.project, built.text, profiled, built.codes, 0),
        ),
      );
    }
  } finally {
    await applyPage.close();
  }

  progress(`ui: scrolling through the transcript (${options.scrollPasses} passes)`);
  const scrollPage = await openBenchPage(browser);
  const passes: ScrollPass[] = [];
  try {
    await openTranscript(scrollPage, host.url);
    for (let pass = 0; pass < options.scrollPasses; pass++)
      passes.push(await scrollThrough(scrollPage));
    if (options.profileDir)
      await withCpuProfile(scrollPage, options.profileDir, 'ui-scroll.cpuprofile', () =>
        scrollThrough(scrollPage),
      );
  } finally {
    await scrollPage.close();
  }

  if (options.profileDir) {
    progress(`ui: profiling one more open into ${options.profileDir}`);
    const profiled = await openBenchPage(browser);
    try {
      await withTrace(browser, profiled, options.profileDir, 'ui-open.trace.json', () =>
        withCpuProfile(profiled, options.profileDir!, 'ui-open.cpuprofile', () =>
          openTranscript(profiled, host.url),
        ),
      );
    } finally {
      await profiled.close();
    }
  }

  const metrics = {
    ...summariseOpens(opens),
    ...summariseApplies(applies),
    scroll: summariseScroll(passes),
  };
  const goals: Goal[] = [
    medianGoal('transcript open ≤ 1000 ms', 'ui.metrics.open', metrics.open, 1000),
    medianGoal('apply code → painted ≤ 50 ms', 'ui.metrics.apply', metrics.apply, 50),
  ];
  return {
    status: 'measured' as const,
    browser: `Chromium ${browser.version()} (headless, ${VIEWPORT.width}×${VIEWPORT.height})`,
    document: { ...built.sizes, seed: UI_SEED },
    setup: built.setup,
    metrics,
    notes: NOTES,
    goals,
  };
}

/** os.loadavg() as { '1m', '5m', '15m' }: the machine's other work skews browser timings. */
function roundLoad([one = 0, five = 0, fifteen = 0]: readonly number[]) {
  const round = (n: number) => Math.round(n * 100) / 100;
  return { '1m': round(one), '5m': round(five), '15m': round(fifteen) };
}

/** Why the UI scenario cannot run here, or null. */
function skipReason(root: string): string | null {
  const given = process.env.CITAT_BENCH_UI_SKIP;
  if (given) return given;
  const missing = chromiumMissing();
  if (missing) return missing;
  if (!existsSync(join(root, 'out/renderer/index.html')))
    return 'the renderer is not built (out/renderer/index.html is missing): run "npx electron-vite build"';
  return null;
}

export async function runUiScenario(
  area: TempArea,
  root: string,
  options: UiOptions,
  progress: (message: string) => void,
): Promise<UiResults> {
  const reason = skipReason(root);
  if (reason) {
    progress(`ui: skipped: ${reason}`);
    return { status: 'skipped', reason };
  }
  const loadAtStart = loadavg();
  progress(`ui: building the project (${TARGET_WORDS} words, ${CODINGS} codings)`);
  const built = await buildUiProject(area.folder('ui'), {
    seed: UI_SEED,
    targetWords: TARGET_WORDS,
    codings: CODINGS,
  });
  let host: RunningHost | undefined;
  let browser: Browser | undefined;
  try {
    host = await startHost({ project: built.project, rendererDir: join(root, 'out/renderer') });
    browser = await launchChromium();
    const measured = await measureUi(browser, host, built, options, progress);
    return {
      ...measured,
      loadAverage: { atStart: roundLoad(loadAtStart), atEnd: roundLoad(loadavg()) },
    };
  } finally {
    await browser?.close();
    await host?.close();
    built.project.close();
  }
}

/** The goals of a UI result (none when it was skipped or failed). */
export function uiGoals(results: UiResults | undefined): Goal[] {
  return results?.status === 'measured' ? results.goals : [];
}
