/**
 * Codebook exchange in the app, as a student does it: the supervisor's codebook (.qdc)
 * imported through the panel's menu into a preview that lists the new code, the two
 * conflicts with both sides and the group the file brings; "take theirs" for one conflict,
 * "keep mine" for the other; the rows in the project file are exactly that, one undo step,
 * and Ctrl+Z puts every row back. Then a codebook made in the app goes out as CSV and .qdc
 * (downloads) and into a fresh project through the same preview: the same codes. The
 * preview is looked at in English and Danish at 1366×768 and 1024×768.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { invoke } from '../../src/main/backend/api/dispatch';
import { startSession, type E2eSession } from './support/session';
import { stepsAdded } from './support/history';
import { cutOff } from './support/layout';
import { englishOnlyMessages, englishShown } from './support/untranslated';

const G = (n: number) => `11111111-2222-4333-8444-${String(n).padStart(12, '0')}`;

/** Matched by path: "III Risiko" and "IV Samskabelse" differ, "V Tillid" is new. */
const SUPERVISOR_QDC = `<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="NVivo">
  <Codes>
    <Code guid="${G(1)}" name="Principper" isCodable="true">
      <Code guid="${G(2)}" name="III Risiko" isCodable="true" color="#112233">
        <Description>At turde fejle og lære af det.</Description>
      </Code>
      <Code guid="${G(3)}" name="IV Samskabelse" isCodable="true" color="#445566">
        <Description>Borgerne med fra starten.</Description>
      </Code>
      <Code guid="${G(4)}" name="V Tillid" isCodable="true" color="#2E7D32"/>
    </Code>
  </Codes>
  <Sets>
    <Set guid="${G(9)}" name="Velfærdsprincipper">
      <MemberCode targetGUID="${G(2)}"/>
      <MemberCode targetGUID="${G(4)}"/>
    </Set>
  </Sets>
</CodeBook>`;

let session: E2eSession;
let page: Page;
let qdcFile: string;

/** Every row of the tables a codebook import may touch, in a stable order. */
function codebookRows(s: E2eSession) {
  return {
    codes: s.readProject('SELECT * FROM codes ORDER BY id'),
    groups: s.readProject('SELECT * FROM code_groups ORDER BY id'),
    members: s.readProject('SELECT * FROM code_group_members ORDER BY group_id, code_id'),
  };
}

