import { describe, expect, it } from 'vitest';
import { exportMatrix } from '../../../src/main/backend/export/matrix-export';
import {
  columnLetters,
  MAX_CELL_CHARS,
  wrappedLineCount,
} from '../../../src/main/backend/export/xlsx-package';
import {
  attr,
  childElements,
  descendants,
  firstChild,
  textContent,
  type XmlElement,
} from '../../../src/main/backend/formats/xml-read';
import { allQuotes, sampleMatrix } from './sample-matrix';
import { parsePart, unzipText } from './test-support';

type Cell = string | number;

/** A worksheet's cells by reference, values as text or number. */
function sheetCells(sheet: XmlElement): Map<string, Cell> {
  const cells = new Map<string, Cell>();
  for (const c of descendants(sheet, 'c')) {
    if (attr(c, 't') === 'inlineStr') cells.set(attr(c, 'r')!, textContent(firstChild(c, 'is')!));
    else if (firstChild(c, 'v')) cells.set(attr(c, 'r')!, Number(textContent(firstChild(c, 'v')!)));
  }
  return cells;
}

function workbook(mode: 'quotes' | 'counts'): { parts: Map<string, string>; names: string[] } {
  const parts = unzipText(exportMatrix(sampleMatrix(mode), 'xlsx'), `${mode}.xlsx`);
  const names = descendants(parsePart(parts, 'xl/workbook.xml'), 'sheet').map((sheet) =>
    attr(sheet, 'name')!,
  );
  return { parts, names };
}

/** The sample's table sheet: title, legend title, 4 legend lines, a blank row, then the table. */
const HEADER_ROW = 8;

