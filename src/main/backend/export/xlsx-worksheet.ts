/**
 * One worksheet's XML: columns, rows of cells (xlsx-cells.ts) with estimated heights
 * (xlsx-row-height.ts), frozen header rows, filters, merged cells, and the page setup a
 * printed table needs: orientation, fit to page width, a footer with page numbers.
 */
import { XML_DECLARATION, xmlAttrs, xmlElement, xmlTextElement } from '../formats/xml-write';
import { cellXml, columnLetters, isCell, type XlsxValue } from './xlsx-cells';
import { mergedWidths, rowHeight } from './xlsx-row-height';
import type { XlsxStyleName } from './xlsx-styles';

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

export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The sheet's bottom-right cell, e.g. "L5". */
export function lastCellRef(sheet: XlsxSheet): string {
  const width = Math.max(1, sheet.columnWidths.length, ...sheet.rows.map((row) => row.length));
  return `${columnLetters(width - 1)}${Math.max(1, sheet.rows.length)}`;
}

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
  const merged = mergedWidths(sheet.merges ?? [], sheet.columnWidths);
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
    const ht = rowHeight(cells, rowIndex, sheet.columnWidths, merged);
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
