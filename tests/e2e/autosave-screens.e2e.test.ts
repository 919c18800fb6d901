/**
 * The saving UI at the window sizes people use — 1366×768, 1024×768, and 1366×768 at 125 %
 * zoom (1093×614 CSS pixels) — in English and Danish: the popover's fields with their own
 * state, the description dialog, a refused rename with the top bar saying "not saved".
 * Nothing is cut off, no English shows in the Danish UI, and every screen is photographed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startSession, type E2eSession, type PageOptions } from './support/session';
import { seedProject } from './support/seed';
import { cutOff } from './support/layout';
import { englishOnlyMessages, englishShown, type EnglishMessage } from './support/untranslated';
import { openCodingsAt, popoverClosed } from './support/coding-popover';

const WINDOWS: { name: string; options: PageOptions }[] = [
  { name: '1366', options: { viewport: { width: 1366, height: 768 } } },
  { name: '1024', options: { viewport: { width: 1024, height: 768 } } },
  {
    name: '1366-125',
    options: { viewport: { width: 1093, height: 614 }, deviceScaleFactor: 1.25 },
  },
];
const LANGUAGES = [
  { code: 'en', locale: 'en-GB', taken: 'A code with this name already exists at this level.' },
  {
    code: 'da',
    locale: 'da-DK',
    taken: 'Der findes allerede en kode med dette navn på dette niveau.',
  },
];

let session: E2eSession;
let english: EnglishMessage[];

beforeAll(async () => {
  session = await startSession();
  english = await englishOnlyMessages();
  await seedProject(session);
});

afterAll(async () => {
  await session?.close();
});

async function noEnglishIn(page: Page, language: string): Promise<void> {
  if (language === 'da') expect(await englishShown(page, english)).toEqual([]);
}

describe.each(LANGUAGES)('the saving UI in $code', ({ code, locale, taken }) => {
  it.each(WINDOWS)('fits a $name window', async ({ name, options }) => {
    const page = await session.openPage({ ...options, locale });
    const shot = (what: string) => session.screenshot(`35-${what}-${name}-${code}`, page);
    await page.getByTestId('coding-stripe').first().waitFor();

    await openCodingsAt(page, 'lærer man heller');
    await page.getByTestId('coding-memo').click();
    await page.keyboard.type(` ${name}-${code}`);
    await expect
      .poll(() => page.getByTestId('coding-memo-state').getAttribute('data-status'))
      .toBe('saved');
    await page.getByTestId('coding-note').click();
    await page.keyboard.type(` ${name}`);
    expect(
      await cutOff(page, [
        '[data-testid="coding-popover"]',
        '.transcript-field-label',
        '[data-testid="coding-remove"]',
        '[data-testid="save-status"]',
        '[role="tab"]',
      ]),
    ).toEqual([]);
    await noEnglishIn(page, code);
    await shot('popover');
    await page.keyboard.press('Escape');
    await popoverClosed(page);

    const row = page.locator('[data-testid="code-row"][data-path="Principper/IV Samskabelse"]');
    await row.getByTestId('code-menu').click();
    await page.getByTestId('code-menu-describe').click();
    await page.getByTestId('code-describe-whenToUse').click();
    await page.keyboard.type(`Når ${name}`);
    await expect
      .poll(() => page.getByTestId('code-describe-whenToUse-state').getAttribute('data-status'))
      .toBe('saved');
    expect(
      await cutOff(page, [
        '[data-testid="code-describe-close"]',
        '.autosave-hint',
        'dialog textarea',
      ]),
    ).toEqual([]);
    await noEnglishIn(page, code);
    await shot('describe');
    await page.getByTestId('code-describe-close').click();

    await row.click();
    await page.keyboard.press('F2');
    await page.getByTestId('code-rename-input').fill('III Risiko');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('code-rename-input-error').textContent()).toBe(taken);
    await expect
      .poll(() => page.getByTestId('save-status').getAttribute('data-status'))
      .toBe('failed');
    expect(
      await cutOff(page, [
        '[data-testid="code-rename-input"]',
        '[data-testid="save-retry"]',
        '.autosave-failed-label',
        '.topbar button',
      ]),
    ).toEqual([]);
    await noEnglishIn(page, code);
    await shot('rename-refused');
    await page.keyboard.press('Escape');
    await expect
      .poll(() => page.getByTestId('save-status').getAttribute('data-status'))
      .toBe('saved');
    await page.context().close();
  });
});
