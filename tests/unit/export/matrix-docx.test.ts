import { describe, expect, it } from 'vitest';
import { exportMatrix } from '../../../src/main/backend/export/matrix-export';
import { matrixColumnWidths } from '../../../src/main/backend/export/matrix-docx';
import {
  attr,
  childElements,
  descendants,
  firstChild,
  type XmlElement,
} from '../../../src/main/backend/formats/xml-read';
import { allQuotes, sampleMatrix } from './sample-matrix';
import { parsePart, unzipText, wordText } from './test-support';

function documentOf(mode: 'quotes' | 'counts'): { body: XmlElement; parts: Map<string, string> } {
  const parts = unzipText(exportMatrix(sampleMatrix(mode), 'docx'), `${mode}.docx`);
  const document = parsePart(parts, 'word/document.xml');
  return { body: firstChild(document, 'body')!, parts };
}

const paragraphStyle = (p: XmlElement): string | undefined => {
  const pPr = firstChild(p, 'pPr');
  const style = pPr && firstChild(pPr, 'pStyle');
  return style && attr(style, 'val');
};

describe('matrix DOCX', () => {
  const { body, parts } = documentOf('quotes');
  const tbl = firstChild(body, 'tbl')!;
  const rows = childElements(tbl, 'tr');

  it('holds exactly the parts of a minimal WordprocessingML package', () => {
    expect([...parts.keys()]).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'word/document.xml',
      'word/styles.xml',
      'word/numbering.xml',
      'word/settings.xml',
      'word/_rels/document.xml.rels',
      'docProps/core.xml',
      'docProps/app.xml',
    ]);
    for (const name of parts.keys()) expect(() => parsePart(parts, name)).not.toThrow();
    expect(parts.get('docProps/core.xml')).not.toMatch(/dcterms:(created|modified)/);
  });

  it('is landscape A4 with 1.5 cm margins', () => {
    const sectPr = firstChild(body, 'sectPr')!;
    const pgSz = firstChild(sectPr, 'pgSz')!;
    expect([attr(pgSz, 'w'), attr(pgSz, 'h'), attr(pgSz, 'orient')]).toEqual([
      '16838',
      '11906',
      'landscape',
    ]);
    const pgMar = firstChild(sectPr, 'pgMar')!;
    expect(['top', 'right', 'bottom', 'left'].map((side) => attr(pgMar, side))).toEqual([
      '850',
      '850',
      '850',
      '850',
    ]);
  });

  it('puts the title and the legend before the table', () => {
    const blocks = childElements(body);
    const tableIndex = blocks.findIndex((block) => block.local === 'tbl');
    const before = blocks.slice(0, tableIndex);
    expect(paragraphStyle(before[0]!)).toBe('Heading1');
    const legend = before.filter((p) => paragraphStyle(p) === 'Legend');
    expect(legend.map(wordText)).toEqual([
      'Legend',
      'JKM – Jens Kristian Munk, Kommunaldirektør, Aalborg Kommune',
      'JW – Jane Wiis, Kommunaldirektør, Vejle Kommune',
      'PFL – Peter Frost Larsen, Kommunaldirektør, Odense Kommune',
      'I – Interviewer',
    ]);
    expect(descendants(firstChild(firstChild(legend[1]!, 'r')!, 'rPr')!, 'b')).toHaveLength(1);
    expect(blocks.filter((block) => block.local === 'tbl')).toHaveLength(1);
  });

  it('has a repeated header row and one row per code with one cell per column', () => {
    expect(rows).toHaveLength(1 + 4);
    for (const row of rows) expect(childElements(row, 'tc')).toHaveLength(1 + 3);
    const headerPr = firstChild(rows[0]!, 'trPr')!;
    expect(firstChild(headerPr, 'tblHeader')).toBeDefined();
    expect(rows.slice(1).every((row) => firstChild(row, 'trPr') === undefined)).toBe(true);
    expect(childElements(rows[0]!, 'tc').map(wordText)).toEqual(['Code', 'JKM', 'JW', 'PFL']);
  });

  it('sizes columns to the text width, the code column narrower', () => {
    const widths = descendants(firstChild(tbl, 'tblGrid')!, 'gridCol').map((col) =>
      Number(attr(col, 'w')),
    );
    expect(widths.reduce((sum, width) => sum + width, 0)).toBe(16838 - 2 * 850);
    expect(widths[0]).toBeLessThan(widths[1]!);
    for (const count of [1, 2, 7, 15]) {
      const computed = matrixColumnWidths(count, 15138);
      expect(computed).toHaveLength(count + 1);
      expect(computed.reduce((sum, width) => sum + width, 0)).toBe(15138);
      expect(computed[0]).toBeLessThanOrEqual(Math.min(...computed.slice(1)));
    }
  });

  it('indents codes by depth', () => {
    const indents = rows.slice(1).map((row) => {
      const ind = descendants(childElements(row, 'tc')[0]!, 'ind')[0];
      return ind ? attr(ind, 'left') : undefined;
    });
    expect(indents).toEqual([undefined, '227', '227', undefined]);
  });

  it('writes each quote as a bulleted paragraph: display text, then the citation', () => {
    const bullets = descendants(tbl, 'p').filter((p) => descendants(p, 'numPr').length > 0);
    expect(bullets).toHaveLength(allQuotes(sampleMatrix()).length);
    expect(bullets.every((p) => paragraphStyle(p) === 'Quote')).toBe(true);
    expect(bullets.map((p) => wordText(p).replace(/\u00A0/g, ' '))).toContain(
      '“Vi skal turde fejle (om risiko, red.) […] også når et forsøg går galt og pressen ringer.” (JKM, l. 112–118)',
    );
    const multiline = bullets.find((p) => wordText(p).startsWith('“Budgettet'))!;
    expect(descendants(multiline, 'br')).toHaveLength(1);
    expect(wordText(multiline)).toContain('"stramt" | men <b>vi</b>');
    const citation = childElements(bullets[0]!, 'r')[1]!;
    expect(attr(firstChild(firstChild(citation, 'rPr')!, 'rStyle')!, 'val')).toBe('Citation');
    // Spaces inside the citation do not break: it wraps as a whole.
    expect(wordText(citation)).toBe(' (JKM,\u00A0l.\u00A012)');
  });

  it('follows a quote with its other codes in small print, and its memo and note with memos on', () => {
    const cell = childElements(rows[2]!, 'tc')[1]!;
    const small = (c: XmlElement) =>
      childElements(c, 'p').filter((p) => paragraphStyle(p) === 'Small');
    expect(small(cell).map(wordText)).toEqual(['Also coded: Principper / V Ledelse']);
    const parts = unzipText(
      exportMatrix(sampleMatrix('quotes', { memos: true, language: 'da' }), 'docx'),
      'memos.docx',
    );
    const tbl = firstChild(firstChild(parsePart(parts, 'word/document.xml'), 'body')!, 'tbl')!;
    const withMemos = small(childElements(childElements(tbl, 'tr')[2]!, 'tc')[1]!);
    expect(withMemos.map(wordText)).toEqual([
      'Memo: Kerneudsagn for risikoprincippet; sammenlign med JW.',
      'Note: Forkortet; politikernes rolle er udeladt.',
      'Også kodet: Principper / V Ledelse',
    ]);
    expect(descendants(withMemos[0]!, 'i')).toHaveLength(1);
    expect(descendants(withMemos[2]!, 'i')).toHaveLength(0);
  });

  it('marks empty cells with "–" and sets the proofing language', () => {
    const empty = childElements(rows[1]!, 'tc').slice(2);
    expect(empty.map(wordText)).toEqual(['–', '–']);
    expect(parts.get('word/styles.xml')).toContain('<w:lang w:val="en-GB"/>');
    const da = unzipText(exportMatrix(sampleMatrix('quotes', { language: 'da' }), 'docx'), 'da');
    expect(da.get('word/styles.xml')).toContain('<w:lang w:val="da-DK"/>');
    expect(da.get('docProps/core.xml')).toContain('<dc:language>da-DK</dc:language>');
  });

  it('defines every style and the bullet list it uses', () => {
    const styles = parsePart(parts, 'word/styles.xml');
    const ids = descendants(styles, 'style').map((style) => attr(style, 'styleId'));
    const used = new Set(
      [...descendants(body, 'pStyle'), ...descendants(body, 'rStyle')].map((style) =>
        attr(style, 'val'),
      ),
    );
    for (const id of used) expect(ids).toContain(id);
    const numbering = parsePart(parts, 'word/numbering.xml');
    const num = descendants(numbering, 'num')[0]!;
    expect(attr(num, 'numId')).toBe('1');
    expect(attr(descendants(numbering, 'numFmt')[0]!, 'val')).toBe('bullet');
  });

  it('centres counts, shades empty cells and adds row and column totals in count mode', () => {
    const table = firstChild(documentOf('counts').body, 'tbl')!;
    const all = childElements(table, 'tr');
    expect(childElements(all[0]!, 'tc').map(wordText)).toEqual([
      'Code',
      'JKM',
      'JW',
      'PFL',
      'Total',
    ]);
    const body = all.slice(1, -1).map((row) => childElements(row, 'tc').slice(1).map(wordText));
    expect(body).toEqual([
      ['1', '–', '–', '1'],
      ['1', '2', '–', '3'],
      ['1', '–', '1', '2'],
      ['–', '–', '1', '1'],
    ]);
    expect(childElements(all.at(-1)!, 'tc').map(wordText)).toEqual(['Total', '3', '2', '2', '7']);
    const cells = all.slice(1, -1).flatMap((row) => childElements(row, 'tc').slice(1, -1));
    const shaded = cells.filter((tc) =>
      descendants(tc, 'shd').some((shd) => attr(shd, 'fill') === 'F8D7DA'),
    );
    expect(shaded.map(wordText)).toEqual(['–', '–', '–', '–', '–', '–']);
    expect(cells.every((tc) => attr(descendants(tc, 'jc')[0]!, 'val') === 'center')).toBe(true);
    expect(descendants(table, 'numPr')).toHaveLength(0);
    const widths = descendants(firstChild(table, 'tblGrid')!, 'gridCol').map((col) =>
      Number(attr(col, 'w')),
    );
    expect(widths).toHaveLength(5);
    expect(widths.reduce((sum, width) => sum + width, 0)).toBe(16838 - 2 * 850);
  });
});