/** The codebook as a reader compares it: path, descriptions, colour, order. */
function codebookOf(s: E2eSession) {
  const rows = s.readProject<{
    id: string;
    parent_id: string | null;
    name: string;
    definition: string | null;
    when_to_use: string | null;
    when_not_to_use: string | null;
    example: string | null;
    color: string;
    position: number;
  }>('SELECT * FROM codes');
  const byId = new Map(rows.map((row) => [row.id, row]));
  const path = (id: string | null): string[] => {
    const row = id === null ? undefined : byId.get(id);
    return row ? [...path(row.parent_id), row.name] : [];
  };
  return rows
    .map((row) => ({
      path: path(row.id).join(' › '),
      position: row.position,
      definition: row.definition,
      whenToUse: row.when_to_use,
      whenNotToUse: row.when_not_to_use,
      example: row.example,
      color: row.color,
    }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

const code = (s: E2eSession, name: string) =>
  s.readProject<{ id: string; definition: string | null; color: string }>(
    'SELECT id, definition, color FROM codes WHERE name = ?',
    name,
  )[0];

/** Opens the import preview of `file` through the codebook panel's menu and a file chooser. */
async function openPreview(on: Page, file: string, shot?: string): Promise<void> {
  await on.getByTestId('codebook-menu').click();
  if (shot) await session.screenshot(shot, on);
  const [chooser] = await Promise.all([
    on.waitForEvent('filechooser'),
    on.getByTestId('codebook-menu-import').click(),
  ]);
  await chooser.setFiles(file);
  await on.getByTestId('cbx-counts').waitFor();
}

/** Exports through the dialog as a download; the saved file's path. */
async function exportAs(on: Page, format: string, dir: string): Promise<string> {
  await on.getByTestId('codebook-menu').click();
  await on.getByTestId('codebook-menu-export').click();
  await on.getByTestId('cbx-export-dialog').waitFor();
  await on.getByTestId(`cbx-export-${format}`).check();
  const [download] = await Promise.all([
    on.waitForEvent('download'),
    on.getByTestId('cbx-export-submit').click(),
  ]);
  await on.getByTestId('cbx-export-dialog').waitFor({ state: 'detached' });
  const saved = join(dir, `${format}-${download.suggestedFilename()}`);
  await download.saveAs(saved);
  return saved;
}

beforeAll(async () => {
  session = await startSession({ viewport: { width: 1366, height: 768 } });
  page = session.page;
  const { project } = session;
  const risiko = (await invoke(project, 'codes.createPath', { path: ['Principper', 'III Risiko'] }))
    .code.id;
  await invoke(project, 'codes.describe', { id: risiko, definition: 'Min egen definition.' });
  await invoke(project, 'codes.recolor', { id: risiko, color: '#E57373' });
  const samskabelse = (
    await invoke(project, 'codes.createPath', { path: ['Principper', 'IV Samskabelse'] })
  ).code.id;
  await invoke(project, 'codes.recolor', { id: samskabelse, color: '#64B5F6' });
  qdcFile = join(session.dir, 'vejleder.qdc');
  writeFileSync(qdcFile, SUPERVISOR_QDC);
  await page.reload();
  await page.getByText('IV Samskabelse').waitFor();
});

afterAll(async () => {
  await session?.close();
});

describe('codebook import through the preview', () => {
  it('previews the new code, the conflicts with both sides and the group, writing nothing', async () => {
    const before = codebookRows(session);
    await openPreview(page, qdcFile, '69-codebook-menu');
    const dialog = page.getByTestId('cbx-import-dialog');
    expect(await page.getByTestId('cbx-counts').locator('span').allTextContents()).toEqual([
      '1 new code',
      '3 already in the project',
      '2 conflicts',
    ]);
    expect(await page.getByTestId('cbx-created-code').allTextContents()).toEqual([
      'Principper › V Tillid',
    ]);
    const conflicts = page.getByTestId('cbx-conflict');
    expect(await conflicts.locator('.cbx-conflict-head strong').allTextContents()).toEqual([
      'Principper › III Risiko',
      'Principper › IV Samskabelse',
    ]);
    const risiko = conflicts.filter({ hasText: 'III Risiko' });
    const cells = await risiko
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) => [...row.children].map((cell) => cell.textContent?.trim())),
      );
    expect(cells).toEqual([
      ['Definition', 'Min egen definition.', 'At turde fejle og lære af det.'],
      ['Colour', '#E57373', '#112233'],
    ]);
    // The colours are shown as swatches too, and "mine" is what is kept until chosen.
    expect(await risiko.locator('.cbx-kept').allTextContents()).toEqual([
      'Min egen definition.',
      '#E57373',
    ]);
    // Samskabelse lacks a definition: the file's fills it in whatever is chosen.
    expect(await conflicts.filter({ hasText: 'IV Samskabelse' }).textContent()).toContain(
      'Filled in from the file either way: Definition.',
    );
    expect(await page.getByTestId('cbx-groups').textContent()).toContain('Velfærdsprincipper');
    expect(await page.getByTestId('cbx-groups').textContent()).toContain('2 codes');
    expect(
      await dialog
        .getByTestId('cbx-choice-mine')
        .evaluateAll((els) => els.map((el) => (el as HTMLInputElement).checked)),
    ).toEqual([true, true]);
    expect(await cutOff(page, ['[data-testid="cbx-import-dialog"] button'])).toEqual([]);
    await session.screenshot('70-codebook-import-preview-1366-en');
    expect(codebookRows(session)).toEqual(before);
  });

  it('looks right in English and Danish at 1366×768 and 1024×768', async () => {
    const english = await englishOnlyMessages();
    for (const [width, locale] of [
      [1366, 'da-DK'],
      [1024, 'en-GB'],
      [1024, 'da-DK'],
    ] as const) {
      const other = await session.openPage({ viewport: { width, height: 768 }, locale });
      await other.getByTestId('codebook-panel').waitFor();
      await openPreview(other, qdcFile);
      const language = locale.slice(0, 2);
      if (language === 'da') {
        expect(await other.getByTestId('cbx-counts').textContent()).toContain('1 ny kode');
        expect(await englishShown(other, english)).toEqual([]);
      }
      expect(
        await cutOff(other, [
          '[data-testid="cbx-import-dialog"] button',
          '[data-testid="cbx-conflict"]',
        ]),
      ).toEqual([]);
      await session.screenshot(`71-codebook-import-preview-${width}-${language}`, other);
      await other
        .getByTestId('cbx-import-dialog')
        .locator('.cbx-body')
        .evaluate((el) => {
          el.scrollTop = el.scrollHeight;
        });
      await session.screenshot(`72-codebook-import-preview-end-${width}-${language}`, other);
      await other.keyboard.press('Escape');
      await other.getByTestId('cbx-import-dialog').waitFor({ state: 'detached' });
      await other.getByTestId('codebook-menu').click();
      await other.getByTestId('codebook-menu-export').click();
      await other.getByTestId('cbx-export-dialog').waitFor();
      if (language === 'da') expect(await englishShown(other, english)).toEqual([]);
      await session.screenshot(`73-codebook-export-${width}-${language}`, other);
      await other.context().close();
    }
  });

  it('takes theirs for one conflict, keeps mine for the other, as one undo step', async () => {
    const before = codebookRows(session);
    const risikoId = code(session, 'III Risiko')!.id;
    const samskabelseId = code(session, 'IV Samskabelse')!.id;
    const steps = await stepsAdded(session, async () => {
      await page
        .getByTestId('cbx-conflict')
        .filter({ hasText: 'III Risiko' })
        .getByTestId('cbx-choice-theirs')
        .check();
      await page.getByTestId('cbx-import-submit').click();
      await page.getByTestId('cbx-import-dialog').waitFor({ state: 'detached' });
    });
    expect(steps).toEqual(['Import codebook "vejleder.qdc"']);
    expect(await page.locator('.notice-info').first().textContent()).toContain(
      'Imported “vejleder.qdc”: 1 new code, 1 taken from the file, 1 kept as yours, 1 gained a description, 1 code group.',
    );
    // Theirs: the file's definition and colour, under its own id and name.
    expect(code(session, 'III Risiko')).toEqual({
      id: risikoId,
      definition: 'At turde fejle og lære af det.',
      color: '#112233',
    });
    // Mine: the colour stays; the missing definition is filled in.
    expect(code(session, 'IV Samskabelse')).toEqual({
      id: samskabelseId,
      definition: 'Borgerne med fra starten.',
      color: '#64B5F6',
    });
    expect(code(session, 'V Tillid')).toMatchObject({ id: G(4), color: '#2E7D32' });
    const after = codebookRows(session);
    expect(after.codes).toHaveLength(before.codes.length + 1);
    expect(after.groups).toHaveLength(1);
    expect(after.members).toHaveLength(2);
    await page.getByTestId('codebook-panel').getByText('V Tillid').waitFor();

    // Ctrl+Z (focus outside any field) takes the whole import back: every row as it was.
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => codebookRows(session)).toEqual(before);
    await page.getByTestId('codebook-panel').getByText('V Tillid').waitFor({ state: 'detached' });
  });

  it('makes the preview again when the project changed since it was shown', async () => {
    await openPreview(page, qdcFile);
    await invoke(session.project, 'codes.recolor', {
      id: code(session, 'IV Samskabelse')!.id,
      color: '#445566',
    });
    const before = codebookRows(session);
    await page.getByTestId('cbx-import-submit').click();
    await page.getByTestId('cbx-refreshed').waitFor();
    expect(codebookRows(session)).toEqual(before);
    expect(await page.getByTestId('cbx-conflict').count()).toBe(1);
    await page.getByTestId('cbx-import-dialog').getByRole('button', { name: 'Cancel' }).click();
    await page.getByTestId('cbx-import-dialog').waitFor({ state: 'detached' });
    expect(codebookRows(session)).toEqual(before);
  });

  it('names a file it cannot read, in the UI’s language, and changes nothing', async () => {
    const broken = join(session.dir, 'brudt.qdc');
    writeFileSync(broken, '<CodeBook');
    await page.getByTestId('codebook-menu').click();
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByTestId('codebook-menu-import').click(),
    ]);
    await chooser.setFiles(broken);
    expect(await page.getByTestId('cbx-import-error').textContent()).toBe(
      'brudt.qdc is not well-formed XML, so it cannot be read as a REFI-QDA codebook.',
    );
    await page.getByTestId('cbx-import-dialog').getByRole('button', { name: 'Close' }).click();
  });
});

