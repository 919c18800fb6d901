/**
 * The XLSX and DOCX exports as they print: converted to PDF by LibreOffice and read back.
 * The XLSX table sheet prints landscape with every column on the page width and its header
 * row on every page, the title and legend above the table; the DOCX table does the same.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportMatrix } from '../../../src/main/backend/export/matrix-export';
import {
  flatText,
  pdfPages,
  pdfPageSize,
  requireTool,
  sofficeToPdf,
  tempFolder,
} from './latex-tools';
import { manyQuotes } from './many-quotes';

const SPEAKERS = ['JKM', 'JW', 'PFL', 'TC', 'AB', 'MN'];
type Printed = { pages: string[]; width: number; height: number };

/** The header row as pdftotext -layout prints it: every label on one line, in order. */
const HEADER = new RegExp(`^\\s*Kode\\s+${SPEAKERS.join('\\s+')}\\s*$`, 'm');

describe('printed through LibreOffice', () => {
  const matrix = manyQuotes({ quotes: 60, speakers: SPEAKERS });
  const quotes = matrix.cells.flatMap((cell) => cell.quotes);
  let folder: { dir: string; remove: () => void };
  const printed = {} as Record<'xlsx' | 'docx', Printed>;

  beforeAll(() => {
    requireTool('soffice');
    requireTool('pdftotext');
    requireTool('pdfinfo');
    folder = tempFolder('citat-print-');
    const files = (['xlsx', 'docx'] as const).map((format) => {
      const file = join(folder.dir, `bilag-${format}.${format}`);
      writeFileSync(file, exportMatrix(matrix, format));
      return file;
    });
    sofficeToPdf(folder.dir, files);
    for (const format of ['xlsx', 'docx'] as const) {
      const pdf = join(folder.dir, `bilag-${format}.pdf`);
      const { width, height } = pdfPageSize(pdf);
      printed[format] = { pages: pdfPages(pdf, true), width, height };
    }
  }, 240_000);
  afterAll(() => (process.env.KEEP_PRINT ? undefined : folder?.remove()));

  it('XLSX: landscape A4, title and legend above the table on its sheet', () => {
    const { pages, width, height } = printed.xlsx;
    expect(width).toBeGreaterThan(height);
    expect(Math.round(width)).toBe(842);
    const first = pages[0]!;
    expect(first).toContain('Bilag 1: Principper × interviewpersoner');
    expect(first).toContain('Signaturforklaring');
    expect(first).toContain('JKM – Navn JKM, Kommunaldirektør, Aalborg Kommune');
    expect(first.indexOf('Signaturforklaring')).toBeLessThan(first.search(HEADER));
  });

  it('XLSX: every column fits the page width and the header row repeats on every page', () => {
    const { pages } = printed.xlsx;
    const tablePages = pages.filter((page) => page.includes('Citat ') && !page.includes('Kodesti'));
    expect(tablePages.length).toBeGreaterThan(1);
    // Fitted to the width: each page has all six columns; repeated: each starts with the header.
    for (const page of tablePages) expect(page).toMatch(HEADER);
    // Every quote printed on one of the table pages.
    const text = flatText(tablePages.join('\n'));
    for (const quote of quotes) expect(text).toContain(`Citat ${quote.codingId.slice(1)}:`);
    expect(text).toContain('Side 1 af');
  });

  it('XLSX: the per-quote sheet prints too, one row per quote', () => {
    const { pages } = printed.xlsx;
    const quotePages = pages.filter((page) => page.includes('Kodesti'));
    expect(quotePages.length).toBeGreaterThan(0);
    expect(quotePages[0]).toMatch(/Kodesti\s+Kolonne\s+Taler\s+Tekst\s+Trykt tekst/);
  });

  it('DOCX: landscape A4, the header row on every page, every quote printed', () => {
    const { pages, width, height } = printed.docx;
    expect(width).toBeGreaterThan(height);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page).toMatch(HEADER);
    const text = flatText(pages.join('\n'));
    for (const quote of quotes) expect(text).toContain(`Citat ${quote.codingId.slice(1)}:`);
    expect(pages[0]).toContain('Signaturforklaring');
  });
});
