/** The codebook as a Word appendix (portrait A4): numbered headings, colour, descriptions. */
import type { CodebookNode } from '@shared/domain/codebook';
import { writeDocx } from './docx-package';
import { paragraph, run, wordColor } from './docx-xml';
import {
  codebookOutline,
  codingCountText,
  descriptionFields,
  type OutlineEntry,
} from './codebook-outline';
import { validHexColor } from './matrix-layout';

/** styles.xml defines Heading1–3; deeper codes share Heading3 and keep their number. */
const headingStyle = (depth: number): string => `Heading${Math.min(depth + 1, 3)}`;

function codeBlocks({ node, number, depth }: OutlineEntry): string[] {
  const blocks = [paragraph([run(`${number} ${node.name}`)], { style: headingStyle(depth) })];
  const meta: string[] = [];
  const hex = validHexColor(node.color);
  if (hex) {
    meta.push(run('■ ', { color: wordColor(hex) }), run(`${hex} · `));
  }
  meta.push(run(codingCountText(node.codingCount)));
  blocks.push(paragraph(meta, { style: 'Small' }));
  for (const field of descriptionFields(node)) {
    const text = run(field.text, { italic: field.label === 'Example' });
    blocks.push(paragraph([run(`${field.label}: `, { bold: true }), text]));
  }
  return blocks;
}

export function codebookToDocx(nodes: readonly CodebookNode[], title: string): Uint8Array {
  const outline = codebookOutline(nodes);
  const body =
    outline.length === 0
      ? [paragraph([run('The codebook has no codes.', { italic: true })])]
      : outline.flatMap(codeBlocks);
  return writeDocx({
    title,
    orientation: 'portrait',
    blocks: [paragraph([run(title)], { style: 'Title' }), ...body],
  });
}
