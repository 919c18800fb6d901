/**
 * Reads the cell text of the first worksheet of an .xlsx workbook (Office Open XML
 * SpreadsheetML): workbook.xml names the sheets in tab order, its relationships point at
 * the sheet part, and text cells refer to sharedStrings.xml or carry an inline string.
 * Formatting, formulas and dates are not interpreted; a cell yields what Excel stored.
 */
import { inputError } from '../../errors';
import {
  attr,
  childElements,
  descendants,
  firstChild,
  parseXml,
  textContent,
  type XmlElement,
} from '../../formats/xml-read';
import { openZip, type ZipArchive } from '../../formats/zip-read';
import type { TableRow } from './table-row';

/** Columns beyond this are ignored: a codebook needs a handful, and a stray cell in
 * column XFD would otherwise make every row 16,384 cells wide. */
const MAX_COLUMNS = 256;

function readPart(zip: ZipArchive, path: string, required: boolean): XmlElement | null {
  const entry = zip.find(path);
  if (!entry) {
    if (!required) return null;
    throw inputError(
      'xlsx.missing-part',
      `${zip.source}: not a valid Excel workbook (missing ${path})`,
    );
  }
  return parseXml(zip.readText(entry), `${zip.source}: ${path}`, { keepWhitespace: true });
}

/** Relationship id → part path, resolved against the folder of the part owning them. */
function readRelationships(
  zip: ZipArchive,
  partPath: string,
): Map<string, { target: string; type: string }> {
  const slash = partPath.lastIndexOf('/');
  const folder = partPath.slice(0, slash + 1);
  const relsPath = `${folder}_rels/${partPath.slice(slash + 1)}.rels`;
  const out = new Map<string, { target: string; type: string }>();
  const rels = readPart(zip, relsPath, false);
  if (!rels) return out;
  for (const rel of descendants(rels, 'Relationship')) {
    const id = attr(rel, 'Id');
    const target = attr(rel, 'Target');
    if (id === undefined || target === undefined) continue;
    const resolved = target.startsWith('/') ? target.slice(1) : normalisePath(folder + target);
    out.set(id, { target: resolved, type: attr(rel, 'Type') ?? '' });
  }
  return out;
}

function normalisePath(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

/** Text of a string item (<si> or <is>): plain <t>, or rich-text runs; phonetic hints skipped. */
function stringItemText(item: XmlElement): string {
  let out = '';
  for (const child of childElements(item)) {
    if (child.local === 't') out += textContent(child);
    else if (child.local === 'r') out += childElements(child, 't').map(textContent).join('');
  }
  return out;
}

function columnIndex(cellRef: string | undefined): number | null {
  const letters = cellRef === undefined ? null : /^([A-Za-z]{1,3})\d*$/.exec(cellRef);
  if (!letters) return null;
  let index = 0;
  for (const ch of letters[1]!.toUpperCase()) index = index * 26 + (ch.charCodeAt(0) - 64);
  return index - 1;
}

function cellText(cell: XmlElement, sharedStrings: readonly string[]): string {
  const type = attr(cell, 't') ?? 'n';
  if (type === 'inlineStr') {
    const inline = firstChild(cell, 'is');
    return inline ? stringItemText(inline) : '';
  }
  const valueElement = firstChild(cell, 'v');
  const value = valueElement ? textContent(valueElement) : '';
  if (type === 's') return sharedStrings[Number(value)] ?? '';
  if (type === 'b') return value === '1' ? 'TRUE' : 'FALSE';
  return value;
}

/** The non-empty rows of the first sheet, in order. */
export function readFirstSheetRows(bytes: Uint8Array, fileName: string): TableRow[] {
  const zip = openZip(bytes, fileName);
  const rootRels = readRelationships(zip, '');
  const officeDocument = [...rootRels.values()].find((rel) => rel.type.endsWith('/officeDocument'));
  const workbookPath = officeDocument?.target ?? 'xl/workbook.xml';
  const workbook = readPart(zip, workbookPath, true)!;
  const firstSheet = descendants(workbook, 'sheet')[0];
  if (!firstSheet) throw inputError('xlsx.no-sheet', `${fileName}: the workbook has no worksheets`);

  const workbookRels = readRelationships(zip, workbookPath);
  const sheetPath =
    workbookRels.get(attr(firstSheet, 'id') ?? '')?.target ?? 'xl/worksheets/sheet1.xml';
  const sharedPath =
    [...workbookRels.values()].find((rel) => rel.type.endsWith('/sharedStrings'))?.target ??
    'xl/sharedStrings.xml';
  const shared = readPart(zip, sharedPath, false);
  const sharedStrings = shared ? childElements(shared, 'si').map(stringItemText) : [];

  const sheet = readPart(zip, sheetPath, true)!;
  const sheetData = firstChild(sheet, 'sheetData');
  const rows: TableRow[] = [];
  for (const rowElement of sheetData ? childElements(sheetData, 'row') : []) {
    const declared = Number(attr(rowElement, 'r'));
    const previous = rows.at(-1)?.number ?? 0;
    const number = Number.isInteger(declared) && declared > previous ? declared : previous + 1;
    const cells: string[] = [];
    for (const cell of childElements(rowElement, 'c')) {
      const column = columnIndex(attr(cell, 'r')) ?? cells.length;
      if (column >= MAX_COLUMNS) continue;
      while (cells.length < column) cells.push('');
      cells[column] = cellText(cell, sharedStrings);
    }
    rows.push({ number, cells });
  }
  return rows;
}