describe('a codebook made in the app, out and into a fresh project', () => {
  let fresh: E2eSession;

  beforeAll(async () => {
    const { project } = session;
    const made = async (path: string[], fields: Record<string, string>, color: string) => {
      const id = (await invoke(project, 'codes.createPath', { path })).code.id;
      await invoke(project, 'codes.describe', { id, ...fields });
      await invoke(project, 'codes.recolor', { id, color });
    };
    await made(
      ['Læring', 'Fejl; "at turde"'],
      {
        definition: 'Når en fejl ses som en chance.\nOgså små fejl.',
        whenToUse: 'Eksplicit tale om fejl',
        whenNotToUse: 'Tekniske fejl',
        example: '»Vi prøvede, det gik galt«',
      },
      '#8E24AA',
    );
    await made(['Læring', 'Refleksion, efter'], { definition: 'Eftertanke' }, '#00897B');
    fresh = await startSession({ viewport: { width: 1366, height: 768 } });
    await page.reload();
    await page.getByText('Refleksion, efter').waitFor();
  });

  afterAll(async () => {
    await fresh?.close();
  });

  for (const format of ['csv', 'qdc'] as const) {
    it(`goes out as .${format} and comes back unchanged`, async () => {
      const file = await exportAs(page, format, session.dir);
      expect(readFileSync(file).length).toBeGreaterThan(0);
      await openPreview(fresh.page, file);
      const original = codebookOf(session);
      expect(await fresh.page.getByTestId('cbx-counts').locator('span').allTextContents()).toEqual([
        `${original.length} new codes`,
        '0 already in the project',
        'no conflicts',
      ]);
      await fresh.page.getByTestId('cbx-import-submit').click();
      await fresh.page.getByTestId('cbx-import-dialog').waitFor({ state: 'detached' });
      expect(codebookOf(fresh)).toEqual(original);
      if (format === 'qdc')
        expect(fresh.readProject('SELECT id FROM codes ORDER BY id')).toEqual(
          session.readProject('SELECT id FROM codes ORDER BY id'),
        );
      // Undone, for the next format to arrive in an empty project again.
      await fresh.page.getByRole('button', { name: /Undo/ }).click();
      await expect.poll(() => fresh.readProject('SELECT id FROM codes')).toEqual([]);
    });
  }

  it('exports Taguette’s flat tags as tag,description', async () => {
    const file = await exportAs(page, 'csvFlat', session.dir);
    const [header, ...rows] = readFileSync(file, 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/);
    expect(header).toBe('tag,description');
    expect(rows).toContain('"Læring/Refleksion, efter",Eftertanke');
  });

  it('asks the core for the coding guide in the chosen format', async () => {
    await page.getByTestId('codebook-menu').click();
    await page.getByTestId('codebook-menu-export').click();
    await page.getByTestId('cbx-export-guideTex').check();
    const request = page.waitForRequest((r) => r.url().includes('/api/codebook.exportGuide'));
    await page.getByTestId('cbx-export-submit').click();
    expect((await request).postDataJSON()).toMatchObject({ format: 'tex', language: 'en' });
  });
});
