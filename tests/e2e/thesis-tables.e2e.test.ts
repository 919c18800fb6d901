/**
 * Thesis tables in the app: the matrix saved as a table with its file, a coding added in
 * the transcript, the table regenerated with a change report naming exactly that quote,
 * the file on disk rewritten — and left alone (same bytes, same modification time) when
 * nothing changed. "Copy table" puts a real HTML table on the clipboard. Editing a table's
 * settings, a file changed outside Citat, and deleting a table (undoable) are covered too;
 * thesis-tables-screens looks at it all at every window size, in both languages.
 */
import { readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startSession, type E2eSession } from './support/session';
import { seedProject } from './support/seed';
import { RISK_SENTENCE, TC_PASSAGE } from './support/fixtures';
import { docxContent, docxDocumentXml } from './support/matrix';
import { dragSelect } from './support/transcript';
import { clipboardContents } from './support/clipboard';

/** TC.txt, line 43: coded in this spec, so the table gains exactly this quote. */
const ADDED = 'Så er det lidt nemmere at sige: det her gik ikke, lad os prøve noget andet.';

let session: E2eSession;
let page: Page;
let file: string;

const tab = (name: string) => page.getByRole('tab', { name, exact: true });
const card = (name: string) => page.locator(`[data-testid="table-card"][data-name="${name}"]`);

beforeAll(async () => {
  session = await startSession({ viewport: { width: 1366, height: 768 } });
  page = session.page;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(session.host.url).origin,
  });
  await seedProject(session);
  file = join(session.dir, 'bilag-1.docx');
});

afterAll(async () => {
  await session?.close();
});

/** The DOCX table's cells, row by row. */
function docxTable(path: string): string[][] {
  const { tables } = docxContent(docxDocumentXml(new Uint8Array(readFileSync(path)), path));
  return tables[0] ?? [];
}

