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
    const value =
      attr(c, 't') === 'inlineStr'
        ? textContent(firstChild(c, 'is')!)
        : Number(textContent(firstChild(c, 'v')!));
    cells.set(attr(c, 'r')!, value);
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

describe('matrix XLSX', () => {
  const { parts, names } = workbook('quotes');

  it('has the sheets Matrix, Quotes and Legend, all well-formed', () => {
    expect(names).toEqual(['Matrix', 'Quotes', 'Legend']);
    for (const name of parts.keys()) expect(() => parsePart(parts, name)).not.toThrow();
  });

  it('lays out the Matrix sheet like the CSV, with a frozen header and wrapped cells', () => {
    const sheet = parsePart(parts, 'xl/worksheets/sheet1.xml');
    const cells = sheetCells(sheet);
    expect(['A1', 'B1', 'C1', 'D1'].map((ref) => cells.get(ref))).toEqual([
      'Code',
      'JKM',
      'JW',
      'PFL',
    ]);
    expect(cells.get('A3')).toBe('Principper / III Risiko');
    expect(cells.get('C3')).toBe(
      'Budgettet er "stramt" | men <b>vi</b> prøver alligevel,\nog så ser vi, hvad der sker. (JW)\n\n' +
        'Det gik 🙈 helt galt første gang, men vi lærte mere af det end af alt det, der lykkedes. (JW)',
    );
    expect(cells.has('C2')).toBe(false);
    const pane = descendants(sheet, 'pane')[0]!;
    expect([attr(pane, 'state'), attr(pane, 'ySplit'), attr(pane, 'xSplit')]).toEqual([
      'frozen',
      '1',
      '1',
    ]);
    const styles = parsePart(parts, 'xl/styles.xml');
    const xfs = childElements(firstChild(styles, 'cellXfs')!, 'xf');
    const bodyStyle =
      xfs[
        Number(
          attr(
            descendants(sheet, 'c').find((c) => attr(c, 'r') === 'C3')!,
            's',
          ),
        )
      ]!;
    expect(attr(firstChild(bodyStyle, 'alignment')!, 'wrapText')).toBe('1');
    expect(descendants(sheet, 'col')).toHaveLength(4);
  });

  it('lists every quote in long format on the Quotes sheet', () => {
    const sheet = parsePart(parts, 'xl/worksheets/sheet2.xml');
    const rows = childElements(firstChild(sheet, 'sheetData')!, 'row');
    expect(rows).toHaveLength(1 + allQuotes(sampleMatrix()).length);
    const cells = sheetCells(sheet);
    const header = 'ABCDEFGHIJKL'.split('').map((letter) => cells.get(`${letter}1`));
    expect(header).toEqual([
      'Code path',
      'Column',
      'Display',
      'Text',
      'Citation',
      'Speaker',
      'Document',
      'Start',
      'End',
      'Lines',
      'Memo',
      'Note',
    ]);
    const curated = 'ABCDEFGHIJKL'.split('').map((letter) => cells.get(`${letter}3`));
    expect(curated).toEqual([
      'Principper / III Risiko',
      'JKM',
      'Vi skal turde fejle (om risiko, red.) […] også når et forsøg går galt og pressen ringer.',
      'Vi skal turde fejle, og det kræver, at politikerne bakker op, også når et forsøg går galt og pressen ringer.',
      '(JKM, l. 112–118)',
      'JKM',
      'JKM.docx',
      5120,
      5228,
      '112–118',
      'Kerneudsagn for risikoprincippet; sammenlign med JW.',
      'Forkortet; politikernes rolle er udeladt.',
    ]);
    expect(descendants(sheet, 'autoFilter')).toHaveLength(1);
  });

  it('lists the legend', () => {
    const cells = sheetCells(parsePart(parts, 'xl/worksheets/sheet3.xml'));
    expect(['A2', 'B2', 'C2', 'D2'].map((ref) => cells.get(ref))).toEqual([
      'JKM',
      'Jens Kristian Munk',
      'Kommunaldirektør',
      'Aalborg Kommune',
    ]);
    expect(cells.has('C5')).toBe(false);
  });

  it('writes counts as numbers and leaves out the Quotes sheet in count mode', () => {
    const counts = workbook('counts');
    expect(counts.names).toEqual(['Matrix', 'Legend']);
    const cells = sheetCells(parsePart(counts.parts, 'xl/worksheets/sheet1.xml'));
    expect(['B3', 'C3', 'D3'].map((ref) => cells.get(ref))).toEqual([1, 2, 0]);
  });

  it('cuts text Excel could not hold and names columns past Z', () => {
    const matrix = sampleMatrix();
    const quote = matrix.cells[0]!.quotes[0]!;
    matrix.cells[0]!.quotes = [{ ...quote, display: `${'æ'.repeat(MAX_CELL_CHARS - 2)}🙈🙈` }];
    const sheet = parsePart(
      unzipText(exportMatrix(matrix, 'xlsx'), 'long.xlsx'),
      'xl/worksheets/sheet1.xml',
    );
    const value = sheetCells(sheet).get('B2') as string;
    expect(value.length).toBeLessThanOrEqual(MAX_CELL_CHARS);
    expect(value.endsWith('… [truncated]')).toBe(true);
    expect([0, 25, 26, 701, 702].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA']);
  });

  it('stores an estimated height for rows with wrapped text, since Calc does not fit them', () => {
    expect(wrappedLineCount('kort', 10)).toBe(1);
    expect(wrappedLineCount('en to tre fire fem', 10)).toBe(2);
    expect(wrappedLineCount('a\n\nb', 10)).toBe(3);
    expect(wrappedLineCount('x'.repeat(25), 10)).toBe(3);
    const sheet = parsePart(parts, 'xl/worksheets/sheet1.xml');
    const heights = childElements(firstChild(sheet, 'sheetData')!, 'row').map((row) =>
      attr(row, 'ht'),
    );
    expect(heights[0]).toBeUndefined();
    expect(heights.slice(1).every((ht) => ht !== undefined && Number(ht) >= 30)).toBe(true);
    expect(descendants(sheet, 'row').some((row) => attr(row, 'customHeight') !== undefined)).toBe(
      false,
    );
  });
});
