/**
 * A minimal SpreadsheetML workbook writer: inline strings (no shared-strings table to
 * keep in sync, and never evaluated, so quote text cannot become a formula), numbers as
 * numbers, named cell styles (xlsx-styles.ts), merged cells, and the page setup a printed
 * table needs: orientation, fit to page width, a header row repeated on every page.
 */
import { XML_DECLARATION, xmlAttrs, xmlElement, xmlTextElement } from '../formats/xml-write';
import { writeZip } from '../formats/zip-write';
import {
  appPropertiesXml,
  contentTypesXml,
  corePropertiesXml,
  packageRelationshipsXml,
  REL_TYPE,
  relationshipsXml,
} from './opc-parts';
import { lineHeightOf, spreadsheetStylesXml, styleIndex, type XlsxStyleName } from './xlsx-styles';

export type XlsxScalar = string | number | null;

/** A run of rich text in a cell ("JKM" bold, then " – Jens Kristian Munk"). */
export interface XlsxRun {
  text: string;
  bold?: boolean;
}

export interface XlsxCell {
  value: XlsxScalar | readonly XlsxRun[];
  style: XlsxStyleName;
}

/** A bare value takes the row's style (header or body, see XlsxSheet.headerRow). */
export type XlsxValue = XlsxScalar | XlsxCell;

export interface XlsxPrintSetup {
  orientation: 'portrait' | 'landscape';
  /** Scale down so every column fits the page width; as many pages down as needed. */
  fitToWidth: boolean;
  /** Footer: text on the left (the title), page numbers on the right ("Side 1 af 3"). */
  footerLeft?: string;
  pageOfPages?: [page: string, of: string];
}

export interface XlsxSheet {
  /** At most 31 characters, none of []:*?/\ (Excel's rules). */
  name: string;
  /** Width of each column in characters. */
  columnWidths: readonly number[];
  rows: readonly (readonly XlsxValue[])[];
  /** 0-based index of the header row (default 0): repeated on every printed page. */
  headerRow?: number;
  /** Freeze the rows down to the header row (default), and optionally leading columns. */
  freeze?: boolean;
  frozenColumns?: number;
  autoFilter?: boolean;
  /** Merged ranges, e.g. "A1:E1"; the first cell holds the value. */
  merges?: readonly string[];
  print?: XlsxPrintSetup;
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** Excel refuses (and "repairs") cells longer than this. */
export const MAX_CELL_CHARS = 32767;
const TRUNCATED = '… [truncated]';
/** Excel's largest row height, in points. */
export const MAX_ROW_HEIGHT_PT = 409;
const DEFAULT_WIDTH = 8.43;

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

function fitCell(text: string): string {
  const normalised = text.replace(/\r\n?/g, '\n');
  if (normalised.length <= MAX_CELL_CHARS) return normalised;
  let cut = MAX_CELL_CHARS - TRUNCATED.length;
  if (/[\uD800-\uDBFF]/.test(normalised[cut - 1] ?? '')) cut--; // keep surrogate pairs whole
  return normalised.slice(0, cut) + TRUNCATED;
}

/** Lines a wrapped text takes in a column `width` characters wide, breaking at spaces. */
export function wrappedLineCount(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width));
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    lines++;
    for (const word of paragraph.split(' ')) {
      const length = [...word].length;
      if (used > 0 && used + 1 + length > perLine) {
        lines++;
        used = 0;
      }
      used += (used > 0 ? 1 : 0) + length;
      // A word longer than the column breaks mid-word.
      while (used > perLine) {
        lines++;
        used -= perLine;
      }
    }
  }
  return lines;
}

/**
 * Characters of running text per unit of column width. A width counts digits "0" and an
 * average letter is narrower (about 1.25 letters per unit in LibreOffice's print of a
 * matrix), but long words waste the end of lines; 1.1 clipped a quote with a long citation
 * there, so the estimate stays at one letter per unit: a row a little too high wastes some
 * space, one too low hides the end of a quote.
 */
const TEXT_CHARS_PER_WIDTH = 1;

/** Lines a wrapped text is expected to take in a column `width` wide, as rendered. */
export function estimatedLines(text: string, width: number): number {
  return wrappedLineCount(text, width * TEXT_CHARS_PER_WIDTH);
}

const isCell = (value: XlsxValue): value is XlsxCell =>
  value !== null && typeof value === 'object' && 'style' in value;

function plainText(value: XlsxCell['value']): string | null {
  if (value === null || typeof value === 'number') return null;
  return typeof value === 'string' ? value : value.map((r) => r.text).join('');
}

function stringXml(value: string | readonly XlsxRun[]): string {
  if (typeof value === 'string')
    return xmlTextElement('t', { 'xml:space': 'preserve' }, fitCell(value));
  // Every run names its font: LibreOffice does not take a run's font from the cell's style.
  return value
    .map((r) =>
      xmlElement('r', {}, [
        xmlElement('rPr', {}, [
          xmlElement('rFont', { val: 'Calibri' }),
          xmlElement('family', { val: 2 }),
          ...(r.bold ? [xmlElement('b')] : []),
          xmlElement('sz', { val: 11 }),
        ]),
        xmlTextElement('t', { 'xml:space': 'preserve' }, fitCell(r.text)),
      ]),
    )
    .join('');
}

