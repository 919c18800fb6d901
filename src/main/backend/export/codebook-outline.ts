/**
 * The codebook tree flattened in reading order with outline numbers ("1", "1.2"), which
 * both codebook formats print, so the Markdown and Word appendix number codes alike.
 */
import type { CodebookNode } from '@shared/domain/codebook';

export interface OutlineEntry {
  node: CodebookNode;
  /** "1.2.3" */
  number: string;
  /** 0 for top-level codes. */
  depth: number;
}

export function codebookOutline(nodes: readonly CodebookNode[]): OutlineEntry[] {
  const out: OutlineEntry[] = [];
  const visit = (siblings: readonly CodebookNode[], prefix: string, depth: number): void => {
    siblings.forEach((node, index) => {
      const number = prefix ? `${prefix}.${index + 1}` : String(index + 1);
      out.push({ node, number, depth });
      visit(node.children, number, depth + 1);
    });
  };
  visit(nodes, '', 0);
  return out;
}

export interface DescriptionField {
  label: string;
  text: string;
}

/** The descriptive fields that are filled in, in the order a reader needs them. */
export function descriptionFields(node: CodebookNode): DescriptionField[] {
  const fields: [string, string | null][] = [
    ['Definition', node.definition],
    ['When to use', node.whenToUse],
    ['When not to use', node.whenNotToUse],
    ['Example', node.example],
  ];
  return fields
    .map(([label, text]) => ({ label, text: text?.trim() ?? '' }))
    .filter((field) => field.text !== '');
}

export const codingCountText = (count: number): string =>
  count === 1 ? '1 coding' : `${count} codings`;
