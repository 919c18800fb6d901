/**
 * Renders a codebook as a readable appendix (Markdown or Word). Deterministic like the
 * matrix exports: the same codebook always gives the same bytes.
 */
import type { CodebookNode } from '@shared/domain/codebook';
import { usageError } from '../errors';
import { codebookToDocx } from './codebook-docx';
import { codebookToMarkdown } from './codebook-markdown';

export const CODEBOOK_FORMATS = ['md', 'docx'] as const;
export type CodebookFormat = (typeof CODEBOOK_FORMATS)[number];

export function exportCodebook(
  nodes: CodebookNode[],
  format: CodebookFormat,
  title: string,
): Uint8Array {
  switch (format) {
    case 'md':
      return new TextEncoder().encode(codebookToMarkdown(nodes, title));
    case 'docx':
      return codebookToDocx(nodes, title);
    default:
      throw usageError(
        'export.unknown-format',
        `unknown codebook export format "${String(format)}" (use ${CODEBOOK_FORMATS.join(', ')})`,
      );
  }
}
