import { escapeXmlAttr, escapeXmlText } from '../../../../src/main/backend/formats/xml-write';
import { writeZip } from '../../../../src/main/backend/formats/zip-write';

/** A cell: a shared string (default), an inline string, a number or raw <c> XML. */
export type TestCell = string | { inline: string } | { number: number } | { raw: string } | null;

const SHEET_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

function sheetXml(rows: readonly (readonly TestCell[])[], shared: string[]): string {
  const rowXml = rows
    .map((cells, r) => {
      const cellXml = cells
        .map((cell, c) => {
          const ref = `${columnName(c)}${r + 1}`;
          if (cell === null) return '';
          if (typeof cell === 'string') {
            let index = shared.indexOf(cell);
            if (index < 0) index = shared.push(cell) - 1;
            return `<c r="${ref}" t="s"><v>${index}</v></c>`;
          }
          if ('inline' in cell)
            return `<c r="${ref}" t="inlineStr"><is><t>${escapeXmlText(cell.inline)}</t></is></c>`;
          if ('number' in cell) return `<c r="${ref}"><v>${cell.number}</v></c>`;
          return cell.raw;
        })
        .join('');
      return `<row r="${r + 1}">${cellXml}</row>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${SHEET_NS}"><sheetData>${rowXml}</sheetData></worksheet>`;
}

/**
 * A minimal .xlsx as Excel structures it. The first sheet in tab order is stored as
 * sheet2.xml and the second as sheet1.xml, so a reader that guesses paths reads the wrong one.
 */
export function makeXlsx(
  firstSheet: readonly (readonly TestCell[])[],
  secondSheet: readonly (readonly TestCell[])[] = [['path'], ['Wrong sheet']],
): Uint8Array {
  const shared: string[] = [];
  const first = sheetXml(firstSheet, shared);
  const second = sheetXml(secondSheet, shared);
  const sst =
    `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${SHEET_NS}" count="${shared.length}">` +
    shared.map((s) => `<si><t xml:space="preserve">${escapeXmlText(s)}</t></si>`).join('') +
    '</sst>';
  return writeZip([
    {
      path: '[Content_Types].xml',
      data:
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/></Types>',
    },
    {
      path: '_rels/.rels',
      data:
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      path: 'xl/workbook.xml',
      data:
        `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${SHEET_NS}" xmlns:r="${REL_NS}"><sheets>` +
        `<sheet name="${escapeXmlAttr('Kodebog')}" sheetId="1" r:id="rId7"/><sheet name="Other" sheetId="2" r:id="rId8"/>` +
        '</sheets></workbook>',
    },
    {
      path: 'xl/_rels/workbook.xml.rels',
      data:
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        `<Relationship Id="rId8" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/>` +
        `<Relationship Id="rId7" Type="${REL_NS}/worksheet" Target="/xl/worksheets/sheet2.xml"/>` +
        `<Relationship Id="rId9" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    },
    { path: 'xl/worksheets/sheet2.xml', data: first },
    { path: 'xl/worksheets/sheet1.xml', data: second },
    { path: 'xl/sharedStrings.xml', data: sst },
  ]);
}
