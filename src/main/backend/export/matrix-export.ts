/**
 * Renders a QuoteMatrix in one of the export formats. Every format is deterministic: the
 * same matrix always gives the same bytes (no dates, no generated ids, the matrix's own
 * order), so a regenerated appendix only differs where the evidence does.
 */
import type { QuoteMatrix } from '@shared/matrix/model';
import { usageError } from '../errors';
import { matrixToCsv } from './matrix-csv';
import { matrixToDocx } from './matrix-docx';
import { matrixToHtml } from './matrix-html';
import { matrixToJson } from './matrix-json';
import { matrixToMarkdown } from './matrix-markdown';
import { matrixToXlsx } from './matrix-xlsx';

const encodeText = (text: string): Uint8Array => new TextEncoder().encode(text);

export const MATRIX_FORMATS = ['json', 'csv', 'md', 'html', 'docx', 'xlsx'] as const;
export type MatrixFormat = (typeof MATRIX_FORMATS)[number];

export function exportMatrix(matrix: QuoteMatrix, format: MatrixFormat): Uint8Array {
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
    default:
      throw usageError(
        'export.unknown-format',
        `unknown matrix export format "${String(format)}" (use ${MATRIX_FORMATS.join(', ')})`,
      );
  }
}
