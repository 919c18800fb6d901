/**
 * Single-line name boxes save when the name is finished — Enter, leaving the box, a view
 * change, closing the window — never half-typed. Escape cancels a rename (as in Finder,
 * Explorer, NVivo and MAXQDA) and saves the coder box; a refused name stays in its box
 * with the reason, and the top bar says it is not saved.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { invoke } from '../../src/main/backend/api/dispatch';
import { startSession, type E2eSession } from './support/session';
import { seedProject } from './support/seed';
import { doneSteps, stepsAdded } from './support/history';
import { storedCodes } from './support/project-rows';

let session: E2eSession;
let page: Page;

const saveStatus = () => page.getByTestId('save-status').getAttribute('data-status');
const codeRow = (path: string) => page.locator(`[data-testid="code-row"][data-path="${path}"]`);
const documentRow = (name: string) =>
  page.locator(`[data-testid="document-row"][data-name="${name}"]`);

beforeAll(async () => {
  session = await startSession({ viewport: { width: 1366, height: 768 } });
  page = session.page;
  await seedProject(session);
});

afterAll(async () => {
  await session?.close();
});

describe('the coder box', () => {
  it('saves the whole name when left with Escape, never a half-typed one', async () => {
    const coders = () =>
      session.readProject<{ name: string }>('SELECT name FROM coders ORDER BY name');
    const added = await stepsAdded(session, async () => {
      await page.getByTestId('current-coder').click();
      await page.getByTestId('coder-input').fill('');
      await page.keyboard.type('Anna');
      // A pause longer than the one after which other fields save: this one must not.
      await page.waitForTimeout(1_000);
      await page.keyboard.type(' Holm');
      await page.keyboard.press('Escape');
      await page.getByTestId('current-coder').filter({ hasText: 'Anna Holm' }).waitFor();
    });
    expect(added).toEqual(['Set current coder to "Anna Holm"']);
    expect(coders().map((c) => c.name)).not.toContain('Anna');
    expect((await invoke(session.project, 'project.info', {})).currentCoder).toBe('Anna Holm');
  });
});

describe('rename boxes', () => {
  it('keeps a name that is taken in the box with the reason; Escape cancels', async () => {
    const names = () => storedCodes(session).map((c) => c.name);
    const before = await doneSteps(session);
    await codeRow('Principper/III Risiko').click();
    await page.keyboard.press('F2');
    const box = page.getByTestId('code-rename-input');
    await box.fill('IV Samskabelse');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('code-rename-input-error').textContent())
      .toBe('A code with this name already exists at this level.');
    expect(await box.inputValue()).toBe('IV Samskabelse');
    await session.screenshot('34-rename-refused');
    await page.keyboard.press('Escape');
    await box.waitFor({ state: 'detached' });
    expect(names()).toContain('III Risiko');
    await expect.poll(saveStatus).toBe('saved');
    expect(await doneSteps(session)).toEqual(before);
  });

  it('saves a rename on Enter as one step', async () => {
    const added = await stepsAdded(session, async () => {
      await codeRow('Principper/III Risiko').click();
      await page.keyboard.press('F2');
      await page.getByTestId('code-rename-input').fill('III Risici');
      await page.keyboard.press('Enter');
      await codeRow('Principper/III Risici').waitFor();
    });
    expect(added).toEqual(['Rename code "III Risiko" to "III Risici"']);
  });

  it('saves a rename when the box is left for another field', async () => {
    await documentRow('TC.txt').getByTestId('document-open').focus();
    await page.keyboard.press('F2');
    await page.getByTestId('document-rename-input').fill('TC-interview.txt');
    await page.getByTestId('code-filter').click();
    await documentRow('TC-interview.txt').waitFor();
    expect(
      session.readProject(`SELECT 1 FROM documents WHERE name = 'TC-interview.txt'`),
    ).toHaveLength(1);
  });
});
