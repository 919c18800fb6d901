/**
 * Moving around a transcript: where a newly opened document starts, where the keyboard
 * caret lands when Tab enters scrolled text, and what a click on a coding leaves selected.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startSession, type E2eSession } from './support/session';
import { seedProject } from './support/seed';
import { RISK_SENTENCE, TC_PASSAGE } from './support/fixtures';
import { caretInParagraph, dragSelect, highlightSize, passageEnds } from './support/transcript';

let session: E2eSession;
let page: Page;

const scrollTop = () =>
  page.evaluate(() => document.querySelector('[data-testid="transcript-scroll"]')?.scrollTop ?? -1);

async function openDocument(name: string): Promise<void> {
  await page
    .locator(`[data-testid="document-row"][data-name="${name}"]`)
    .getByTestId('document-open')
    .click();
  await page.getByTestId('transcript-name').filter({ hasText: name }).waitFor();
}

beforeAll(async () => {
  session = await startSession();
  page = session.page;
  await seedProject(session);
  await openDocument('JKM.txt');
});

afterAll(async () => {
  await session?.close();
});

describe('moving around a transcript', () => {
  it('opens another document at its top, not at the last one’s scroll position', async () => {
    await passageEnds(page, RISK_SENTENCE); // scrolls JKM.txt down to line 31
    expect(await scrollTop()).toBeGreaterThan(300);
    await openDocument('TC.txt');
    await page.waitForFunction(
      (text) =>
        document.querySelector('[data-testid="transcript-text"]')?.textContent?.includes(text),
      TC_PASSAGE,
    );
    await expect.poll(scrollTop, { timeout: 5_000 }).toBe(0);
  });

  it('puts the caret on a line in view when Tab enters scrolled text', async () => {
    await openDocument('JKM.txt');
    await passageEnds(page, RISK_SENTENCE);
    await page.getByTestId('transcript-edit-start').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'transcript-text',
    );
    await expect.poll(() => caretInParagraph(page), { timeout: 5_000 }).not.toBeNull();
    const caretInView = await page.evaluate(() => {
      const selection = window.getSelection();
      const scroller = document.querySelector('[data-testid="transcript-scroll"]');
      if (!selection?.rangeCount || !scroller) return false;
      const caret = selection.getRangeAt(0).getClientRects()[0];
      const box = scroller.getBoundingClientRect();
      return !!caret && caret.top >= box.top && caret.bottom <= box.bottom;
    });
    expect(caretInView).toBe(true);
  });

  it('drops an earlier selection when a coded passage is clicked', async () => {
    await openDocument('JKM.txt');
    await dragSelect(page, 'Jeg kan give et eksempel.');
    await page.getByTestId('code-selection-button').waitFor();
    const { start, end } = await passageEnds(page, 'lærer man heller');
    await page.mouse.click((start.x + end.x) / 2, start.y);
    await page.getByTestId('coding-popover').waitFor();
    expect(await page.getByTestId('coding-card').count()).toBe(1);
    // Only the clicked coding is shown; the old selection is neither painted nor offered.
    await expect
      .poll(() => highlightSize(page, 'citat-pending-selection'), { timeout: 5_000 })
      .toBe(0);
    expect(await page.getByTestId('code-selection-button').count()).toBe(0);
  });
});
