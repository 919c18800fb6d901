/**
 * Applying a code the way a user does with the keyboard: a passage is selected in the
 * editor (programmatically, over the text node of its line), then C opens the quick
 * picker, the code's name is typed and Enter applies it. Timed from the app's apply mark
 * (set when the store applies the code) to the highlight painted, and on to the codings
 * reloaded from the core and painted again.
 */
import type { Page } from 'playwright-core';
import type { Project } from '../../src/main/backend/project/project';
import { mainThreadDelta, type BenchPage, type MainThreadTime } from './chromium';
import type { ApplyTarget } from './fixture';
import { PAGE_TIMEOUT_MS, measureCount, readLog, waitForMeasures, waitFrames } from './page-log';

export interface ApplySample {
  /** Apply mark → the frame with the new highlight painted (main thread): the goal. */
  painted: number;
  /** The app's `citat:apply-to-paint`: apply mark → the requestAnimationFrame before that paint. */
  appMeasure: number;
  /** Repainting all codings with the optimistic one (`citat:paint-codings`). */
  paintCodings: number;
  /** Apply mark → the core's answer, the codings reloaded and the next frame painted. */
  settled: number;
  /** Enter pressed → next frame presented (Event Timing); null when under 16 ms or unsupported. */
  keyToPresented: number | null;
  /** Main-thread CPU from Enter until settled (includes the reloads after the change). */
  mainThread: MainThreadTime;
}

/** Selects the target's passage in the editor and returns the selected text. */
function selectPassage(page: Page, target: ApplyTarget): Promise<string> {
  return page.evaluate(({ line, from, to }) => {
    const root = document.querySelector<HTMLElement>('[data-testid="transcript-text"]');
    const paragraph = root?.children[line];
    const text = paragraph?.firstChild?.firstChild;
    if (!root || !paragraph || !text || text.nodeType !== Node.TEXT_NODE)
      throw new Error(`line ${line} of the transcript has no text node in the editor`);
    paragraph.scrollIntoView({ block: 'center' });
    root.focus({ preventScroll: true });
    window.getSelection()!.setBaseAndExtent(text, from, text, to);
    return (text as Text).data.slice(from, to);
  }, target);
}

async function applyOnce(
  bench: BenchPage,
  target: ApplyTarget,
  codeName: string,
  expectedText: string,
): Promise<ApplySample> {
  const { page } = bench;
  const selected = await selectPassage(page, target);
  if (selected !== expectedText)
    throw new Error(`selected "${selected}" in the editor, expected "${expectedText}"`);
  await waitFrames(page, 3);
  const from = await measureCount(page);
  await page.keyboard.press('c');
  await page.waitForFunction(
    () => document.activeElement?.getAttribute('data-testid') === 'code-picker-filter',
    undefined,
    { timeout: PAGE_TIMEOUT_MS },
  );
  await page.keyboard.type(codeName);
  await waitFrames(page, 2);
  const before = await bench.mainThread();
  await page.keyboard.press('Enter');
  const [apply] = await waitForMeasures(page, 'citat:apply-to-paint', {
    from,
    field: 'afterTask',
  });
  const paints = await waitForMeasures(page, 'citat:paint-codings', {
    from,
    count: 2,
    field: 'afterNextFrame',
  });
  const mainThread = mainThreadDelta(before, await bench.mainThread());
  const log = await readLog(page);
  const mark = apply!.startTime;
  const keydown = log.events.find(
    (e) => e.name === 'keydown' && e.processingStart <= mark && mark <= e.processingEnd,
  );
  return {
    painted: apply!.afterTask! - mark,
    appMeasure: apply!.duration,
    paintCodings: paints[0]!.duration,
    settled: paints[1]!.afterNextFrame! - mark,
    keyToPresented: keydown?.duration ?? null,
    mainThread,
  };
}

/**
 * Applies one code per target (the first `warmups` untimed) on an open transcript, then
 * checks that every one of them was stored with the right code and range.
 */
export async function measureApplies(
  bench: BenchPage,
  project: Project,
  text: string,
  targets: readonly ApplyTarget[],
  codes: readonly { id: string; name: string }[],
  warmups: number,
): Promise<ApplySample[]> {
  const samples: ApplySample[] = [];
  for (const [index, target] of targets.entries()) {
    const code = codes[target.codeIndex]!;
    const expected = text.slice(target.startUtf16, target.endUtf16);
    const sample = await applyOnce(bench, target, code.name, expected);
    if (index >= warmups) samples.push(sample);
  }
  if (bench.errors.length > 0) throw new Error(`errors in the page: ${bench.errors.join(' | ')}`);
  for (const target of targets) {
    const stored = project.readOne(
      `SELECT 1 FROM codings WHERE code_id = ? AND start_utf16 = ? AND end_utf16 = ?`,
      codes[target.codeIndex]!.id,
      target.startUtf16,
      target.endUtf16,
    );
    if (!stored)
      throw new Error(
        `the picker did not store ${codes[target.codeIndex]!.name} on ${target.startUtf16}–${target.endUtf16}`,
      );
  }
  return samples;
}
