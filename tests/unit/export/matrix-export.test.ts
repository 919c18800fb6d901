import { describe, expect, it } from 'vitest';
import type { MatrixOptions } from '@shared/matrix/options';
import { exportMatrix, MATRIX_FORMATS } from '../../../src/main/backend/export/matrix-export';
import { parseXml, descendants, textContent } from '../../../src/main/backend/formats/xml-read';
import { CitatError } from '../../../src/main/backend/errors';
import { allQuotes, sampleMatrix } from './sample-matrix';
import { expectGolden } from './golden';
import { readCsv, unzipText } from './test-support';

const decode = (bytes: Uint8Array): string =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

/** Every language, with and without memos; count tables print no memos, so once per language. */
const VARIANTS: { dir: string; options: Partial<MatrixOptions>; modes: ('quotes' | 'counts')[] }[] =
  [
    { dir: 'en', options: { language: 'en' }, modes: ['quotes', 'counts'] },
    { dir: 'en-memos', options: { language: 'en', memos: true }, modes: ['quotes'] },
    { dir: 'da', options: { language: 'da' }, modes: ['quotes', 'counts'] },
    { dir: 'da-memos', options: { language: 'da', memos: true }, modes: ['quotes'] },
  ];
const TEXT_FORMATS = ['json', 'csv', 'md', 'html', 'tex'] as const;

describe('exportMatrix goldens', () => {
  for (const { dir, options, modes } of VARIANTS) {
    for (const mode of modes) {
      for (const format of TEXT_FORMATS) {
        it(`${format} (${dir}, ${mode}) matches tests/golden/matrix/${dir}/${mode}.${format}`, () => {
          const bytes = exportMatrix(sampleMatrix(mode, options), format);
          expectGolden(`matrix/${dir}/${mode}.${format}`, decode(bytes));
        });
      }
      for (const format of ['docx', 'xlsx'] as const) {
        it(`every ${format} part (${dir}, ${mode}) matches tests/golden/matrix/${dir}/${mode}-${format}/`, () => {
          const bytes = exportMatrix(sampleMatrix(mode, options), format);
          const parts = unzipText(bytes, `${mode}.${format}`);
          for (const [name, xml] of parts) {
            expectGolden(`matrix/${dir}/${mode}-${format}/${name}`, xml);
            expect(() => parseXml(xml, name)).not.toThrow();
          }
        });
      }
    }
  }

  it('standalone LaTeX matches tests/golden/matrix/da/quotes-standalone.tex', () => {
    const bytes = exportMatrix(sampleMatrix('quotes', { language: 'da' }), 'tex', {
      standalone: true,
    });
    expectGolden('matrix/da/quotes-standalone.tex', decode(bytes));
  });
});

