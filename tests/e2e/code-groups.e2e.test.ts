/**
 * Code groups and anchor examples in the app: a group made in the codebook panel, codes
 * added from their menu in the code tree (one code in two groups), a rename, the matrix
 * with a group's codes as its rows, a coding marked as anchor example in the popover — each
 * checked in the project file and undone. Then the panel and the popover at 1366×768 and
 * 1024×768 in English and Danish: nothing cut off, no English left in Danish, photographed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startSession, type E2eSession } from './support/session';
import { seedProject } from './support/seed';
import { RISK_SENTENCE } from './support/fixtures';
import { stepsAdded } from './support/history';
import { openCodingsAt, popoverClosed } from './support/coding-popover';
import { cutOff } from './support/layout';
import { englishOnlyMessages, englishShown } from './support/untranslated';

let session: E2eSession;
let page: Page;

const RISK = 'Principper/III Risiko';
const SAMSKABELSE = 'Principper/IV Samskabelse';
/** Only the risk sentence is coded here (the overlapping passage ends before it). */
const RISK_ONLY = 'lærer man heller';

const codeRow = (path: string) => page.locator(`[data-testid="code-row"][data-path="${path}"]`);
const groupItem = (name: string) => page.locator(`[data-testid="group-item"][data-name="${name}"]`);
const undo = () => page.locator('header.topbar button', { hasText: 'Undo' }).click();

/** Group name → the paths of its codes, as stored in the project file. */
function storedGroups(): Record<string, string[]> {
  const groups: Record<string, string[]> = {};
  for (const g of session.readProject<{ name: string }>(`SELECT name FROM code_groups`))
    groups[g.name] = [];
  for (const row of session.readProject<{ group: string; code: string; parent: string | null }>(
    `SELECT g.name AS "group", c.name AS code, p.name AS parent
       FROM code_group_members m JOIN code_groups g ON g.id = m.group_id
       JOIN codes c ON c.id = m.code_id LEFT JOIN codes p ON p.id = c.parent_id
      ORDER BY c.name`,
  ))
    groups[row.group]!.push(row.parent ? `${row.parent}/${row.code}` : row.code);
  return groups;
}

function anchoredQuotes(): string[] {
  return session
    .readProject<{ quoted: string }>(
      `SELECT c.quoted_text AS quoted FROM coding_anchors a JOIN codings c ON c.id = a.coding_id`,
    )
    .map((r) => r.quoted);
}

async function codeMenu(path: string, ...items: string[]): Promise<void> {
  await codeRow(path).getByTestId('code-menu').click();
  for (const item of items) await page.getByTestId(`code-menu-${item}`).click();
}

async function pickGroupInMenu(name: string): Promise<void> {
  await page.getByRole('menuitem', { name, exact: true }).click();
}

beforeAll(async () => {
  session = await startSession();
  page = session.page;
  await seedProject(session);
});

afterAll(async () => {
  await session?.close();
});

