/**
 * workbook.xml: the sheets in order, and the names Excel keeps per sheet: the filter
 * range of an auto-filtered sheet and the header row repeated on every printed page.
 */
import { XML_DECLARATION, xmlElement, xmlTextElement } from '../formats/xml-write';
import { lastCellRef, MAIN_NS, R_NS, type XlsxSheet } from './xlsx-worksheet';

/** "L5" → "$L$5". */
const absoluteRef = (ref: string): string => ref.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');

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
