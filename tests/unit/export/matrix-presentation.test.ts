/**
 * The formats agree: labels in the chosen language, the same quote marks by default, memos
 * only when asked for, the same row labels, totals in every count table and "–" in every
 * empty cell. Each format is read back as the text a reader sees.
 */
import { describe, expect, it } from 'vitest';
import type { MatrixOptions } from '@shared/matrix/options';
import { exportMatrix, MATRIX_FORMATS } from '../../../src/main/backend/export/matrix-export';
import { descendants, parseXml, textContent } from '../../../src/main/backend/formats/xml-read';
import { sampleMatrix } from './sample-matrix';
import { parsePart, unzipText, wordText } from './test-support';

type Format = (typeof MATRIX_FORMATS)[number];
const PRINTED: Format[] = ['csv', 'md', 'html', 'docx', 'xlsx', 'tex'];

const decode = (bytes: Uint8Array): string =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

/** LaTeX source back to the text it prints (enough for the sample's characters). */
function texText(tex: string): string {
  return tex
    .split('\n')
    .filter((line) => !line.startsWith('%') && !line.startsWith('\\providecommand'))
    .join('\n')
    .replace(/\\textquotedbl\{\}/g, '"')
    .replace(/\\textless\{\}/g, '<')
    .replace(/\\textgreater\{\}/g, '>')
    .replace(/\\textbar\{\}/g, '|')
    .replace(/\\newline\{\}/g, '\n')
    .replace(/\\citatempty/g, '–')
    .replace(/\{\[\}/g, '[')
    .replace(/\{\]\}/g, ']')
    .replace(/\\([%&$#_])/g, '$1')
    .replace(/~/g, ' ');
}

/** What a reader of the file sees, as one text. */
function visibleText(format: Format, bytes: Uint8Array): string {
  switch (format) {
    case 'docx':
      return descendants(parsePart(unzipText(bytes, 'm.docx'), 'word/document.xml'), 'p')
        .map(wordText)
        .join('\n')
        .replace(/\u00A0/g, ' ');
    case 'xlsx': {
      const parts = unzipText(bytes, 'm.xlsx');
      return descendants(parsePart(parts, 'xl/worksheets/sheet1.xml'), 'c')
        .map((c) => textContent(c))
        .join('\n');
    }
    case 'html':
      return textContent(parseXml(decode(bytes).replace(/^<!DOCTYPE html>\n/, ''), 'm.html'));
    case 'tex':
      return texText(decode(bytes));
    default:
      return decode(bytes).replace(/\\/g, '');
  }
}

const render = (
  format: Format,
  options: Partial<MatrixOptions>,
  mode: 'quotes' | 'counts' = 'quotes',
) => visibleText(format, exportMatrix(sampleMatrix(mode, options), format));

describe('--lang: every label in the chosen language', () => {
  // A CSV file is the table alone: no title, caption or legend.
  const withHeading = (format: Format) => format !== 'csv';

  it.each(PRINTED)('%s in Danish has no English label left', (format) => {
    const text = render(format, { language: 'da', memos: true });
    for (const word of ['Kode', 'Memo:', 'Note:', 'Også kodet:'])
      expect(text, word).toContain(word);
    if (withHeading(format)) expect(text).toContain('Signaturforklaring');
    for (const word of ['Code', 'Legend', 'Also coded']) expect(text, word).not.toContain(word);
    const counts = render(format, { language: 'da' }, 'counts');
    expect(counts).toContain('I alt');
    if (withHeading(format)) expect(counts).toContain('Antal kodede citater i hver celle');
    expect(counts).not.toMatch(/\bTotal\b/);
  });

  it.each(PRINTED)('%s in English', (format) => {
    const text = render(format, { language: 'en', memos: true });
    for (const word of ['Code', 'Memo:', 'Note:', 'Also coded:'])
      expect(text, word).toContain(word);
    if (withHeading(format)) expect(text).toContain('Legend');
    expect(text).not.toContain('Kode');
    expect(render(format, { language: 'en' }, 'counts')).toContain('Total');
  });

  it('names the XLSX sheets in the chosen language', () => {
    const sheets = (options: Partial<MatrixOptions>, mode: 'quotes' | 'counts' = 'quotes') =>
      descendants(
        parsePart(
          unzipText(exportMatrix(sampleMatrix(mode, options), 'xlsx'), 'm.xlsx'),
          'xl/workbook.xml',
        ),
        'sheet',
      ).map((sheet) => sheet.attrs.name);
    expect(sheets({ language: 'da' })).toEqual(['Tabel', 'Citater']);
    expect(sheets({ language: 'en' })).toEqual(['Table', 'Quotes']);
    expect(sheets({ language: 'da' }, 'counts')).toEqual(['Tabel']);
  });
});

describe('--quote-marks: the same default in every format', () => {
  const QUOTE = 'Ledelse er at gå foran og give medarbejderne råderum.';

  it.each(PRINTED)('%s: »…« in Danish, “…” in English, none on request', (format) => {
    expect(render(format, { language: 'da' })).toContain(`»${QUOTE}«`);
    expect(render(format, { language: 'en' })).toContain(`“${QUOTE}”`);
    expect(render(format, { language: 'da', quoteMarks: 'curly' })).toContain(`“${QUOTE}”`);
    const none = render(format, { language: 'da', quoteMarks: 'none' });
    expect(none).toContain(QUOTE);
    expect(none).not.toMatch(/[»«“”]/);
  });

  it('JSON is data: its quotes carry no marks', () => {
    const json = decode(exportMatrix(sampleMatrix('quotes', { language: 'da' }), 'json'));
    expect(json).toContain(`"display": "${QUOTE}"`);
    expect(json).not.toMatch(/[»«]/);
  });
});

describe('--memos: notes to self only when asked for', () => {
  const MEMO = 'Kerneudsagn for risikoprincippet';
  const NOTE = 'Forkortet; politikernes rolle er udeladt.';

  it.each([...MATRIX_FORMATS])('%s leaves memos and notes out by default', (format) => {
    const text = visibleText(format, exportMatrix(sampleMatrix(), format));
    expect(text).not.toContain(MEMO);
    expect(text).not.toContain(NOTE);
  });

  it.each([...MATRIX_FORMATS])('%s prints them with memos on', (format) => {
    const text = visibleText(format, exportMatrix(sampleMatrix('quotes', { memos: true }), format));
    expect(text).toContain(MEMO);
    expect(text).toContain(NOTE);
  });
});

describe('row labels: the same in every format', () => {
  const ALL: Format[] = [...PRINTED, 'json'];

  it.each(ALL)('%s prints the code names, indented by default', (format) => {
    const text = render(format, {});
    expect(text).toContain('III Risiko');
    expect(text).not.toContain('Principper / III Risiko');
  });

  it.each(ALL)('%s numbers them by level', (format) => {
    const text = render(format, { rowLabels: 'numbered' });
    for (const label of ['1 Principper', '1.1 III Risiko', '1.2 V Ledelse', '2 Økonomi'])
      expect(text, label).toContain(label);
  });

  it.each(ALL)('%s prints full paths with --row-labels path', (format) => {
    const text = render(format, { rowLabels: 'path' });
    expect(text).toContain('Principper / III Risiko');
    expect(text).toContain('Temaer / Økonomi');
  });
});

describe('count tables: totals and empty cells alike', () => {
  it.each(PRINTED)('%s has the row, column and grand totals', (format) => {
    const text = visibleText(format, exportMatrix(sampleMatrix('counts'), format));
    expect(text).toContain('Total');
    // Row totals 1, 3, 2, 1; column totals 3, 2, 2; grand total 7.
    expect(text).toMatch(/7/);
    expect(text.match(/–/g)?.length ?? 0).toBeGreaterThanOrEqual(format === 'xlsx' ? 0 : 6);
  });

  it.each(PRINTED)('%s marks empty quote cells with "–"', (format) => {
    const text = render(format, {});
    expect(text.match(/–/g)!.length).toBeGreaterThanOrEqual(6);
  });

  it('XLSX keeps counts as numbers and prints 0 as "–"', () => {
    const parts = unzipText(exportMatrix(sampleMatrix('counts'), 'xlsx'), 'c.xlsx');
    expect(parts.get('xl/styles.xml')).toContain('formatCode="0;-0;&quot;–&quot;"');
    const sheet = parsePart(parts, 'xl/worksheets/sheet1.xml');
    const numbers = descendants(sheet, 'c').filter(
      (c) => c.attrs.t === undefined && descendants(c, 'v').length > 0,
    );
    expect(numbers.map((c) => Number(textContent(c)))).toEqual([
      1, 0, 0, 1, 1, 2, 0, 3, 1, 0, 1, 2, 0, 0, 1, 1, 3, 2, 2, 7,
    ]);
  });
});