describe('thesis tables in the app', () => {
  it('saves the matrix as a table and writes its file next to the project', async () => {
    await tab('Quote matrix').click();
    await page.getByTestId('matrix-quote').first().waitFor();
    await page.getByTestId('matrix-rows').selectOption({ label: 'Principper' });
    await expect.poll(() => page.getByTestId('matrix-row').count()).toBe(2);
    // The exports speak the UI's language unless told otherwise: a Danish appendix here.
    const output = page.getByTestId('matrix-output-summary');
    expect(await output.textContent()).toBe('English · “…” · Code name, indented · without memos');
    await output.click();
    await page.getByTestId('matrix-language').selectOption('da');
    await expect
      .poll(() => output.textContent())
      .toBe('Dansk · »…« · Code name, indented · without memos');
    await page.getByTestId('matrix-save-table').click();
    const dialog = page.getByTestId('table-save-dialog');
    await dialog.waitFor();
    expect(await page.getByTestId('table-save-name').inputValue()).toBe('Table 1');
    await page.getByTestId('table-save-name').fill('Bilag 1');
    // The file follows the name and the format until one is typed.
    expect(await page.getByTestId('table-save-file').inputValue()).toBe('bilag-1.docx');
    await session.screenshot('50-tables-save-dialog');
    await page.getByTestId('table-save-submit').click();
    await dialog.waitFor({ state: 'detached' });

    await expect.poll(() => statSync(file, { throwIfNoEntry: false })?.isFile()).toBe(true);
    const table = docxTable(file);
    expect(table[0]).toEqual(['Kode', 'JKM', 'TC']);
    expect(table[1]![1]).toContain(`»${RISK_SENTENCE}« (JKM)`);
    expect(
      session.readProject<{ name: string; file: string }>('SELECT name, file FROM saved_tables'),
    ).toEqual([{ name: 'Bilag 1', file: 'bilag-1.docx' }]);
    // The matrix now edits the saved table.
    expect(await page.getByTestId('table-editing').textContent()).toContain('Bilag 1');
    expect(await page.getByTestId('table-editing-state').textContent()).toBe('As saved');

    await page.getByTestId('matrix-tab-tables').click();
    await expect
      .poll(() => card('Bilag 1').getByTestId('table-status').textContent())
      .toBe('Up to date: nothing changed since it was last written');
    expect(await card('Bilag 1').getByTestId('table-report').textContent()).toContain(
      'bilag-1.docx written for the first time',
    );
  });

  it('reports exactly the quote a new coding added, and rewrites the file with it', async () => {
    const before = readFileSync(file);
    await tab('Transcript').click();
    await page.locator('[data-testid="document-row"][data-name="TC.txt"]').click();
    await page.getByTestId('transcript-name').filter({ hasText: 'TC.txt' }).waitFor();
    await dragSelect(page, ADDED);
    await page.keyboard.press('c');
    await page.getByTestId('code-picker').waitFor();
    await page.keyboard.type('risiko');
    await expect.poll(() => page.getByTestId('code-picker-option').count()).toBe(1);
    await page.keyboard.press('Enter');
    await page.getByTestId('code-picker').waitFor({ state: 'detached' });

    await tab('Quote matrix').click();
    await page.getByTestId('matrix-tab-tables').click();
    const status = card('Bilag 1').getByTestId('table-status');
    await expect
      .poll(() => status.textContent())
      .toBe('Changed since it was last written: 1 quote added');
    const pending = card('Bilag 1').getByTestId('table-pending').getByTestId('table-change');
    expect(await pending.allTextContents()).toEqual([
      `Added III Risiko × TC: ${ADDED.slice(0, 59)}… (TC)`,
    ]);
    // Previewing wrote nothing.
    expect(readFileSync(file).equals(before)).toBe(true);
    await session.screenshot('51-tables-changed');

    await card('Bilag 1').getByTestId('table-regenerate').click();
    const report = card('Bilag 1').getByTestId('table-report');
    await expect
      .poll(() => report.textContent())
      .toContain('bilag-1.docx rewritten — 1 quote added');
    const changes = report.getByTestId('table-change');
    expect(await changes.count()).toBe(1);
    expect(await changes.getAttribute('data-kind')).toBe('added');
    expect(await changes.textContent()).toContain('III Risiko × TC:');
    expect(await changes.textContent()).toContain(ADDED.slice(0, 40));
    await expect.poll(() => status.textContent()).toContain('Up to date');

    expect(readFileSync(file).equals(before)).toBe(false);
    const rows = docxTable(file);
    expect(rows[1]![2]).toContain(`»${ADDED}« (TC)`);
    await session.screenshot('52-tables-regenerated');
  });

  it('leaves the file alone, same bytes and modification time, when nothing changed', async () => {
    const bytes = readFileSync(file);
    const past = new Date(2024, 0, 1);
    utimesSync(file, past, past);
    const mtime = statSync(file).mtimeMs;
    await page.getByTestId('tables-regenerate-all').click();
    await expect
      .poll(() => card('Bilag 1').getByTestId('table-report').textContent())
      .toContain('nothing changed, bilag-1.docx was left as it was');
    expect(statSync(file).mtimeMs).toBe(mtime);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('copies the table to the clipboard as an HTML table and as plain text', async () => {
    await page.getByTestId('matrix-tab-matrix').click();
    await page.getByTestId('matrix-copy').click();
    await page.getByText('Table copied: paste it into your document.').waitFor();
    const { html, text } = await clipboardContents(page);
    expect(html).toMatch(/<table[\s>]/);
    // Chrome hands the HTML back with the export's styles inlined; the cells are the export's.
    expect(html).toMatch(/<th scope="col"[^>]*>Kode<\/th>/);
    expect(html).toContain(`»${TC_PASSAGE}«`);
    expect(text).toContain(`»${ADDED}« (TC)`);
    expect(text).not.toContain('<');
  });

  it('edits the table in the matrix: English labels, saved and written again', async () => {
    await page.getByTestId('matrix-tab-tables').click();
    await card('Bilag 1').getByTestId('table-edit').click();
    await page.getByTestId('table-editing').waitFor();
    expect(await page.getByTestId('matrix-language').inputValue()).toBe('da');
    await page.getByTestId('matrix-language').selectOption('en');
    await expect
      .poll(() => page.getByTestId('table-editing-state').textContent())
      .toBe('Unsaved changes');
    await page.getByTestId('table-editing-save').click();
    await expect.poll(() => page.getByTestId('table-editing-state').textContent()).toBe('As saved');
    await expect.poll(() => docxTable(file)[0]).toEqual(['Code', 'JKM', 'TC']);
    await page.getByTestId('matrix-tab-tables').click();
    expect(await card('Bilag 1').getByTestId('table-report').textContent()).toContain(
      'headings, legend or layout',
    );
  });

  it('will not overwrite a file changed outside Citat, and writes a missing one again', async () => {
    writeFileSync(file, 'mine rettelser');
    // Coming back to the window looks at the files again.
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await expect
      .poll(() => card('Bilag 1').getByTestId('table-file-warning').textContent())
      .toBe(
        'bilag-1.docx was changed outside Citat since it was last written. Citat will not overwrite it: rename or delete that file, then regenerate.',
      );
    await page.getByTestId('tables-regenerate-all').click();
    await page
      .getByText('“Bilag 1” was not regenerated: its file was changed outside Citat.')
      .waitFor();
    await card('Bilag 1').getByTestId('table-regenerate').click();
    await page
      .locator('.notice-error')
      .filter({ hasText: 'Table “Bilag 1”: bilag-1.docx was changed outside Citat' })
      .waitFor();
    expect(readFileSync(file, 'utf8')).toBe('mine rettelser');

    rmSync(file);
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await card('Bilag 1').getByText('The file is missing: regenerating writes it again.').waitFor();
    await card('Bilag 1').getByTestId('table-regenerate').click();
    await expect
      .poll(() => card('Bilag 1').getByTestId('table-report').textContent())
      .toContain('bilag-1.docx was missing and was written again');
    expect(docxTable(file)[0]).toEqual(['Code', 'JKM', 'TC']);
  });

  it('deletes a table, leaving its file, and brings it back with undo', async () => {
    await card('Bilag 1').getByTestId('table-delete').click();
    expect(await page.getByRole('dialog').textContent()).toContain(
      'Its file bilag-1.docx is left as it is.',
    );
    await page.getByTestId('confirm-action').click();
    await page.getByTestId('tables-empty').waitFor();
    expect(statSync(file).isFile()).toBe(true);
    await page.getByRole('button', { name: /Undo/ }).click();
    await card('Bilag 1').waitFor();
    await expect
      .poll(() => card('Bilag 1').getByTestId('table-status').textContent())
      .toContain('Up to date');
  });
});
