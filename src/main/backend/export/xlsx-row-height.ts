/**
 * Row heights for wrapped text. Excel fits rows without a stored height by itself, but
 * LibreOffice Calc keeps them one line high and clips every quote, so an estimate is
 * written; without customHeight Excel still refits the row once it is edited.
 */
import { fitCell, parseRef, plainText, type XlsxCell } from './xlsx-cells';
import { lineHeightOf } from './xlsx-styles';

/** Excel's largest row height, in points. */
export const MAX_ROW_HEIGHT_PT = 409;
const DEFAULT_WIDTH = 8.43;

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

/** Width in characters each merged range's first cell wraps in. */
export function mergedWidths(
  merges: readonly string[],
  columnWidths: readonly number[],
): Map<string, number> {
  const widths = new Map<string, number>();
  for (const range of merges) {
    const [from, to] = range.split(':') as [string, string];
    const [row, first] = parseRef(from);
    const [, last] = parseRef(to);
    let width = 0;
    for (let c = first; c <= last; c++) width += columnWidths[c] ?? DEFAULT_WIDTH;
    widths.set(`${row}:${first}`, width);
  }
  return widths;
}

/** A row's height in points, or undefined for the default (one line). */
export function rowHeight(
  cells: readonly XlsxCell[],
  rowIndex: number,
  columnWidths: readonly number[],
  merged: ReadonlyMap<string, number>,
): number | undefined {
  let height = 15;
  cells.forEach((cell, index) => {
    const text = plainText(cell.value);
    if (text === null) return;
    const width = merged.get(`${rowIndex}:${index}`) ?? columnWidths[index] ?? DEFAULT_WIDTH;
    const lines = estimatedLines(fitCell(text), width);
    height = Math.max(height, lines * lineHeightOf(cell.style));
  });
  return height > 15 ? Math.min(MAX_ROW_HEIGHT_PT, height) : undefined;
}
