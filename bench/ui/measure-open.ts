/**
 * Opening the transcript: a new browser context and page per run, navigated to the app,
 * timed from navigation start until the transcript is shown with all its codings.
 */
import type { Browser } from 'playwright-core';
import { openBenchPage, type BenchPage, type MainThreadTime } from './chromium';
import { PAGE_TIMEOUT_MS, waitForMeasures } from './page-log';

export const OPEN_MEASURE = 'citat:transcript-open-from-navigation';

/** One open, in ms from navigation start unless said otherwise. */
export interface OpenSample {
  /** Until the frame with the transcript and its codings is painted (main thread): the goal. */
  painted: number;
  /** The app's own measure: until the requestAnimationFrame before that paint. */
  appMeasure: number;
  /** Where the time went, in order; they add up to `painted`. */
  phases: {
    /** Navigation start → the transcript store starts loading (HTML, JS, React, first API calls). */
    boot: number;
    /** The two API calls for text and codings, until both responses have arrived. */
    fetch: number;
    /** Responses → the open mark: Lexical builds the text, highlights, layout of margin and stripes. */
    render: number;
    /** Open mark → that frame's style, layout and paint done. */
    framePaint: number;
  };
  /** The last `citat:paint-codings` and `citat:transcript-layout` before the open mark. */
  paintCodings: number;
  layout: number;
  /** Main-thread CPU time of the page from navigation to painted. */
  mainThread: MainThreadTime;
}

/** Navigates `bench` to the app and waits until the transcript is painted. */
export async function openTranscript(bench: BenchPage, url: string): Promise<OpenSample> {
  const { page } = bench;
  await page.goto(url, { waitUntil: 'commit', timeout: PAGE_TIMEOUT_MS });
  const [open] = await waitForMeasures(page, OPEN_MEASURE, { field: 'afterTask' });
  const mainThread = await bench.mainThread();
  const openMark = open!.duration;
  const timeline = await page.evaluate((openAt) => {
    const lastBefore = (name: string) =>
      window
        .__citatBench!.measures.filter((m) => m.name === name && m.startTime + m.duration <= openAt)
        .at(-1)?.duration ?? Number.NaN;
    const loadStart =
      performance.getEntriesByName('citat:transcript-load-start', 'mark').at(-1)?.startTime ??
      Number.NaN;
    const responses = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((r) => /\/api\/(documents\.get|codings\.ofDocument)$/.test(r.name))
      .filter((r) => r.startTime >= loadStart);
    return {
      loadStart,
      dataArrived: Math.max(...responses.map((r) => r.responseEnd)),
      responses: responses.length,
      paintCodings: lastBefore('citat:paint-codings'),
      layout: lastBefore('citat:transcript-layout'),
    };
  }, openMark);
  if (timeline.responses < 2)
    throw new Error('the transcript opened without its documents.get and codings.ofDocument calls');
  if (bench.errors.length > 0) throw new Error(`errors in the page: ${bench.errors.join(' | ')}`);
  const painted = open!.afterTask!;
  return {
    painted,
    appMeasure: open!.duration,
    phases: {
      boot: timeline.loadStart,
      fetch: timeline.dataArrived - timeline.loadStart,
      render: openMark - timeline.dataArrived,
      framePaint: painted - openMark,
    },
    paintCodings: timeline.paintCodings,
    layout: timeline.layout,
    mainThread,
  };
}

/** `runs` opens after `warmups` untimed ones, each in a fresh context. */
export async function measureOpens(
  browser: Browser,
  url: string,
  reps: { warmups: number; runs: number },
): Promise<OpenSample[]> {
  const samples: OpenSample[] = [];
  for (let i = 0; i < reps.warmups + reps.runs; i++) {
    const bench = await openBenchPage(browser);
    try {
      const sample = await openTranscript(bench, url);
      if (i >= reps.warmups) samples.push(sample);
    } finally {
      await bench.close();
    }
  }
  return samples;
}
