/** Reading the quote matrix as a person sees it, and the DOCX it exports. */
import type { Page } from 'playwright-core';
import { openZip } from '../../../src/main/backend/formats/zip-read';
import {
  descendants,
  parseXml,
  textContent,
  type XmlElement,
} from '../../../src/main/backend/formats/xml-read';

/** Row label → column label → the cell's quotes ("text (citation)") or its count. */
export type MatrixGrid = Record<string, Record<string, string[]>>;

export async function matrixGrid(page: Page): Promise<MatrixGrid> {
  return page.evaluate(() => {
    const table = document.querySelector('[data-testid="matrix-table"] table');
    if (!table) return {};
    const columns = [...table.querySelectorAll('thead th')]
      .slice(1)
      .map((th) => th.textContent?.trim() ?? '');
    const grid: Record<string, Record<string, string[]>> = {};
    for (const row of table.querySelectorAll('[data-testid="matrix-row"]')) {
      const label = row.querySelector('.matrix-row-label')?.textContent?.trim() ?? '';
      const cells = [...row.querySelectorAll('td')];
      grid[label] = {};
      cells.forEach((cell, i) => {
        const quotes = [...cell.querySelectorAll('[data-testid="matrix-quote"]')].map((q) =>
          (q.textContent ?? '').replace(/\s+/g, ' ').trim(),
        );
        const shown =
          quotes.length > 0
            ? quotes
            : [(cell.querySelector('[aria-hidden="true"]') ?? cell).textContent?.trim() ?? ''];
        grid[label]![columns[i] ?? `#${i}`] = shown;
      });
    }
    return grid;
  });
}

/** The text of word/document.xml in a DOCX. */
export function docxDocumentXml(bytes: Uint8Array, fileName: string): string {
  const zip = openZip(bytes, fileName);
  const entry = zip.find('word/document.xml');
  if (!entry) throw new Error(`${fileName} has no word/document.xml`);
  return zip.readText(entry);
}

/** The DOCX body as parsed XML: its tables' cell texts, and every paragraph's text. */
export function docxContent(documentXml: string): { tables: string[][][]; paragraphs: string[] } {
  const body = parseXml(documentXml, 'word/document.xml', { keepWhitespace: true });
  const tables = descendants(body, 'tbl').map((table) =>
    descendants(table, 'tr').map((row) => descendants(row, 'tc').map((cell) => cellText(cell))),
  );
  const paragraphs = descendants(body, 'p').map((p) => cellText(p));
  return { tables, paragraphs };
}

function cellText(element: XmlElement): string {
  return descendants(element, 't')
    .map((t) => textContent(t))
    .join('')
    .trim();
}