describe('matrix XLSX', () => {
  const { parts, names } = workbook('quotes');
  const sheet = parsePart(parts, 'xl/worksheets/sheet1.xml');
  const cells = sheetCells(sheet);

  it('has the table sheet and the per-quote sheet, all well-formed', () => {
    expect(names).toEqual(['Table', 'Quotes']);
    for (const name of parts.keys()) expect(() => parsePart(parts, name)).not.toThrow();
  });

  it('puts the title and the legend above the table, merged across its width', () => {
    expect(cells.get('A1')).toBe('Principper × kommunaldirektører');
    expect(cells.get('A2')).toBe('Legend');
    expect(['A3', 'A4', 'A5', 'A6'].map((ref) => cells.get(ref))).toEqual([
      'JKM – Jens Kristian Munk, Kommunaldirektør, Aalborg Kommune',
      'JW – Jane Wiis, Kommunaldirektør, Vejle Kommune',
      'PFL – Peter Frost Larsen, Kommunaldirektør, Odense Kommune',
      'I – Interviewer',
    ]);
    const merged = descendants(sheet, 'mergeCell').map((m) => attr(m, 'ref'));
    expect(merged).toEqual(['A1:D1', 'A2:D2', 'A3:D3', 'A4:D4', 'A5:D5', 'A6:D6']);
    // The initials are bold runs in the legend lines.
    const legendCell = descendants(sheet, 'c').find((c) => attr(c, 'r') === 'A3')!;
    const runs = descendants(legendCell, 'r');
    expect(runs.map((r) => descendants(r, 'b').length)).toEqual([1, 0]);
  });

  it('lays out the table: header, one bulleted line per quote, "–" in empty cells', () => {
    const h = HEADER_ROW;
    expect(['A', 'B', 'C', 'D'].map((col) => cells.get(`${col}${h}`))).toEqual([
      'Code',
      'JKM',
      'JW',
      'PFL',
    ]);
    expect(cells.get(`A${h + 2}`)).toBe('III Risiko');
    expect(cells.get(`C${h + 2}`)).toBe(
      '• “Budgettet er "stramt" | men <b>vi</b> prøver alligevel,\nog så ser vi, hvad der sker.” (JW)\n' +
        '• “Det gik 🙈 helt galt første gang, men vi lærte mere af det end af alt det, der lykkedes.” (JW)',
    );
    expect(cells.get(`C${h + 1}`)).toBe('–');
    const styles = parsePart(parts, 'xl/styles.xml');
    const xfs = childElements(firstChild(styles, 'cellXfs')!, 'xf');
    const styleOf = (ref: string) =>
      xfs[
        Number(
          attr(
            descendants(sheet, 'c').find((c) => attr(c, 'r') === ref)!,
            's',
          ),
        )
      ]!;
    expect(attr(firstChild(styleOf(`C${h + 2}`), 'alignment')!, 'wrapText')).toBe('1');
    expect(attr(styleOf(`C${h + 2}`), 'borderId')).toBe('1');
    // Codes are indented by level.
    expect(attr(firstChild(styleOf(`A${h + 2}`), 'alignment')!, 'indent')).toBe('1');
    expect(firstChild(styleOf(`A${h + 1}`), 'alignment')!.attrs.indent).toBeUndefined();
    expect(descendants(sheet, 'col')).toHaveLength(4);
  });

  it('prints landscape, fitted to the page width, the header row on every page', () => {
    const pageSetup = descendants(sheet, 'pageSetup')[0]!;
    expect([
      attr(pageSetup, 'orientation'),
      attr(pageSetup, 'paperSize'),
      attr(pageSetup, 'fitToWidth'),
      attr(pageSetup, 'fitToHeight'),
    ]).toEqual(['landscape', '9', '1', '0']);
    expect(attr(descendants(sheet, 'pageSetUpPr')[0]!, 'fitToPage')).toBe('1');
    const definedNames = descendants(parsePart(parts, 'xl/workbook.xml'), 'definedName');
    const titles = definedNames.find(
      (d) => attr(d, 'name') === '_xlnm.Print_Titles' && attr(d, 'localSheetId') === '0',
    )!;
    expect(textContent(titles)).toBe(`'Table'!$${HEADER_ROW}:$${HEADER_ROW}`);
    expect(textContent(descendants(sheet, 'oddFooter')[0]!)).toBe(
      '&LPrincipper × kommunaldirektører&RPage &P of &N',
    );
    const pane = descendants(sheet, 'pane')[0]!;
    expect([attr(pane, 'state'), attr(pane, 'ySplit'), attr(pane, 'xSplit')]).toEqual([
      'frozen',
      String(HEADER_ROW),
      '1',
    ]);
  });

  it('lists every quote in long format on the Quotes sheet', () => {
    const quotes = parsePart(parts, 'xl/worksheets/sheet2.xml');
    const rows = childElements(firstChild(quotes, 'sheetData')!, 'row');
    expect(rows).toHaveLength(1 + allQuotes(sampleMatrix()).length);
    const q = sheetCells(quotes);
    const letters = 'ABCDEFGHIJ'.split('');
    expect(letters.map((letter) => q.get(`${letter}1`))).toEqual([
      'Code path',
      'Column',
      'Speaker',
      'Text',
      'Printed text',
      'Citation',
      'Document',
      'Start',
      'End',
      'Lines',
    ]);
    expect(letters.map((letter) => q.get(`${letter}3`))).toEqual([
      'Principper / III Risiko',
      'JKM',
      'JKM',
      'Vi skal turde fejle, og det kræver, at politikerne bakker op, også når et forsøg går galt og pressen ringer.',
      'Vi skal turde fejle (om risiko, red.) […] også når et forsøg går galt og pressen ringer.',
      '(JKM, l. 112–118)',
      'JKM.docx',
      5120,
      5228,
      '112–118',
    ]);
    expect(q.has('K1')).toBe(false);
    expect(descendants(quotes, 'autoFilter')).toHaveLength(1);
    const withMemos = sheetCells(
      parsePart(
        unzipText(exportMatrix(sampleMatrix('quotes', { memos: true }), 'xlsx'), 'm.xlsx'),
        'xl/worksheets/sheet2.xml',
      ),
    );
    expect([withMemos.get('K1'), withMemos.get('L1')]).toEqual(['Memo', 'Note']);
    expect(withMemos.get('K3')).toBe('Kerneudsagn for risikoprincippet; sammenlign med JW.');
  });

  it('writes counts as numbers with totals and leaves out the Quotes sheet in count mode', () => {
    const counts = workbook('counts');
    expect(counts.names).toEqual(['Table']);
    const c = sheetCells(parsePart(counts.parts, 'xl/worksheets/sheet1.xml'));
    const h = HEADER_ROW + 1; // the caption "Number of coded quotes in each cell" comes first
    expect(c.get('A2')).toBe('Number of coded quotes in each cell');
    expect(['A', 'B', 'C', 'D', 'E'].map((col) => c.get(`${col}${h}`))).toEqual([
      'Code',
      'JKM',
      'JW',
      'PFL',
      'Total',
    ]);
    expect(['B', 'C', 'D', 'E'].map((col) => c.get(`${col}${h + 2}`))).toEqual([1, 2, 0, 3]);
    expect(['A', 'B', 'C', 'D', 'E'].map((col) => c.get(`${col}${h + 5}`))).toEqual([
      'Total',
      3,
      2,
      2,
      7,
    ]);
  });

  it('continues a code with more quotes than a row can show in the next row', () => {
    const matrix = sampleMatrix();
    const quote = matrix.cells[4]!.quotes[0]!;
    matrix.cells[4]!.quotes = Array.from({ length: 30 }, (_, i) => ({
      ...quote,
      codingId: `many-${i}`,
      display: `Citat nummer ${i + 1}: ${'en lang sætning om risiko '.repeat(3)}`,
    }));
    matrix.cells[4]!.count = 30;
    const s = parsePart(
      unzipText(exportMatrix(matrix, 'xlsx'), 'many.xlsx'),
      'xl/worksheets/sheet1.xml',
    );
    const values = sheetCells(s);
    const labels = [...values.entries()].filter(([ref]) => ref.startsWith('A')).map(([, v]) => v);
    expect(labels).toContain('III Risiko (continued)');
    const heights = childElements(firstChild(s, 'sheetData')!, 'row').map((row) =>
      Number(attr(row, 'ht') ?? 15),
    );
    expect(Math.max(...heights)).toBeLessThanOrEqual(409);
    const texts = [...values.values()].filter((v): v is string => typeof v === 'string');
    for (let i = 1; i <= 30; i++)
      expect(texts.filter((t) => t.includes(`Citat nummer ${i}:`))).toHaveLength(1);
  });

  it('cuts text Excel could not hold and names columns past Z', () => {
    const matrix = sampleMatrix('quotes', { quoteMarks: 'none' });
    const quote = matrix.cells[0]!.quotes[0]!;
    matrix.cells[0]!.quotes = [{ ...quote, display: `${'æ'.repeat(MAX_CELL_CHARS - 2)}🙈🙈` }];
    const s = parsePart(
      unzipText(exportMatrix(matrix, 'xlsx'), 'long.xlsx'),
      'xl/worksheets/sheet1.xml',
    );
    const value = sheetCells(s).get(`B${HEADER_ROW + 1}`) as string;
    expect(value.length).toBeLessThanOrEqual(MAX_CELL_CHARS);
    expect(value.endsWith('… [truncated]')).toBe(true);
    expect([0, 25, 26, 701, 702].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA']);
  });

  it('stores an estimated height for rows with wrapped text, since Calc does not fit them', () => {
    expect(wrappedLineCount('kort', 10)).toBe(1);
    expect(wrappedLineCount('en to tre fire fem', 10)).toBe(2);
    expect(wrappedLineCount('a\n\nb', 10)).toBe(3);
    expect(wrappedLineCount('x'.repeat(25), 10)).toBe(3);
    const heights = childElements(firstChild(sheet, 'sheetData')!, 'row').map((row) =>
      attr(row, 'ht'),
    );
    expect(heights[HEADER_ROW - 1]).toBeUndefined();
    expect(heights.slice(HEADER_ROW).every((ht) => ht !== undefined && Number(ht) >= 30)).toBe(
      true,
    );
    expect(descendants(sheet, 'row').some((row) => attr(row, 'customHeight') !== undefined)).toBe(
      false,
    );
  });
});
