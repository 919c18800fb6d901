/**
 * Builds the code tree from rows with a code column and a parent column. The parent cell
 * names another row's code (Taguette writes the parent's name) or a path to it; when no
 * row matches, the parent is created. Rows come out in sheet order, a parent before its
 * children; cycles and duplicate siblings are repaired with a warning.
 */
import type { CodebookNode } from '@shared/domain/codebook';
import { newCodebookNode } from '../imported-codebook';
import { applyRow, splitTablePath, type CodeRow } from './codebook-rows';

interface Item {
  node: CodebookNode;
  parent: Item | null;
  /** Sheet row, or null for a parent created because no row defines it. */
  row: CodeRow | null;
  attached: boolean;
}

export function buildParentTree(
  rows: readonly CodeRow[],
  fileName: string,
  newId: () => string,
  warnings: string[],
): CodebookNode[] {
  const items: Item[] = rows.map((row) => {
    const node = newCodebookNode(newId(), row.label);
    applyRow(node, row);
    return { node, parent: null, row, attached: false };
  });
  const byName = new Map<string, Item[]>();
  for (const item of items) {
    const list = byName.get(item.node.name) ?? [];
    list.push(item);
    byName.set(item.node.name, list);
  }
  const where = (item: Item): string =>
    item.row ? `${fileName}, row ${item.row.row}` : `${fileName}, parent "${item.node.name}"`;

  // Pass 1: a parent named by exactly one other row.
  const unresolved: Item[] = [];
  for (const item of items) {
    const ref = item.row!.parentRef;
    if (ref === '') continue;
    const candidates = (byName.get(ref) ?? []).filter((other) => other !== item);
    if (candidates.length === 1) item.parent = candidates[0]!;
    else unresolved.push(item);
  }

  // Pass 2: a path to the parent, an ambiguous name, or a parent that has no row.
  const childrenOf = (parent: Item | null): Item[] =>
    parent === null
      ? items.filter(
          (other) => other.parent === null && (other.row === null || other.row.parentRef === ''),
        )
      : items.filter((other) => other.parent === parent);
  const findByPath = (names: readonly string[]): Item | undefined => {
    let current: Item | null = null;
    for (const name of names) {
      const next: Item | undefined = childrenOf(current).find((other) => other.node.name === name);
      if (!next) return undefined;
      current = next;
    }
    return current ?? undefined;
  };
  const created = new Map<string, Item>();
  const createPath = (names: readonly string[]): Item => {
    let parent: Item | null = null;
    for (const [depth, name] of names.entries()) {
      const key = names.slice(0, depth + 1).join('\u0000');
      let item: Item | undefined =
        created.get(key) ?? childrenOf(parent).find((other) => other.node.name === name);
      if (!item) {
        item = { node: newCodebookNode(newId(), name), parent, row: null, attached: false };
        created.set(key, item);
        items.push(item);
      }
      parent = item;
    }
    return parent!;
  };

  for (const item of unresolved) {
    const ref = item.row!.parentRef;
    const candidates = (byName.get(ref) ?? []).filter((other) => other !== item);
    const names = splitTablePath(ref);
    const viaPath = names.length > 1 ? findByPath(names) : undefined;
    if (viaPath && viaPath !== item) {
      item.parent = viaPath;
    } else if (candidates.length > 1) {
      item.parent = candidates[0]!;
      const rowsText = candidates.map((other) => other.row!.row).join(', ');
      warnings.push(
        `${where(item)}: parent "${ref}" is the name of several codes (rows ${rowsText}); the first was used`,
      );
    } else if (ref === item.node.name && candidates.length === 0) {
      warnings.push(
        `${where(item)}: code "${ref}" names itself as its parent; it was put at the top level`,
      );
    } else {
      item.parent = createPath(names.length > 0 ? names : [ref]);
    }
  }

  breakCycles(items, where, warnings);
  return attachAll(items, where, warnings);
}

function breakCycles(
  items: readonly Item[],
  where: (item: Item) => string,
  warnings: string[],
): void {
  for (const item of items) {
    const seen = new Set<Item>([item]);
    for (let up = item.parent; up !== null; up = up.parent) {
      if (up === item) {
        warnings.push(
          `${where(item)}: the parent column forms a cycle through "${item.node.name}"; it was put at the top level`,
        );
        item.parent = null;
        break;
      }
      if (seen.has(up)) break;
      seen.add(up);
    }
  }
}

/** Places every item under its parent, parents first; a repeated sibling name is merged. */
function attachAll(
  items: readonly Item[],
  where: (item: Item) => string,
  warnings: string[],
): CodebookNode[] {
  const roots: CodebookNode[] = [];
  const nameIndex = new Map<CodebookNode[], Map<string, CodebookNode>>();
  const attach = (item: Item): void => {
    const chain: Item[] = [];
    for (let up: Item | null = item; up !== null && !up.attached; up = up.parent) chain.push(up);
    for (const next of chain.reverse()) {
      const siblings = next.parent === null ? roots : next.parent.node.children;
      let index = nameIndex.get(siblings);
      if (!index) nameIndex.set(siblings, (index = new Map()));
      const twin = index.get(next.node.name);
      next.attached = true;
      if (!twin) {
        siblings.push(next.node);
        index.set(next.node.name, next.node);
        continue;
      }
      // Same name under the same parent: the first keeps its place, the row is merged in.
      if (next.row !== null) {
        warnings.push(
          `${where(next)}: code "${next.node.name}" appears twice under the same parent; the rows were merged`,
        );
        for (const field of [
          'definition',
          'whenToUse',
          'whenNotToUse',
          'example',
          'color',
        ] as const) {
          twin[field] ??= next.node[field];
        }
      }
      next.node = twin;
    }
  };
  for (const item of items) if (item.row !== null) attach(item);
  return roots;
}
