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
  // Per sibling list: the first sibling of each name, and the placeholder of each name still
  // waiting for its real code. Lookups by name keep the split linear in the number of codes.
  const firstByName = new Map<CodebookNode[], Map<string, CodebookNode>>();
  const placeholders = new Map<CodebookNode[], Map<string, CodebookNode>>();
  const indexOf = (
    index: Map<CodebookNode[], Map<string, CodebookNode>>,
    siblings: CodebookNode[],
  ): Map<string, CodebookNode> => {
    let names = index.get(siblings);
    if (!names) index.set(siblings, (names = new Map()));
    return names;
  };
  const push = (siblings: CodebookNode[], node: CodebookNode): void => {
    siblings.push(node);
    const names = indexOf(firstByName, siblings);
    if (!names.has(node.name)) names.set(node.name, node);
  };

  const place = (siblings: CodebookNode[], node: CodebookNode, name: string): void => {
    const waiting = indexOf(placeholders, siblings);
    const placeholder = waiting.get(name);
    if (placeholder) {
      // The placeholder object stays where it is (and keeps its name): only its content changes.
      const children = placeholder.children;
      fillPlaceholder(placeholder, node, name);
      waiting.delete(name);
      if (placeholder.children !== children) movePlaceholderIndex(children, placeholder.children);
    } else {
      push(siblings, { ...node, name });
    }
  };
  // fillPlaceholder gives the placeholder a new children array (its own, then the real
  // code's): the index entries follow it, and the real code's children join them.
  const movePlaceholderIndex = (from: CodebookNode[], to: CodebookNode[]): void => {
    for (const index of [firstByName, placeholders]) {
      const names = index.get(from);
      if (!names) continue;
      index.delete(from);
      index.set(to, names);
    }
    const names = indexOf(firstByName, to);
    for (const child of to.slice(from.length))
      if (!names.has(child.name)) names.set(child.name, child);
  };

  for (const node of nodes) {
    const segments = colonSegments(node.name);
    if (segments === null) {
      place(roots, node, node.name);
      continue;
    }
    let siblings = roots;
    for (const segment of segments.slice(0, -1)) {
      let parent = indexOf(firstByName, siblings).get(segment);
      if (!parent) {
        let id = randomUUID();
        while (usedIds.has(id)) id = randomUUID();
        usedIds.add(id);
        parent = newCodebookNode(id, segment);
        indexOf(placeholders, siblings).set(segment, parent);
        push(siblings, parent);
      }
      siblings = parent.children;
    }
    place(siblings, node, segments.at(-1)!);
  }
  return roots;
}
