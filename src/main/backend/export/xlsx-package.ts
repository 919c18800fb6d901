/**
 * A minimal SpreadsheetML workbook writer: the package of workbook (xlsx-workbook.ts),
 * sheets (xlsx-worksheet.ts, cells in xlsx-cells.ts), named cell styles (xlsx-styles.ts)
 * and document properties. The types and helpers its callers use are exported from here.
 */
import { writeZip } from '../formats/zip-write';
import {
  appPropertiesXml,
  contentTypesXml,
  corePropertiesXml,
  packageRelationshipsXml,
  REL_TYPE,
  relationshipsXml,
} from './opc-parts';
import { spreadsheetStylesXml } from './xlsx-styles';
import { workbookXml } from './xlsx-workbook';
import { worksheetXml, type XlsxSheet } from './xlsx-worksheet';

export {
  columnLetters,
  MAX_CELL_CHARS,
  type XlsxCell,
  type XlsxRun,
  type XlsxScalar,
  type XlsxValue,
} from './xlsx-cells';
export { estimatedLines, MAX_ROW_HEIGHT_PT, wrappedLineCount } from './xlsx-row-height';
export { workbookXml } from './xlsx-workbook';
export { worksheetXml, type XlsxPrintSetup, type XlsxSheet } from './xlsx-worksheet';

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