describe('exportMatrix determinism', () => {
  it.each(MATRIX_FORMATS)('%s gives identical bytes on every run', (format) => {
    const first = exportMatrix(sampleMatrix(), format);
    const second = exportMatrix(sampleMatrix(), format);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  it.each(MATRIX_FORMATS)('%s differs between Danish and English', (format) => {
    const en = exportMatrix(sampleMatrix('quotes', { language: 'en' }), format);
    const da = exportMatrix(sampleMatrix('quotes', { language: 'da' }), format);
    // JSON is data: the same in every language (no label of its own differs here).
    expect(Buffer.from(da).equals(Buffer.from(en))).toBe(format === 'json');
  });
});

describe('json', () => {
  it('has the documented shape and key order', () => {
    const json = JSON.parse(decode(exportMatrix(sampleMatrix(), 'json')));
    expect(Object.keys(json)).toEqual(['rows', 'columns', 'cells', 'legend']);
    expect(Object.keys(json.rows[0])).toEqual(['id', 'label', 'path']);
    expect(Object.keys(json.columns[0])).toEqual(['id', 'label']);
    expect(Object.keys(json.cells[0])).toEqual(['row', 'column', 'count', 'quotes']);
    expect(Object.keys(json.cells[0].quotes[0])).toEqual([
      'text',
      'display',
      'citation',
      'speaker',
      'document',
      'start',
      'end',
      'codes',
      'memo',
      'note',
    ]);
    expect(Object.keys(json.legend[0])).toEqual(['label', 'name', 'title', 'organisation']);
    const emoji = json.cells
      .flatMap((cell: { quotes: { text: string }[] }) => cell.quotes)
      .find((q: { text: string }) => q.text.includes('🙈'));
    // Code points, not UTF-16 units: the emoji counts once.
    expect(emoji.end - emoji.start).toBe([...emoji.text].length);
    expect(emoji.end - emoji.start).toBe(emoji.text.length - 1);
  });

  it('leaves memos and notes out unless asked for', () => {
    const quotesOf = (memos: boolean) =>
      JSON.parse(decode(exportMatrix(sampleMatrix('quotes', { memos }), 'json'))).cells.flatMap(
        (cell: { quotes: { memo: string | null; note: string | null }[] }) => cell.quotes,
      );
    expect(quotesOf(false).every((q: { memo: unknown; note: unknown }) => !q.memo && !q.note)).toBe(
      true,
    );
    expect(quotesOf(true).filter((q: { memo: unknown }) => q.memo)).toHaveLength(1);
    expect(quotesOf(true).filter((q: { note: unknown }) => q.note)).toHaveLength(1);
  });

  it('lists no quotes in count mode even when the cells carry them, and adds totals', () => {
    const json = JSON.parse(decode(exportMatrix(sampleMatrix('counts'), 'json')));
    expect(json.cells.every((cell: { quotes: unknown[] }) => cell.quotes.length === 0)).toBe(true);
    expect(json.cells.map((cell: { count: number }) => cell.count)).toEqual([
      1, 0, 0, 1, 2, 0, 1, 0, 1, 0, 0, 1,
    ]);
    expect(json.totals).toEqual({ rows: [1, 3, 2, 1], columns: [3, 2, 2], all: 7 });
  });
});

describe('csv', () => {
  it('starts with a BOM, ends records with CRLF and parses back to the matrix', () => {
    const bytes = exportMatrix(sampleMatrix(), 'csv');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = readCsv(decode(bytes).slice(1));
    expect(records[0]).toEqual(['Code', 'JKM', 'JW', 'PFL']);
    expect(records.map((record) => record[0])).toEqual([
      'Code',
      'Principper',
      '  III Risiko',
      '  V Ledelse',
      'Økonomi',
    ]);
    expect(records.every((record) => record.length === 4)).toBe(true);
    expect(records[2]![2]).toBe(
      '• “Budgettet er "stramt" | men <b>vi</b> prøver alligevel,\nog så ser vi, hvad der sker.” (JW)\n' +
        '• “Det gik 🙈 helt galt første gang, men vi lærte mere af det end af alt det, der lykkedes.” (JW)',
    );
    expect(records[2]![1]).toBe(
      '• “Vi skal turde fejle (om risiko, red.) […] også når et forsøg går galt og pressen ringer.” (JKM, l. 112–118)\n' +
        '   Also coded: Principper / V Ledelse',
    );
    expect(records[1]![2]).toBe('–');
  });

  it('prints memos and notes under their quote with --memos, in Danish with --lang da', () => {
    const records = readCsv(
      decode(exportMatrix(sampleMatrix('quotes', { memos: true, language: 'da' }), 'csv')).slice(1),
    );
    expect(records[0]).toEqual(['Kode', 'JKM', 'JW', 'PFL']);
    expect(records[2]![1]).toBe(
      '• »Vi skal turde fejle (om risiko, red.) […] også når et forsøg går galt og pressen ringer.« (JKM, l. 112–118)\n' +
        '   Memo: Kerneudsagn for risikoprincippet; sammenlign med JW.\n' +
        '   Note: Forkortet; politikernes rolle er udeladt.\n' +
        '   Også kodet: Principper / V Ledelse',
    );
  });

  it('starts no cell with a character a spreadsheet would run as a formula', () => {
    const matrix = sampleMatrix('quotes', { quoteMarks: 'none' });
    matrix.rows[3] = { ...matrix.rows[3]!, label: '=HYPERLINK("x")' };
    const records = readCsv(decode(exportMatrix(matrix, 'csv')).slice(1));
    expect(records[4]![0]).toBe('\'=HYPERLINK("x")');
    expect(records[4]![3]).toBe('• -30 % af puljen går til drift, resten til nye forsøg. (PFL)');
  });

  it('holds counts with row and column totals in count mode', () => {
    const records = readCsv(decode(exportMatrix(sampleMatrix('counts'), 'csv')).slice(1));
    expect(records[0]).toEqual(['Code', 'JKM', 'JW', 'PFL', 'Total']);
    expect(records.slice(1).map((record) => record.slice(1))).toEqual([
      ['1', '–', '–', '1'],
      ['1', '2', '–', '3'],
      ['1', '–', '1', '2'],
      ['–', '–', '1', '1'],
      ['3', '2', '2', '7'],
    ]);
    expect(records.at(-1)![0]).toBe('Total');
  });
});

describe('markdown', () => {
  const md = decode(exportMatrix(sampleMatrix(), 'md'));
  const tableLines = md.split('\n').filter((line) => line.startsWith('|'));

  it('keeps every table row to the same number of unescaped pipes', () => {
    expect(tableLines).toHaveLength(2 + 4);
    for (const line of tableLines) expect(line.split(/(?<!\\)\|/).length - 2).toBe(4);
  });

  it('escapes markup in quotes and shows the legend before the table', () => {
    expect(md).not.toContain('<b>');
    expect(md).toContain('&lt;b&gt;vi&lt;/b&gt;');
    expect(md).toContain('\\[…\\]');
    expect(md.indexOf('**Legend**')).toBeLessThan(md.indexOf('- **JKM**'));
    expect(
      md.indexOf('- **JKM** – Jens Kristian Munk, Kommunaldirektør, Aalborg Kommune'),
    ).toBeLessThan(md.indexOf('| Code |'));
  });

  it('adds totals and marks empty cells in count mode', () => {
    const counts = decode(exportMatrix(sampleMatrix('counts'), 'md'));
    expect(counts).toContain('| **Total** | **3** | **2** | **2** | **7** |');
    expect(counts).toContain('| Økonomi | – | – | 1 | **1** |');
    const da = decode(exportMatrix(sampleMatrix('counts', { language: 'da' }), 'md'));
    expect(da).toContain('| **I alt** | **3** | **2** | **2** | **7** |');
    expect(da).toContain('*Antal kodede citater i hver celle*');
  });
});

describe('html', () => {
  const html = decode(exportMatrix(sampleMatrix(), 'html'));
  const document = parseXml(html.replace(/^<!DOCTYPE html>\n/, ''), 'matrix.html');

  it('is a standalone, well-formed document without scripts or external resources', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(descendants(document, 'script')).toHaveLength(0);
    expect(html).not.toMatch(/\b(src|href)=/);
    expect(html).not.toContain('@import');
  });

  it('renders quote text as text, never as markup', () => {
    expect(descendants(document, 'b')).toHaveLength(0);
    const texts = descendants(document, 'ul')
      .filter((ul) => ul.attrs.class === 'quotes')
      .flatMap((ul) => descendants(ul, 'li'))
      .map(textContent);
    expect(
      texts.some((text) => text.includes('“Budgettet er "stramt" | men <b>vi</b> prøver')),
    ).toBe(true);
  });

  it('has one quote item per quote and marks empty cells', () => {
    const quoteItems = descendants(document, 'ul')
      .filter((ul) => ul.attrs.class === 'quotes')
      .flatMap((ul) => descendants(ul, 'li'));
    expect(quoteItems).toHaveLength(allQuotes(sampleMatrix()).length);
    const cells = descendants(document, 'td');
    expect(cells).toHaveLength(12);
    const empty = cells.filter((td) => td.attrs.class === 'empty');
    expect(empty).toHaveLength(6);
    expect(empty.every((td) => textContent(td) === '–')).toBe(true);
  });

  it('shades count cells by their share of the largest count', () => {
    const counts = parseXml(
      decode(exportMatrix(sampleMatrix('counts'), 'html')).replace(/^<!DOCTYPE html>\n/, ''),
      'counts.html',
    );
    const styled = descendants(counts, 'td').filter((td) =>
      td.attrs.style?.startsWith('background'),
    );
    const full = styled.find((td) => textContent(td) === '2');
    expect(full?.attrs.style).toBe('background: rgb(33, 102, 172); color: #ffffff');
    expect(descendants(counts, 'td').filter((td) => td.attrs.class === 'empty')).toHaveLength(6);
  });
});

describe('refusals', () => {
  it('refuses a matrix whose cells do not line up with rows and columns', () => {
    const matrix = sampleMatrix();
    matrix.cells.pop();
    expect(() => exportMatrix(matrix, 'csv')).toThrow(CitatError);
    expect(() => exportMatrix(matrix, 'csv')).toThrow(
      /has 11 cells, expected 4 rows × 3 columns = 12/,
    );
  });

  it('refuses cells in the wrong order', () => {
    const matrix = sampleMatrix();
    [matrix.cells[0], matrix.cells[1]] = [matrix.cells[1]!, matrix.cells[0]!];
    expect(() => exportMatrix(matrix, 'md')).toThrow(/cell 0 belongs to code-principper×spk-jw/);
  });

  it('refuses an unknown format by name', () => {
    expect(() => exportMatrix(sampleMatrix(), 'pdf' as never)).toThrow(
      /unknown matrix export format "pdf"/,
    );
  });
});
