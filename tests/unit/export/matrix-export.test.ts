import { describe, expect, it } from 'vitest';
import { exportMatrix, MATRIX_FORMATS } from '../../../src/main/backend/export/matrix-export';
import { parseXml, descendants, textContent } from '../../../src/main/backend/formats/xml-read';
import { CitatError } from '../../../src/main/backend/errors';
import { allQuotes, sampleMatrix } from './sample-matrix';
import { expectGolden } from './golden';
import { readCsv, unzipText } from './test-support';

const decode = (bytes: Uint8Array): string =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
const MODES = ['quotes', 'counts'] as const;

describe('exportMatrix goldens', () => {
  for (const mode of MODES) {
    for (const format of ['json', 'csv', 'md', 'html'] as const) {
      it(`${format} (${mode}) matches tests/golden/matrix/${mode}.${format}`, () => {
        expectGolden(`matrix/${mode}.${format}`, decode(exportMatrix(sampleMatrix(mode), format)));
      });
    }
    for (const format of ['docx', 'xlsx'] as const) {
      it(`every ${format} part (${mode}) matches tests/golden/matrix/${mode}-${format}/`, () => {
        const parts = unzipText(exportMatrix(sampleMatrix(mode), format), `${mode}.${format}`);
        for (const [name, xml] of parts) {
          expectGolden(`matrix/${mode}-${format}/${name}`, xml);
          expect(() => parseXml(xml, name)).not.toThrow();
        }
      });
    }
  }
});

describe('exportMatrix determinism', () => {
  it.each(MATRIX_FORMATS)('%s gives identical bytes on every run', (format) => {
    const first = exportMatrix(sampleMatrix(), format);
    const second = exportMatrix(sampleMatrix(), format);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
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
    ]);
    expect(Object.keys(json.legend[0])).toEqual(['label', 'name', 'title', 'organisation']);
    const emoji = json.cells
      .flatMap((cell: { quotes: { text: string }[] }) => cell.quotes)
      .find((q: { text: string }) => q.text.includes('🙈'));
    // Code points, not UTF-16 units: the emoji counts once.
    expect(emoji.end - emoji.start).toBe([...emoji.text].length);
    expect(emoji.end - emoji.start).toBe(emoji.text.length - 1);
  });

  it('lists no quotes in count mode even when the cells carry them', () => {
    const json = JSON.parse(decode(exportMatrix(sampleMatrix('counts'), 'json')));
    expect(json.cells.every((cell: { quotes: unknown[] }) => cell.quotes.length === 0)).toBe(true);
    expect(json.cells.map((cell: { count: number }) => cell.count)).toEqual([
      1, 0, 0, 1, 2, 0, 1, 0, 1, 0, 0, 1,
    ]);
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
      'Principper / III Risiko',
      'Principper / V Ledelse',
      'Temaer / Økonomi',
    ]);
    expect(records.every((record) => record.length === 4)).toBe(true);
    expect(records[2]![2]).toBe(
      'Budgettet er "stramt" | men <b>vi</b> prøver alligevel,\nog så ser vi, hvad der sker. (JW)\n\n' +
        'Det gik 🙈 helt galt første gang, men vi lærte mere af det end af alt det, der lykkedes. (JW)',
    );
    expect(records[2]![1]).toBe(
      'Vi skal turde fejle (om risiko, red.) […] også når et forsøg går galt og pressen ringer. (JKM, l. 112–118)',
    );
    expect(records[1]![2]).toBe('');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    const records = readCsv(decode(exportMatrix(sampleMatrix(), 'csv')).slice(1));
    expect(records[4]![3]).toBe("'-30 % af puljen går til drift, resten til nye forsøg. (PFL)");
  });

  it('holds counts in count mode', () => {
    const records = readCsv(decode(exportMatrix(sampleMatrix('counts'), 'csv')).slice(1));
    expect(records.slice(1).map((record) => record.slice(1))).toEqual([
      ['1', '0', '0'],
      ['1', '2', '0'],
      ['1', '0', '1'],
      ['0', '0', '1'],
    ]);
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
    expect(
      md.indexOf('- **JKM** – Jens Kristian Munk, Kommunaldirektør, Aalborg Kommune'),
    ).toBeLessThan(md.indexOf('| Code |'));
  });

  it('adds totals and marks empty cells in count mode', () => {
    const counts = decode(exportMatrix(sampleMatrix('counts'), 'md'));
    expect(counts).toContain('| **Total** | **3** | **2** | **2** | **7** |');
    expect(counts).toContain('| Økonomi | – | – | 1 | **1** |');
  });
});

describe('html', () => {
  const html = decode(exportMatrix(sampleMatrix(), 'html'));
  const document = parseXml(html.replace(/^<!DOCTYPE html>\n/, ''), 'matrix.html');

  it('is a standalone, well-formed document without scripts or external resources', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html>')).toBe(true);
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
    expect(cells.filter((td) => td.attrs.class === 'empty')).toHaveLength(6);
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
