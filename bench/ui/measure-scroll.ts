/**
 * Scrolling the open transcript from top to bottom: every animation frame moves the
 * transcript's scroll container down by half its height, and the intervals between frames
 * are collected. Scrolling from script runs on the main thread, so each frame waits for
 * the highlights, margin and stripes of the newly shown text to be painted: a worst case
 * for what a user's (compositor-scrolled) wheel or trackpad would show.
 */
import { mainThreadDelta, type BenchPage, type MainThreadTime } from './chromium';
import { waitFrames } from './page-log';

export interface ScrollPass {
  /** Intervals between consecutive frames, ms. */
  intervals: number[];
  scrollHeight: number;
  stepPx: number;
  mainThread: MainThreadTime;
}

export async function scrollThrough(bench: BenchPage): Promise<ScrollPass> {
  const { page } = bench;
  await page.evaluate(() => {
    document.querySelector<HTMLElement>('[data-testid="transcript-scroll"]')!.scrollTop = 0;
  });
  await waitFrames(page, 5);
  const before = await bench.mainThread();
  const pass = await page.evaluate(
    () =>
      new Promise<{ times: number[]; scrollHeight: number; stepPx: number }>((resolve) => {
        const scroller = document.querySelector<HTMLElement>('[data-testid="transcript-scroll"]')!;
        const stepPx = Math.round(scroller.clientHeight / 2);
        const times: number[] = [];
        const frame = (time: number) => {
          times.push(time);
          const bottom = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1;
          if (bottom) resolve({ times, scrollHeight: scroller.scrollHeight, stepPx });
          else {
            scroller.scrollTop += stepPx;
            requestAnimationFrame(frame);
          }
        };
        requestAnimationFrame(frame);
      }),
  );
  const mainThread = mainThreadDelta(before, await bench.mainThread());
  if (pass.times.length < 20)
    throw new Error(
      `the transcript scrolled through in ${pass.times.length} frames: too short to be the whole text`,
    );
  return {
    intervals: pass.times.slice(1).map((t, i) => t - pass.times[i]!),
    scrollHeight: pass.scrollHeight,
    stepPx: pass.stepPx,
    mainThread,
  };
}