describe('code groups in the codebook panel', () => {
  it('creates a group from the panel, as one undo step', async () => {
    const steps = await stepsAdded(session, async () => {
      await page.getByTestId('group-create').click();
      await page.getByTestId('group-create-input').fill('Kerneprincipper');
      await page.keyboard.press('Enter');
      await groupItem('Kerneprincipper').waitFor();
    });
    expect(steps).toEqual(['Create code group "Kerneprincipper"']);
    expect(storedGroups()).toEqual({ Kerneprincipper: [] });
    expect(await groupItem('Kerneprincipper').getByTestId('group-count').textContent()).toBe(
      '0 codes',
    );
  });

  it('refuses a second group of the same name, keeping the text and saying why', async () => {
    await page.getByTestId('group-create').click();
    await page.getByTestId('group-create-input').fill('kerneprincipper');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByTestId('group-create-input-error').textContent())
      .toBe('A code group named “Kerneprincipper” already exists.');
    await page.keyboard.press('Escape');
    await page.getByTestId('group-create-input').waitFor({ state: 'detached' });
    expect(Object.keys(storedGroups())).toEqual(['Kerneprincipper']);
  });

  it('adds two codes from the code tree menu, and a code to a second group', async () => {
    await codeMenu(RISK, 'group-add');
    await pickGroupInMenu('Kerneprincipper');
    await codeMenu(SAMSKABELSE, 'group-add');
    await pickGroupInMenu('Kerneprincipper');
    await expect
      .poll(() => storedGroups())
      .toEqual({ Kerneprincipper: [`Principper/III Risiko`, `Principper/IV Samskabelse`] });
    await expect
      .poll(() => groupItem('Kerneprincipper').getByTestId('group-count').textContent())
      .toBe('2 codes');

    // A new group with the code whose menu asked for it.
    await codeMenu(SAMSKABELSE, 'group-add', 'group-new');
    await page.getByTestId('group-create-input').fill('Bilag A');
    await page.keyboard.press('Enter');
    await groupItem('Bilag A').waitFor();
    await expect
      .poll(() => storedGroups())
      .toEqual({
        Kerneprincipper: ['Principper/III Risiko', 'Principper/IV Samskabelse'],
        'Bilag A': ['Principper/IV Samskabelse'],
      });
    // The code row shows that it is in groups, naming them in its tooltip.
    const sign = codeRow(SAMSKABELSE).getByTestId('code-groups');
    await expect
      .poll(() => sign.getAttribute('title'))
      .toBe('In code groups: Kerneprincipper, Bilag A');
    expect(await codeRow(RISK).getByTestId('code-groups').getAttribute('title')).toBe(
      'In code groups: Kerneprincipper',
    );
    // In two groups, its menu offers the choice of which to leave.
    await codeMenu(SAMSKABELSE, 'group-remove');
    expect(await page.getByRole('menuitem').allTextContents()).toEqual([
      'Remove “IV Samskabelse” from:',
      'Kerneprincipper',
      'Bilag A',
    ]);
    await page.keyboard.press('Escape');
  });

  it('narrows the code tree to a group’s codes and back', async () => {
    await groupItem('Bilag A').getByTestId('group-filter').click();
    await expect.poll(() => page.getByTestId('code-row').count()).toBe(2);
    expect(await codeRow(RISK).count()).toBe(0);
    // Its parent stays as context, so the tree keeps its shape.
    expect(await codeRow('Principper').getAttribute('class')).toContain('context');
    await session.screenshot('60-group-filter');
    await page.getByTestId('group-filter-clear').click();
    await expect.poll(() => page.getByTestId('code-row').count()).toBe(3);
    // A new code would be hidden by the filter: creating one shows every code again.
    await groupItem('Bilag A').getByTestId('group-filter').click();
    await page.getByTestId('group-filter-note').waitFor();
    await page.getByTestId('code-create').click();
    await page.getByTestId('group-filter-note').waitFor({ state: 'detached' });
    await page.getByTestId('code-create-input').press('Escape');
    await page.getByTestId('code-create-input').waitFor({ state: 'detached' });
  });

  it('renames a group with F2, as one undo step, and undo names it back', async () => {
    const steps = await stepsAdded(session, async () => {
      await groupItem('Kerneprincipper').getByTestId('group-filter').focus();
      await page.keyboard.press('F2');
      await page.getByTestId('group-rename-input').fill('Principper i praksis');
      await page.keyboard.press('Enter');
      await groupItem('Principper i praksis').waitFor();
    });
    expect(steps).toEqual(['Rename code group "Kerneprincipper" to "Principper i praksis"']);
    await undo();
    await groupItem('Kerneprincipper').waitFor();
    expect(Object.keys(storedGroups()).sort()).toEqual(['Bilag A', 'Kerneprincipper']);
    await page.locator('header.topbar button', { hasText: 'Redo' }).click();
    await groupItem('Principper i praksis').waitFor();
  });

  it('describes a group as it is typed', async () => {
    await groupItem('Bilag A').getByTestId('group-menu').click();
    await page.getByTestId('group-menu-edit').click();
    await page.getByTestId('group-description').fill('Koderne i bilag A');
    await expect
      .poll(() => page.getByTestId('group-description-state').getAttribute('data-status'))
      .toBe('saved');
    expect(
      session.readProject<{ d: string }>(
        `SELECT description AS d FROM code_groups WHERE name = 'Bilag A'`,
      )[0]?.d,
    ).toBe('Koderne i bilag A');
    expect(await page.getByTestId('group-code').getAttribute('data-path')).toBe(SAMSKABELSE);
    await session.screenshot('60-group-dialog');
    await page.getByTestId('group-close').click();
  });
});

describe('a group’s codes as the matrix rows', () => {
  const rowLabels = () =>
    page.locator('[data-testid="matrix-row"] .matrix-row-label').allTextContents();

  it('builds the matrix with the group’s codes as rows, and follows its changes', async () => {
    await page.getByRole('tab', { name: 'Quote matrix' }).click();
    await page.getByTestId('matrix-quote').first().waitFor();
    await page.getByTestId('matrix-rows').selectOption({ label: 'Principper i praksis' });
    await expect.poll(rowLabels).toEqual(['III Risiko', 'IV Samskabelse']);
    await page.getByTestId('matrix-rows').selectOption({ label: 'Bilag A' });
    await expect.poll(rowLabels).toEqual(['IV Samskabelse']);
    // A code added to the group joins the rows; undo takes it out again.
    await codeMenu(RISK, 'group-add');
    await pickGroupInMenu('Bilag A');
    await expect.poll(rowLabels).toEqual(['III Risiko', 'IV Samskabelse']);
    await undo();
    await expect.poll(rowLabels).toEqual(['IV Samskabelse']);
    await expect.poll(() => storedGroups()['Bilag A']).toEqual(['Principper/IV Samskabelse']);
    await session.screenshot('61-matrix-group-rows');
  });

  it('keeps the group in a saved table, under its current name', async () => {
    await page.getByTestId('matrix-save-table').click();
    await page.getByTestId('table-save-name').fill('Bilag A-tabel');
    await page.getByTestId('table-save-submit').click();
    await expect
      .poll(
        () =>
          session.readProject<{ definition: string }>(
            `SELECT definition FROM saved_tables WHERE name = 'Bilag A-tabel'`,
          )[0]?.definition ?? '',
      )
      .toContain('"rowsGroup":"Bilag A"');
  });
});

