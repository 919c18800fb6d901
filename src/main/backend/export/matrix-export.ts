/**
 * Renders a QuoteMatrix in one of the export formats. Every format is deterministic: the
 * same matrix always gives the same bytes (no dates, no generated ids, the matrix's own
 * order), so a regenerated appendix only differs where the evidence does.
 */
import type { QuoteMatrix } from '@shared/matrix/model';
import { MATRIX_FILE_FORMATS, type MatrixFileFormat } from '@shared/matrix/options';
import { usageError } from '../errors';
import { matrixToCsv } from './matrix-csv';
import { matrixToDocx } from './matrix-docx';
import { matrixToHtml } from './matrix-html';
import { matrixToJson } from './matrix-json';
import { matrixToMarkdown } from './matrix-markdown';
import { matrixToTex } from './matrix-tex';
import { matrixToXlsx } from './matrix-xlsx';

const encodeText = (text: string): Uint8Array => new TextEncoder().encode(text);

export { MATRIX_FILE_FORMATS as MATRIX_FORMATS } from '@shared/matrix/options';
export type MatrixFormat = MatrixFileFormat;

export const MATRIX_MIME_TYPES: Record<MatrixFormat, string> = {
  json: 'application/json',
  csv: 'text/csv; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  tex: 'application/x-tex; charset=utf-8',
};

export interface ExportOptions {
  /** LaTeX: a complete document rather than a fragment to \input. */
  standalone?: boolean;
}

export function exportMatrix(
  matrix: QuoteMatrix,
  format: MatrixFormat,
  options: ExportOptions = {},
): Uint8Array {
  switch (format) {
    case 'json':
      return encodeText(matrixToJson(matrix));
    case 'csv':
      return encodeText(matrixToCsv(matrix));
    case 'md':
      return encodeText(matrixToMarkdown(matrix));
    case 'html':
      return encodeText(matrixToHtml(matrix));
    case 'docx':
      return matrixToDocx(matrix);
    case 'xlsx':
      return matrixToXlsx(matrix);
    case 'tex':
      return encodeText(matrixToTex(matrix, { standalone: options.standalone ?? false }));
    default:
      throw usageError(
        'export.unknown-format',
        `unknown matrix export format "${String(format)}" (use ${MATRIX_FILE_FORMATS.join(', ')})`,
      );
  }
}
