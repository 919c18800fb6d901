/**
 * ATLAS.ti 8 exported its code hierarchy as a flat list with "::" in the names
 * ("Coke::diet Coke", REFI-QDA spec Annex A.2). This rebuilds the tree: codes sharing a
 * prefix end up under one parent, which is an existing code of that name when the file
 * has one and a new code otherwise.
 */
import { randomUUID } from 'node:crypto';
import type { CodebookNode } from '@shared/domain/codebook';
import { newCodebookNode } from './imported-codebook';

/** The parts of a "::" name, or null when the name is not one (or has an empty part). */
function colonSegments(name: string): string[] | null {
  if (!name.includes('::')) return null;
  const parts = name.split('::').map((part) => part.trim());
  return parts.some((part) => part === '') ? null : parts;
}

/** Takes over a placeholder parent: the real code's id, colour and description. */
function fillPlaceholder(placeholder: CodebookNode, real: CodebookNode, name: string): void {
  Object.assign(placeholder, {
    ...real,
    name,
    children: [...placeholder.children, ...real.children],
  });
}

/**
 * Splits "::" names of a flat forest into a hierarchy. `usedIds` gets the ids of the
 * parents it has to create.
 */
export function splitColonNames(nodes: CodebookNode[], usedIds: Set<string>): CodebookNode[] {
  if (!nodes.some((node) => colonSegments(node.name) !== null)) return nodes;
  const roots: CodebookNode[] = [];
  const placeholders = new Set<CodebookNode>();

  const place = (siblings: CodebookNode[], node: CodebookNode, name: string): void => {
    const placeholder = siblings.find(
      (sibling) => placeholders.has(sibling) && sibling.name === name,
    );
    if (placeholder) {
      fillPlaceholder(placeholder, node, name);
      placeholders.delete(placeholder);
    } else {
      siblings.push({ ...node, name });
    }
  };

  for (const node of nodes) {
    const segments = colonSegments(node.name);
    if (segments === null) {
      place(roots, node, node.name);
      continue;
    }
    let siblings = roots;
    for (const segment of segments.slice(0, -1)) {
      let parent = siblings.find((sibling) => sibling.name === segment);
      if (!parent) {
        let id = randomUUID();
        while (usedIds.has(id)) id = randomUUID();
        usedIds.add(id);
        parent = newCodebookNode(id, segment);
        placeholders.add(parent);
        siblings.push(parent);
      }
      siblings = parent.children;
    }
    place(siblings, node, segments.at(-1)!);
  }
  return roots;
}
