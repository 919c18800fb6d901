/** The codebook as a Markdown appendix: one heading per code, numbered by its place. */
import type { CodebookNode } from '@shared/domain/codebook';
import { escapeMarkdownInline as esc } from './markdown-text';
import { codebookOutline, codingCountText, descriptionFields } from './codebook-outline';
import { validHexColor } from './matrix-layout';

/** Level 1 is the document title; codes use 2–6, deeper codes stay at 6. */
const headingMarks = (depth: number): string => '#'.repeat(Math.min(depth + 2, 6));

export function codebookToMarkdown(nodes: readonly CodebookNode[], title: string): string {
  const sections = [`# ${esc(title)}`];
  const outline = codebookOutline(nodes);
  if (outline.length === 0) sections.push('*The codebook has no codes.*');
  for (const { node, number, depth } of outline) {
    const lines = [`${headingMarks(depth)} ${number} ${esc(node.name)}`, ''];
    const hex = validHexColor(node.color);
    const colour = hex ? `Colour: \`${hex}\` · ` : '';
    lines.push(`${colour}${codingCountText(node.codingCount)}`);
    for (const field of descriptionFields(node)) {
      lines.push('', `**${field.label}:** ${esc(field.text)}`);
    }
    sections.push(lines.join('\n'));
  }
  return `${sections.join('\n\n')}\n`;
}
