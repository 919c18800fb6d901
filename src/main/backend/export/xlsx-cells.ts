/**
 * Cells of the workbooks Citat writes: values (text as inline strings, which Excel never
 * evaluates, so quote text cannot become a formula; numbers as numbers; rich text runs),
 * their XML, and cell references ("B3").
 */
import { xmlElement, xmlTextElement } from '../formats/xml-write';
import { styleIndex, type XlsxStyleName } from './xlsx-styles';

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

/** The text a cell holds: line ends as LF, cut to Excel's limit. */
export function fitCell(text: string): string {
  const normalised = text.replace(/\r\n?/g, '\n');
  if (normalised.length <= MAX_CELL_CHARS) return normalised;
  let cut = MAX_CELL_CHARS - TRUNCATED.length;
  if (/[\uD800-\uDBFF]/.test(normalised[cut - 1] ?? '')) cut--; // keep surrogate pairs whole
  return normalised.slice(0, cut) + TRUNCATED;
}

/** "B3" → [row 2, column 1]. */
export function parseRef(ref: string): [number, number] {
  const match = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!match) throw new Error(`bad cell reference "${ref}"`);
  const column = [...match[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return [Number(match[2]) - 1, column];
}

export const isCell = (value: XlsxValue): value is XlsxCell =>
  value !== null && typeof value === 'object' && 'style' in value;

export function plainText(value: XlsxCell['value']): string | null {
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

export function cellXml(cell: XlsxCell, ref: string): string {
  const s = styleIndex(cell.style);
  if (cell.value === null) return `<c r="${ref}" s="${s}"/>`;
  if (typeof cell.value === 'number') return `<c r="${ref}" s="${s}"><v>${cell.value}</v></c>`;
  return `<c r="${ref}" s="${s}" t="inlineStr"><is>${stringXml(cell.value)}</is></c>`;
}
