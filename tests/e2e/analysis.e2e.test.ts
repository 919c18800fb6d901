/**
 * After coding: describe a speaker, read the quote matrix (quotes and counts), export it to
 * DOCX, find a word and jump to it, list coded quotes, and look at the codebook and the team
 * tab. The project is prepared through the API; everything checked here is done in the UI.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startSession, type E2eSession } from './support/session';
import { seedProject } from './support/seed';
import {
  JKM_NAME,
  OVERLAP_PASSAGE,
  RISK_SENTENCE,
  SEARCH_WORD,
  TC_PASSAGE,
} from './support/fixtures';
import { speakerName } from './support/project-rows';
import { docxContent, docxDocumentXml, matrixGrid } from './support/matrix';
import { highlightSize, isPassageInView } from './support/transcript';

let session: E2eSession;
let page: Page;

const tab = (name: string) => page.getByRole('tab', { name });
const codeRow = (path: string) => page.locator(`[data-testid="code-row"][data-path="${path}"]`);

beforeAll(async () => {
  session = await startSession();
  page = session.page;
  await seedProject(session);
});

afterAll(async () => {
  await session?.close();
});

describe('from codings to a quote table', () => {
  it('shows the codebook with each code’s count, and the parent’s total when folded', async () => {
    expect(await codeRow('Principper/III Risiko').getByTestId('code-count').textContent()).toBe(
      '1',
    );
    expect(await codeRow('Principper/IV Samskabelse').getByTestId('code-count').textContent()).toBe(
      '2',
    );
    expect(await codeRow('Principper').getByTestId('code-count').textContent()).toBe('0');
    await codeRow('Principper').getByTestId('code-toggle').click();
    await codeRow('Principper/III Risiko').waitFor({ state: 'detached' });
    expect(await codeRow('Principper').getByTestId('code-count').textContent()).toBe('3');
    await codeRow('Principper').getByTestId('code-toggle').click();
    await codeRow('Principper/III Risiko').getByTestId('code-menu').click();
    await page.getByTestId('code-menu-quotes').waitFor();
    await session.screenshot('06-codebook');
    await page.keyboard.press('Escape');
  });

  it('gives JKM a full name in Speakers & cases', async () => {
    await tab('Speakers & cases').click();
    const jkm = page.locator('[data-testid="speaker-row"][data-label="JKM"]');
    await jkm.getByTestId('speaker-name').click();
    await jkm.getByTestId('speaker-name').fill(JKM_NAME);
    await jkm.getByTestId('speaker-name').press('Enter');
    await expect.poll(() => speakerName(session, 'JKM')).toBe(JKM_NAME);
    await expect.poll(() => jkm.getByTestId('speaker-name').textContent()).toBe(JKM_NAME);
    const warning = (await page.getByTestId('speakers-unnamed-warning').textContent()) ?? '';
    expect(warning).toContain('TC');
    expect(warning).not.toContain('JKM');
    await session.screenshot('07-speakers-cases');
  });

  it('lays the quotes out by code and speaker, cited with initials, under a legend', async () => {
    await tab('Quote matrix').click();
    await page.getByTestId('matrix-quote').first().waitFor();
    // Rows: the codes below "Principper" (the whole codebook would add a row for it).
    await page.getByTestId('matrix-rows').selectOption({ label: 'Principper' });
    await expect.poll(() => page.getByTestId('matrix-row').count()).toBe(2);
    expect(await page.getByTestId('matrix-quote').count()).toBe(3);
    expect(await matrixGrid(page)).toEqual({
      'III Risiko': { JKM: [`${RISK_SENTENCE} (JKM)`], TC: ['–'] },
      'IV Samskabelse': { JKM: [`${OVERLAP_PASSAGE} (JKM)`], TC: [`${TC_PASSAGE} (TC)`] },
    });
    const legend = await page.getByTestId('matrix-legend').locator('li').allTextContents();
    expect(legend).toEqual([`JKM – ${JKM_NAME}`, 'TC']);
    await session.screenshot('08-matrix-quotes');
  });

  it('opens the transcript at a quote clicked in the matrix', async () => {
    await page.getByTestId('matrix-quote').filter({ hasText: TC_PASSAGE }).click();
    await page.getByTestId('transcript-name').filter({ hasText: 'TC.txt' }).waitFor();
    await expect.poll(() => isPassageInView(page, TC_PASSAGE)).toBe(true);
    await tab('Quote matrix').click();
    await expect.poll(() => page.getByTestId('matrix-row').count()).toBe(2);
  });

  it('counts the quotes per cell in count mode', async () => {
    await page.getByTestId('matrix-mode-counts').check();
    await page.locator('.matrix-table-counts').waitFor();
    expect(await matrixGrid(page)).toEqual({
      'III Risiko': { JKM: ['1'], TC: ['0'], Total: ['1'] },
      'IV Samskabelse': { JKM: ['1'], TC: ['1'], Total: ['2'] },
    });
    const totals = await page.locator('.matrix-table-counts tfoot td').allTextContents();
    expect(totals).toEqual(['2', '1', '3']);
    await session.screenshot('09-matrix-counts');
  });

  it('exports the quote matrix as a DOCX table with the initials and the legend', async () => {
    await page.getByTestId('matrix-mode-quotes').check();
    await page.locator('.matrix-table-quotes').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('matrix-export-docx').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const saved = join(session.dir, download.suggestedFilename());
    await download.saveAs(saved);

    const xml = docxDocumentXml(new Uint8Array(readFileSync(saved)), saved);
    const { tables, paragraphs } = docxContent(xml);
    expect(tables).toHaveLength(1);
    const [header, ...rows] = tables[0]!;
    expect(header!.slice(1)).toEqual(['JKM', 'TC']);
    // Each row's code, after a square in the code's colour.
    expect(rows.map((row) => row[0]?.replace(/^■\s*/, ''))).toEqual([
      'III Risiko',
      'IV Samskabelse',
    ]);
    // An English export quotes with “ ” (see README, "Your thesis tables").
    expect(rows[0]![1]).toContain(`“${RISK_SENTENCE}” (JKM)`);
    expect(rows[1]![2]).toContain(`“${TC_PASSAGE}” (TC)`);
    expect(paragraphs.join('\n')).toContain(JKM_NAME);
  });

  it('finds a word and jumps to it in the transcript', async () => {
    await tab('Search').click();
    await page.getByTestId('search-query').fill(SEARCH_WORD);
    await page.getByTestId('search-submit').click();
    await expect
      .poll(() => page.getByTestId('search-count').textContent())
      .toBe('1 hit in 1 document');
    const hit = page.getByTestId('search-hit');
    expect(await hit.locator('mark').textContent()).toBe(SEARCH_WORD);
    await session.screenshot('10-search');

    await hit.click();
    await page.getByTestId('transcript-name').filter({ hasText: 'TC.txt' }).waitFor();
    expect(await tab('Transcript').getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => isPassageInView(page, SEARCH_WORD)).toBe(true);
    await expect.poll(() => highlightSize(page, 'citat-active-passage')).toBe(1);
  });

  it('lists every coded quote with its speaker and source', async () => {
    await tab('Coded quotes').click();
    await page.getByTestId('retrieval-code').selectOption('');
    await expect.poll(() => page.getByTestId('retrieval-quote').count()).toBe(3);
    const quotes = await page.getByTestId('retrieval-quote').allTextContents();
    const of = (text: string) => quotes.find((q) => q.includes(text)) ?? '';
    expect(of(RISK_SENTENCE)).toContain(`JKM (${JKM_NAME})`);
    expect(of(RISK_SENTENCE)).toContain('III Risiko');
    expect(of(TC_PASSAGE)).toContain('TC.txt');
    expect(await page.getByTestId('retrieval-count').textContent()).toContain('3 quotes');
    await session.screenshot('11-coded-quotes');
  });

  it('shows the team tab', async () => {
    await tab('Team & exchange').click();
    await page.locator('[data-feature="team"]').waitFor({ state: 'attached' });
    await session.screenshot('12-team');
  });
});
