/**
 * What the window says about the project file itself: a damaged project opens read-only
 * with what was found, the newest good backup and the command that restores it; a project
 * in a synced folder warns once; a change by another program reloads every view.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startSession, type E2eSession } from './support/session';
import { seedProject } from './support/seed';
import { damagedProject, syncedProject, writeFromOutside } from './support/projects';
import { SHELL_ELEMENTS, cutOff } from './support/layout';
import { SEARCH_WORD } from './support/fixtures';

const documentRow = (page: Page, name: string) =>
  page.locator(`[data-testid="document-row"][data-name="${name}"]`);

describe('a damaged project', () => {
  let session: E2eSession;
  let page: Page;

  beforeAll(async () => {
    session = await startSession({
      viewport: { width: 1366, height: 768 },
      project: damagedProject,
    });
    page = session.page;
    await page.getByTestId('read-only-banner').waitFor();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows why it is read-only, the newest good backup and the command that restores it', async () => {
    const banner = page.getByTestId('read-only-banner');
    expect(await banner.getAttribute('data-reason')).toBe('damaged');
    const text = (await banner.textContent()) ?? '';
    expect(text).toContain('speciale.citat is damaged');
    expect(await page.getByTestId('read-only-detail').textContent()).toBe(
      'The text of »JKM.txt« no longer matches the checksum stored when it was imported: the file was changed on disk.',
    );
    const access = session.project.access;
    if (access.mode !== 'read-only') throw new Error('the project should be read-only');
    expect(access.newestGoodBackup).toBeTruthy();
    expect(text).toContain(`The newest good backup is ${access.newestGoodBackup}`);
    const command = await page.getByTestId('restore-command').inputValue();
    expect(command).toBe(access.restoreCommand);
    expect(command).toMatch(/^citat backups restore .+speciale\.citat /);
    await page.getByTestId('restore-command-copy').click();
    await expect
      .poll(() => page.getByTestId('restore-command-copy').textContent())
      .toBe('✓ Copied');
    expect(await page.getByTestId('save-status').getAttribute('data-status')).toBe('read-only');
    // The damaged document says so in place of its text.
    expect(await page.getByTestId('transcript-error').textContent()).toContain(
      'This document cannot be shown. speciale.citat is damaged',
    );
    expect(await page.locator('.notice-error').count()).toBe(0);
    await session.screenshot('40-damaged-1366');
  });

  it('leaves reading, searching and exporting, and takes away what would change it', async () => {
    expect(await page.getByTestId('documents-import').isDisabled()).toBe(true);
    expect(await page.getByTestId('code-create').isDisabled()).toBe(true);
    // The whole document opens and reads as usual, without its Edit text button.
    await documentRow(page, 'TC.txt').getByTestId('document-open').click();
    await page.getByTestId('transcript-name').filter({ hasText: 'TC.txt' }).waitFor();
    expect(await page.getByTestId('transcript-edit-start').isDisabled()).toBe(true);
    expect(await page.locator('header.topbar button', { hasText: 'Undo' }).isDisabled()).toBe(true);
    await page.getByRole('tab', { name: 'Search' }).click();
    // TC.txt is whole; a search with hits in the damaged JKM.txt is refused by the core.
    await page.getByTestId('search-query').fill(SEARCH_WORD);
    await page.getByTestId('search-submit').click();
    await page.getByTestId('search-hit').first().waitFor();

    // A memo can be read, not typed into.
    await documentRow(page, 'TC.txt').getByTestId('document-menu').click();
    await page.getByTestId('document-menu-memo').click();
    const memo = page.getByTestId('memo-text');
    await expect.poll(() => memo.isEnabled()).toBe(true);
    await memo.click();
    await page.keyboard.type('lost?');
    expect(await memo.inputValue()).toBe('');
    await page.getByTestId('memo-close').click();
    expect(session.readProject('SELECT 1 FROM memos')).toHaveLength(0);
  });

  it('words a refused change in the UI’s language', async () => {
    await page.getByRole('combobox', { name: 'Language' }).selectOption('da');
    await page.getByRole('tab', { name: 'Talere og cases' }).click();
    await page
      .locator('[data-testid="document-case-row"][data-name="TC.txt"]')
      .getByTestId('document-case')
      .selectOption({ label: 'Aalborg Kommune' });
    const notice = page.locator('.notice-error').filter({ hasText: 'skrivebeskyttet' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain(
      'Projektet er skrivebeskyttet, fordi speciale.citat er beskadiget',
    );
    expect(session.readProject(`SELECT case_id FROM documents WHERE case_id IS NOT NULL`)).toEqual(
      [],
    );
    await notice.getByRole('button').click();
    await page.getByRole('combobox', { name: 'Sprog' }).selectOption('en');
  });

  it('fits the banner in smaller and zoomed windows, in English and Danish', async () => {
    const windows = [
      { name: '1024', viewport: { width: 1024, height: 768 }, deviceScaleFactor: 1 },
      { name: '125', viewport: { width: 1093, height: 614 }, deviceScaleFactor: 1.25 },
    ];
    for (const locale of ['en-GB', 'da-DK']) {
      for (const window of windows) {
        const other = await session.openPage({ ...window, locale });
        await other.getByTestId('read-only-banner').waitFor();
        expect(
          await cutOff(other, [
            // No codes in this project, so no code rows.
            ...SHELL_ELEMENTS.filter(
              (s) => !s.includes('code-count') && !s.includes('codebook-name'),
            ),
            '[data-testid="save-status"]',
            '[data-testid="restore-command-copy"]',
          ]),
        ).toEqual([]);
        await session.screenshot(`41-damaged-${window.name}-${locale.slice(0, 2)}`, other);
        await other.context().close();
      }
    }
  });
});

describe('a project in a synced folder', () => {
  let session: E2eSession;
  let page: Page;

  beforeAll(async () => {
    session = await startSession({
      viewport: { width: 1024, height: 768 },
      locale: 'da-DK',
      project: syncedProject,
    });
    page = session.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  it('warns once, in the UI’s language, until the warning is dismissed', async () => {
    const banner = page.getByTestId('storage-banner');
    await banner.waitFor();
    expect(await banner.textContent()).toContain('som Dropbox synkroniserer');
    await session.screenshot('42-synced-warning-1024-da');
    await page.getByTestId('storage-dismiss').click();
    await banner.waitFor({ state: 'detached' });
    await expect
      .poll(() =>
        session.readProject<{ value: string }>(
          `SELECT value FROM project_meta WHERE key = 'storage_warning_dismissed_for'`,
        ),
      )
      .toHaveLength(1);
    await page.reload();
    await page.getByTestId('documents-panel').waitFor();
    expect(await page.getByTestId('storage-banner').count()).toBe(0);
  });
});

describe('a change made by another program', () => {
  let session: E2eSession;
  let page: Page;

  beforeAll(async () => {
    session = await startSession({ viewport: { width: 1366, height: 768 } });
    page = session.page;
    await seedProject(session);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('reloads the views, says so, and undo no longer reaches back past it', async () => {
    const undo = page.locator('header.topbar button', { hasText: 'Undo' });
    expect(await undo.isDisabled()).toBe(false);
    writeFromOutside(
      session.project.path,
      `UPDATE documents SET name = 'JKM-fra-et-andet-program.txt' WHERE name = 'JKM.txt'`,
    );
    await documentRow(page, 'JKM-fra-et-andet-program.txt').waitFor();
    const notice = page.locator('.notice-info');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('The project was changed by another program');
    await expect.poll(() => undo.isDisabled()).toBe(true);
    await page
      .getByTestId('transcript-name')
      .filter({ hasText: 'JKM-fra-et-andet-program.txt' })
      .waitFor();
    await session.screenshot('43-outside-change');
  });
});
