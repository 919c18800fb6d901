/**
 * A minimal SpreadsheetML workbook writer: inline strings (no shared-strings table to
 * keep in sync), numbers as numbers, a wrapped body style and a bold header row. Inline
 * strings are never evaluated, so quote text cannot become a formula here.
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

export type XlsxValue = string | number | null;

export interface XlsxSheet {
  /** At most 31 characters, none of []:*?/\ (Excel's rules). */
  name: string;
  /** Width of each column in characters. */
  columnWidths: readonly number[];
  /** The first row is the header. */
  rows: readonly (readonly XlsxValue[])[];
  /** Frozen header row, and optionally frozen leading columns. */
  frozenColumns?: number;
  autoFilter?: boolean;
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const STYLE_BODY = 1;
const STYLE_HEADER = 2;
/** Excel refuses (and "repairs") cells longer than this. */
export const MAX_CELL_CHARS = 32767;
const TRUNCATED = '… [truncated]';

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

/** Points per line of 11 pt Calibri, and Excel's largest row height. */
const LINE_HEIGHT_PT = 15;
const MAX_ROW_HEIGHT_PT = 409;

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
 * Row height for wrapped text. Excel fits rows without a stored height by itself, but
 * LibreOffice Calc keeps them one line high and clips every quote, so an estimate is
 * written; without customHeight Excel still refits the row once it is edited.
 */
function rowHeight(row: readonly XlsxValue[], widths: readonly number[]): number | undefined {
  let lines = 1;
  row.forEach((value, index) => {
    if (typeof value === 'string')
      lines = Math.max(lines, wrappedLineCount(fitCell(value), widths[index] ?? 8.43));
  });
  return lines > 1 ? Math.min(MAX_ROW_HEIGHT_PT, lines * LINE_HEIGHT_PT) : undefined;
}

function cellXml(value: XlsxValue, ref: string, style: number): string {
  if (value === null) return '';
  if (typeof value === 'number') return `<c r="${ref}" s="${style}"><v>${value}</v></c>`;
  const text = xmlTextElement('t', { 'xml:space': 'preserve' }, fitCell(value));
  return `<c r="${ref}" s="${style}" t="inlineStr"><is>${text}</is></c>`;
}

function lastCellRef(sheet: XlsxSheet): string {
  const width = Math.max(1, ...sheet.rows.map((row) => row.length));
  return `${columnLetters(width - 1)}${Math.max(1, sheet.rows.length)}`;
}

/** "L5" → "$L$5". */
const absoluteRef = (ref: string): string => ref.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');

function sheetView(sheet: XlsxSheet, first: boolean): string {
  const columns = sheet.frozenColumns ?? 0;
  const pane = xmlElement('pane', {
    xSplit: columns > 0 ? columns : undefined,
    ySplit: 1,
    topLeftCell: `${columnLetters(columns)}2`,
    activePane: columns > 0 ? 'bottomRight' : 'bottomLeft',
    state: 'frozen',
  });
  return xmlElement('sheetViews', {}, [
    xmlElement('sheetView', { tabSelected: first ? 1 : undefined, workbookViewId: 0 }, [pane]),
  ]);
}

export function worksheetXml(sheet: XlsxSheet, first: boolean): string {
  const cols = sheet.columnWidths.map((width, index) =>
    xmlElement('col', { min: index + 1, max: index + 1, width, customWidth: 1 }),
  );
  const rows = sheet.rows.map((row, rowIndex) => {
    const style = rowIndex === 0 ? STYLE_HEADER : STYLE_BODY;
    const cells = row.map((value, columnIndex) =>
      cellXml(value, `${columnLetters(columnIndex)}${rowIndex + 1}`, style),
    );
    const ht = rowHeight(row, sheet.columnWidths);
    return `<row${xmlAttrs({ r: rowIndex + 1, ht })}>${cells.join('')}</row>`;
  });
  const children = [
    xmlElement('dimension', { ref: `A1:${lastCellRef(sheet)}` }),
    sheetView(sheet, first),
    xmlElement('sheetFormatPr', { defaultRowHeight: 15 }),
    ...(cols.length > 0 ? [xmlElement('cols', {}, cols)] : []),
    `<sheetData>${rows.join('\n')}</sheetData>`,
  ];
  if (sheet.autoFilter)
    children.push(xmlElement('autoFilter', { ref: `A1:${lastCellRef(sheet)}` }));
  return XML_DECLARATION + xmlElement('worksheet', { xmlns: MAIN_NS, 'xmlns:r': R_NS }, children);
}

export function workbookXml(sheets: readonly XlsxSheet[]): string {
  const filters = sheets.flatMap((sheet, index) =>
    sheet.autoFilter
      ? [
          xmlTextElement(
            'definedName',
            { name: '_xlnm._FilterDatabase', localSheetId: index, hidden: 1 },
            `'${sheet.name.replace(/'/g, "''")}'!$A$1:${absoluteRef(lastCellRef(sheet))}`,
          ),
        ]
      : [],
  );
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
      ...(filters.length > 0 ? [xmlElement('definedNames', {}, filters)] : []),
    ])
  );
}

export function spreadsheetStylesXml(): string {
  const font = (bold: boolean): string =>
    xmlElement('font', {}, [
      ...(bold ? [xmlElement('b')] : []),
      xmlElement('sz', { val: 11 }),
      xmlElement('name', { val: 'Calibri' }),
      xmlElement('family', { val: 2 }),
    ]);
  const fill = (pattern: string, rgb?: string): string =>
    xmlElement('fill', {}, [
      xmlElement(
        'patternFill',
        { patternType: pattern },
        rgb ? [xmlElement('fgColor', { rgb }), xmlElement('bgColor', { indexed: 64 })] : [],
      ),
    ]);
  const wrapTop = xmlElement('alignment', { vertical: 'top', wrapText: 1 });
  const xf = (fontId: number, fillId: number): string =>
    xmlElement(
      'xf',
      {
        numFmtId: 0,
        fontId,
        fillId,
        borderId: 0,
        xfId: 0,
        applyFont: 1,
        applyFill: 1,
        applyAlignment: 1,
      },
      [wrapTop],
    );
  return (
    XML_DECLARATION +
    xmlElement('styleSheet', { xmlns: MAIN_NS }, [
      xmlElement('fonts', { count: 2 }, [font(false), font(true)]),
      xmlElement('fills', { count: 3 }, [fill('none'), fill('gray125'), fill('solid', 'FFD9D9D9')]),
      xmlElement('borders', { count: 1 }, [
        xmlElement(
          'border',
          {},
          ['left', 'right', 'top', 'bottom', 'diagonal'].map((side) => xmlElement(side)),
        ),
      ]),
      xmlElement('cellStyleXfs', { count: 1 }, [
        xmlElement('xf', { numFmtId: 0, fontId: 0, fillId: 0, borderId: 0 }),
      ]),
      xmlElement('cellXfs', { count: 3 }, [
        xmlElement('xf', { numFmtId: 0, fontId: 0, fillId: 0, borderId: 0, xfId: 0 }),
        xf(0, 0),
        xf(1, 2),
      ]),
      xmlElement('cellStyles', { count: 1 }, [
        xmlElement('cellStyle', { name: 'Normal', xfId: 0, builtinId: 0 }),
      ]),
    ])
  );
}

const SHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

export function writeXlsx(title: string, sheets: readonly XlsxSheet[]): Uint8Array {
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
    { path: 'docProps/core.xml', data: corePropertiesXml(title) },
    { path: 'docProps/app.xml', data: appPropertiesXml() },
  ]);
}