describe('anchor examples', () => {
  it('marks a coding as anchor example in the popover, and undo unmarks it', async () => {
    await page.getByRole('tab', { name: 'Transcript' }).click();
    await page.getByTestId('coding-stripe').first().waitFor();
    await openCodingsAt(page, RISK_ONLY);
    const toggle = page.getByTestId('coding-anchor');
    expect(await toggle.isChecked()).toBe(false);
    const steps = await stepsAdded(session, async () => {
      await toggle.check();
      await expect.poll(() => anchoredQuotes()).toEqual([RISK_SENTENCE]);
    });
    expect(steps).toEqual(['Mark anchor example of "Principper/III Risiko"']);
    await page.keyboard.press('Escape');
    await popoverClosed(page);

    await undo();
    await expect.poll(() => anchoredQuotes()).toEqual([]);
    await openCodingsAt(page, RISK_ONLY);
    await expect.poll(() => page.getByTestId('coding-anchor').isChecked()).toBe(false);
    // Marked again for the coded quotes list below.
    await page.getByTestId('coding-anchor').check();
    await expect.poll(() => anchoredQuotes()).toEqual([RISK_SENTENCE]);
    await page.keyboard.press('Escape');
    await popoverClosed(page);
  });

  it('shows and changes the mark on a quote in the coded quotes list', async () => {
    await codeRow(RISK).dblclick();
    const quote = page.getByTestId('retrieval-quote').filter({ hasText: RISK_SENTENCE });
    await expect.poll(() => quote.getByTestId('coding-anchor').isChecked()).toBe(true);
    await session.screenshot('64-coded-quotes-anchor');
    await quote.getByTestId('coding-anchor').uncheck();
    await expect.poll(() => anchoredQuotes()).toEqual([]);
    await undo();
    await expect.poll(() => anchoredQuotes()).toEqual([RISK_SENTENCE]);
    await expect.poll(() => quote.getByTestId('coding-anchor').isChecked()).toBe(true);
  });
});

describe('deleting and undoing', () => {
  it('asks before deleting a group with codes; undo brings it back with them', async () => {
    await groupItem('Bilag A').getByTestId('group-menu').click();
    await page.getByTestId('group-menu-delete').click();
    expect(await page.getByTestId('group-delete-summary').textContent()).toContain(
      'its 1 code stays in the codebook',
    );
    await page.getByTestId('confirm-action').click();
    await groupItem('Bilag A').waitFor({ state: 'detached' });
    expect(Object.keys(storedGroups())).toEqual(['Principper i praksis']);
    await undo();
    await groupItem('Bilag A').waitFor();
    expect(storedGroups()['Bilag A']).toEqual(['Principper/IV Samskabelse']);
  });

  it('undoes the memberships and the group itself', async () => {
    await codeMenu(RISK, 'group-remove');
    await expect
      .poll(() => storedGroups()['Principper i praksis'])
      .toEqual(['Principper/IV Samskabelse']);
    await undo();
    await expect
      .poll(() => storedGroups()['Principper i praksis'])
      .toEqual(['Principper/III Risiko', 'Principper/IV Samskabelse']);
  });
});

const SCREENS = [
  { name: '1366', viewport: { width: 1366, height: 768 } },
  { name: '1024', viewport: { width: 1024, height: 768 } },
] as const;

describe('the groups and the popover at 1366 and 1024 px, in English and Danish', () => {
  for (const screen of SCREENS)
    for (const language of ['en', 'da'] as const)
      it(`${screen.name}, ${language}`, async () => {
        const english = await englishOnlyMessages();
        const shot = await session.openPage({
          viewport: screen.viewport,
          locale: language === 'da' ? 'da-DK' : 'en-GB',
        });
        const at = `${screen.name}-${language}`;
        await shot.getByTestId('group-item').first().waitFor();
        await shot
          .locator(`[data-testid="code-row"][data-path="${SAMSKABELSE}"]`)
          .getByTestId('code-menu')
          .click();
        await shot.getByTestId('code-menu-group-add').click();
        expect(
          await cutOff(shot, ['[data-testid="groups-section"] button', '.rowmenu-list']),
        ).toEqual([]);
        if (language === 'da') expect(await englishShown(shot, english)).toEqual([]);
        await session.screenshot(`62-codebook-groups-${at}`, shot);
        await shot.keyboard.press('Escape');

        await shot.getByTestId('coding-stripe').first().waitFor();
        await openCodingsAt(shot, RISK_ONLY);
        expect(await cutOff(shot, ['[data-testid="coding-popover"]', '.anchor-toggle'])).toEqual(
          [],
        );
        if (language === 'da') expect(await englishShown(shot, english)).toEqual([]);
        await session.screenshot(`63-popover-anchor-${at}`, shot);
        await shot.keyboard.press('Escape');
        await shot.context().close();
      });
});