function cellXml(cell: XlsxCell, ref: string): string {
  const s = styleIndex(cell.style);
  if (cell.value === null) return `<c r="${ref}" s="${s}"/>`;
  if (typeof cell.value === 'number') return `<c r="${ref}" s="${s}"><v>${cell.value}</v></c>`;
  return `<c r="${ref}" s="${s}" t="inlineStr"><is>${stringXml(cell.value)}</is></c>`;
}

/** "B3" → [row 2, column 1]. */
function parseRef(ref: string): [number, number] {
  const match = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!match) throw new Error(`bad cell reference "${ref}"`);
  const column = [...match[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return [Number(match[2]) - 1, column];
}

/** Width in characters each merged range's first cell wraps in. */
function mergedWidths(sheet: XlsxSheet): Map<string, number> {
  const widths = new Map<string, number>();
  for (const range of sheet.merges ?? []) {
    const [from, to] = range.split(':') as [string, string];
    const [row, first] = parseRef(from);
    const [, last] = parseRef(to);
    let width = 0;
    for (let c = first; c <= last; c++) width += sheet.columnWidths[c] ?? DEFAULT_WIDTH;
    widths.set(`${row}:${first}`, width);
  }
  return widths;
}

/**
 * Row height for wrapped text. Excel fits rows without a stored height by itself, but
 * LibreOffice Calc keeps them one line high and clips every quote, so an estimate is
 * written; without customHeight Excel still refits the row once it is edited.
 */
function rowHeight(
  cells: readonly XlsxCell[],
  rowIndex: number,
  sheet: XlsxSheet,
  merged: ReadonlyMap<string, number>,
): number | undefined {
  let height = 15;
  cells.forEach((cell, index) => {
    const text = plainText(cell.value);
    if (text === null) return;
    const width = merged.get(`${rowIndex}:${index}`) ?? sheet.columnWidths[index] ?? DEFAULT_WIDTH;
    const lines = estimatedLines(fitCell(text), width);
    height = Math.max(height, lines * lineHeightOf(cell.style));
  });
  return height > 15 ? Math.min(MAX_ROW_HEIGHT_PT, height) : undefined;
}

function lastCellRef(sheet: XlsxSheet): string {
  const width = Math.max(1, sheet.columnWidths.length, ...sheet.rows.map((row) => row.length));
  return `${columnLetters(width - 1)}${Math.max(1, sheet.rows.length)}`;
}

/** "L5" → "$L$5". */
const absoluteRef = (ref: string): string => ref.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');

function sheetView(sheet: XlsxSheet, first: boolean): string {
  const columns = sheet.frozenColumns ?? 0;
  const headerRow = sheet.headerRow ?? 0;
  const children =
    sheet.freeze === false
      ? []
      : [
          xmlElement('pane', {
            xSplit: columns > 0 ? columns : undefined,
            ySplit: headerRow + 1,
            topLeftCell: `${columnLetters(columns)}${headerRow + 2}`,
            activePane: columns > 0 ? 'bottomRight' : 'bottomLeft',
            state: 'frozen',
          }),
        ];
  return xmlElement('sheetViews', {}, [
    xmlElement('sheetView', { tabSelected: first ? 1 : undefined, workbookViewId: 0 }, children),
  ]);
}

/** Header/footer codes: "&" starts a code, so a literal one is doubled. */
const footerText = (text: string): string => text.replace(/&/g, '&&');

function printXml(print: XlsxPrintSetup): string[] {
  const footer = [
    print.footerLeft ? `&L${footerText(print.footerLeft)}` : '',
    print.pageOfPages
      ? `&R${footerText(print.pageOfPages[0])} &P ${footerText(print.pageOfPages[1])} &N`
      : '',
  ].join('');
  return [
    xmlElement('pageMargins', {
      left: 0.5,
      right: 0.5,
      top: 0.6,
      bottom: 0.6,
      header: 0.3,
      footer: 0.3,
    }),
    xmlElement('pageSetup', {
      paperSize: 9, // A4
      orientation: print.orientation,
      fitToWidth: print.fitToWidth ? 1 : undefined,
      fitToHeight: print.fitToWidth ? 0 : undefined,
    }),
    ...(footer ? [xmlElement('headerFooter', {}, [xmlTextElement('oddFooter', {}, footer)])] : []),
  ];
}

export function worksheetXml(sheet: XlsxSheet, first: boolean): string {
  const headerRow = sheet.headerRow ?? 0;
  const merged = mergedWidths(sheet);
  const cols = sheet.columnWidths.map((width, index) =>
    xmlElement('col', { min: index + 1, max: index + 1, width, customWidth: 1 }),
  );
  const rows = sheet.rows.map((row, rowIndex) => {
    const style: XlsxStyleName = rowIndex === headerRow ? 'header' : 'wrap';
    const cells = row.map((value) => (isCell(value) ? value : { value, style }));
    // A bare null is no cell at all; a styled empty cell keeps its borders and fill.
    const xml = cells.map((cell, c) =>
      row[c] === null ? '' : cellXml(cell, `${columnLetters(c)}${rowIndex + 1}`),
    );
    const ht = rowHeight(cells, rowIndex, sheet, merged);
    return `<row${xmlAttrs({ r: rowIndex + 1, ht })}>${xml.join('')}</row>`;
  });
  const children = [
    ...(sheet.print?.fitToWidth
      ? [xmlElement('sheetPr', {}, [xmlElement('pageSetUpPr', { fitToPage: 1 })])]
      : []),
    xmlElement('dimension', { ref: `A1:${lastCellRef(sheet)}` }),
    sheetView(sheet, first),
    xmlElement('sheetFormatPr', { defaultRowHeight: 15 }),
    ...(cols.length > 0 ? [xmlElement('cols', {}, cols)] : []),
    `<sheetData>${rows.join('\n')}</sheetData>`,
  ];
  if (sheet.autoFilter)
    children.push(xmlElement('autoFilter', { ref: `A${headerRow + 1}:${lastCellRef(sheet)}` }));
  if (sheet.merges && sheet.merges.length > 0)
    children.push(
      xmlElement(
        'mergeCells',
        { count: sheet.merges.length },
        sheet.merges.map((ref) => xmlElement('mergeCell', { ref })),
      ),
    );
  if (sheet.print) children.push(...printXml(sheet.print));
  return XML_DECLARATION + xmlElement('worksheet', { xmlns: MAIN_NS, 'xmlns:r': R_NS }, children);
}

const quotedSheet = (sheet: XlsxSheet): string => `'${sheet.name.replace(/'/g, "''")}'`;

export function workbookXml(sheets: readonly XlsxSheet[]): string {
  const names = sheets.flatMap((sheet, index) => {
    const headerRow = (sheet.headerRow ?? 0) + 1;
    const defined: string[] = [];
    if (sheet.autoFilter) {
      defined.push(
        xmlTextElement(
          'definedName',
          { name: '_xlnm._FilterDatabase', localSheetId: index, hidden: 1 },
          `${quotedSheet(sheet)}!$A$${headerRow}:${absoluteRef(lastCellRef(sheet))}`,
        ),
      );
    }
    if (sheet.print) {
      defined.push(
        xmlTextElement(
          'definedName',
          { name: '_xlnm.Print_Titles', localSheetId: index },
          `${quotedSheet(sheet)}!$${headerRow}:$${headerRow}`,
        ),
      );
    }
    return defined;
  });
  return (
    XML_DECLARATION +
    xmlElement('workbook', { xmlns: MAIN_NS, 'xmlns:r': R_NS }, [
      xmlElement('bookViews', {}, [xmlElement('workbookView', { activeTab: 0 })]),
      xmlElement(
        'sheets',
        {},
        sheets.map((sheet, index) =>
          xmlElement('sheet', { name: sheet.name, sheetId: index + 1, 'r:id': `rId${index + 1}` }),
        ),
      ),
      ...(names.length > 0 ? [xmlElement('definedNames', {}, names)] : []),
    ])
  );
}

const SHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

export function writeXlsx(
  title: string,
  sheets: readonly XlsxSheet[],
  language?: string,
): Uint8Array {
  const sheetPaths = sheets.map((_, index) => `worksheets/sheet${index + 1}.xml`);
  return writeZip([
    {
      path: '[Content_Types].xml',
      data: contentTypesXml([
        { partName: '/xl/workbook.xml', contentType: `${SHEET_TYPE}.sheet.main+xml` },
        { partName: '/xl/styles.xml', contentType: `${SHEET_TYPE}.styles+xml` },
        ...sheetPaths.map((path) => ({
          partName: `/xl/${path}`,
          contentType: `${SHEET_TYPE}.worksheet+xml`,
        })),
      ]),
    },
    { path: '_rels/.rels', data: packageRelationshipsXml('xl/workbook.xml') },
    { path: 'xl/workbook.xml', data: workbookXml(sheets) },
    {
      path: 'xl/_rels/workbook.xml.rels',
      data: relationshipsXml([
        ...sheetPaths.map((path, index) => ({
          id: `rId${index + 1}`,
          type: REL_TYPE.worksheet,
          target: path,
        })),
        { id: `rId${sheets.length + 1}`, type: REL_TYPE.styles, target: 'styles.xml' },
      ]),
    },
    { path: 'xl/styles.xml', data: spreadsheetStylesXml() },
    ...sheets.map((sheet, index) => ({
      path: `xl/${sheetPaths[index]!}`,
      data: worksheetXml(sheet, index === 0),
    })),
    { path: 'docProps/core.xml', data: corePropertiesXml(title, language) },
    { path: 'docProps/app.xml', data: appPropertiesXml() },
  ]);
}
