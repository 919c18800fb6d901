/**
 * The Danish UI at 125 % zoom (a 1440×900 window at 125 % shows 1152×720 CSS pixels at a
 * device pixel ratio of 1.25): Danish labels after switching in the top bar, no English
 * left over, and nothing important cut off in any view.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startSession, type E2eSession } from './support/session';
import { seedProject } from './support/seed';
import { RISK_SENTENCE } from './support/fixtures';
import { SHELL_ELEMENTS, cutOff } from './support/layout';
import { englishOnlyMessages, englishShown, type EnglishMessage } from './support/untranslated';
import { dragSelect } from './support/transcript';

let session: E2eSession;
let page: Page;
let english: EnglishMessage[];

const tab = (name: string) => page.getByRole('tab', { name });

beforeAll(async () => {
  session = await startSession({ viewport: { width: 1152, height: 720 }, deviceScaleFactor: 1.25 });
  page = session.page;
  english = await englishOnlyMessages();
  await seedProject(session);
});

afterAll(async () => {
  await session?.close();
});

describe('Danish at 125 % zoom', () => {
  it('switches to Danish from the top bar', async () => {
    await page.getByRole('combobox', { name: 'Language' }).selectOption('da');
    await page.getByRole('combobox', { name: 'Sprog' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('da');
    expect(await page.getByRole('tab').allTextContents()).toEqual([
      'Transskription',
      'Kodede citater',
      'Citatmatrix',
      'Søg',
      'Talere og cases',
      'Team og udveksling',
    ]);
    expect(await page.locator('#documents-heading').textContent()).toContain('Dokumenter');
    expect(await page.getByTestId('documents-import').textContent()).toBe('Importér…');
    expect(await page.getByTestId('code-create').textContent()).toBe('+ Ny kode');
    expect(await page.locator('.topbar button').allTextContents()).toEqual(
      expect.arrayContaining(['↶ Fortryd', '↷ Gentag']),
    );
    // Danish number formatting: a full stop between thousands.
    expect(await page.locator('[data-name="JKM.txt"] .documents-meta').textContent()).toContain(
      '1.983 ord',
    );
  });

  it('shows the transcript in Danish, with nothing cut off', async () => {
    await page.getByTestId('transcript-name').filter({ hasText: 'JKM.txt' }).waitFor();
    await page.getByTestId('coding-stripe').first().waitFor();
    expect(await englishShown(page, english)).toEqual([]);
    expect(
      await cutOff(page, [
        ...SHELL_ELEMENTS,
        '[data-testid="transcript-name"]',
        '[data-testid="transcript-edit-start"]',
      ]),
    ).toEqual([]);
    await session.screenshot('13-danish-125-transcript');
  });

  it('formats the transcript’s word count the Danish way, as the documents panel does', async () => {
    const toolbar = await page.getByTestId('transcript-name').locator('..').textContent();
    expect(toolbar).toContain('1.983 ord');
  });

  it('opens the quick picker in Danish, inside the window', async () => {
    await dragSelect(page, RISK_SENTENCE);
    await page.keyboard.press('c');
    await page.getByTestId('code-picker').waitFor();
    expect(await page.getByTestId('code-picker-filter').getAttribute('placeholder')).toBe(
      'Skriv for at filtrere…',
    );
    expect(await englishShown(page, english)).toEqual([]);
    expect(
      await cutOff(page, ['[data-testid="code-picker"]', '[data-testid="code-picker-option"]']),
    ).toEqual([]);
    await session.screenshot('14-danish-125-picker');
    await page.keyboard.press('Escape');
    await page.getByTestId('code-picker').waitFor({ state: 'detached' });
  });

  it('shows the quote matrix with nothing cut off', async () => {
    await tab('Citatmatrix').click();
    await page.getByTestId('matrix-quote').first().waitFor();
    expect(
      await cutOff(page, [
        ...SHELL_ELEMENTS,
        '.matrix-controls label',
        '.matrix-mode label',
        '[data-testid^="matrix-export-"]',
        '.matrix-table th',
      ]),
    ).toEqual([]);
    await session.screenshot('15-danish-125-matrix');
  });

  it('titles the quote matrix in Danish', async () => {
    await page.getByTestId('matrix-title-heading').waitFor();
    expect(await englishShown(page, english)).toEqual([]);
    expect(await page.getByTestId('matrix-title-heading').textContent()).not.toMatch(
      /speakers|Codebook/,
    );
  });

  it('shows coded quotes, search and speakers in Danish, with nothing cut off', async () => {
    await tab('Kodede citater').click();
    await page.getByTestId('retrieval-quote').first().waitFor();
    expect(await englishShown(page, english)).toEqual([]);
    expect(await cutOff(page, [...SHELL_ELEMENTS, '.retrieval-filters label'])).toEqual([]);

    await tab('Søg').click();
    await page.getByTestId('search-query').fill('risiko');
    await page.getByTestId('search-submit').click();
    await page.getByTestId('search-hit').first().waitFor();
    expect(await englishShown(page, english)).toEqual([]);
    expect(
      await cutOff(page, [
        ...SHELL_ELEMENTS,
        '[data-testid="search-submit"]',
        '[data-testid="search-count"]',
      ]),
    ).toEqual([]);
    await session.screenshot('16-danish-125-search');

    await tab('Talere og cases').click();
    await page.getByTestId('speakers-table').waitFor();
    expect(await englishShown(page, english)).toEqual([]);
    expect(
      await cutOff(page, [...SHELL_ELEMENTS, '.speakers-table th', '[data-testid="speaker-name"]']),
    ).toEqual([]);
    await session.screenshot('17-danish-125-speakers');
  });

  it('shows the team tab in Danish', async () => {
    await tab('Team og udveksling').click();
    await page.locator('[data-feature="team"]').waitFor({ state: 'attached' });
    expect(await englishShown(page, english)).toEqual([]);
    expect(await cutOff(page, SHELL_ELEMENTS)).toEqual([]);
    await session.screenshot('18-danish-125-team');
  });
});
