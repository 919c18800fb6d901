/**
 * Builds the code tree from rows with a code column and a parent column. The parent cell
 * names another row's code (Taguette writes the parent's name) or a path to it; when no
 * row matches, the parent is created. Rows come out in sheet order, a parent before its
 * children; cycles and duplicate siblings are repaired with a warning.
 */
import type { CodebookNode } from '@shared/domain/codebook';
import { MAX_CODEBOOK_DEPTH, newCodebookNode } from '../imported-codebook';
import { applyRow, splitTablePath, tooDeep, type CodeRow } from './codebook-rows';

/** Rows listed in a warning about an ambiguous parent name; the rest are counted. */
const MAX_ROWS_NAMED = 10;

interface Item {
  node: CodebookNode;
  parent: Item | null;
  /** Sheet row, or null for a parent created because no row defines it. */
  row: CodeRow | null;
  attached: boolean;
  /** Index in the list of items: the first of several same-named siblings is the lowest. */
  order: number;
}

/**
 * Children by parent (null = top level) and name, for items placed so far. Placement only
 * ever adds items, so each name keeps the earliest item; lookups stay constant-time however
 * many rows the sheet has.
 */
class ChildIndex {
  private readonly byParent = new Map<Item | null, Map<string, Item>>();

  add(parent: Item | null, item: Item): void {
    let names = this.byParent.get(parent);
    if (!names) this.byParent.set(parent, (names = new Map()));
    const first = names.get(item.node.name);
    if (!first || item.order < first.order) names.set(item.node.name, item);
  }

  child(parent: Item | null, name: string): Item | undefined {
    return this.byParent.get(parent)?.get(name);
  }
}

export function buildParentTree(
  rows: readonly CodeRow[],
  fileName: string,
  newId: () => string,
  warnings: string[],
): CodebookNode[] {
  const items: Item[] = rows.map((row, order) => {
    const node = newCodebookNode(newId(), row.label);
    applyRow(node, row);
    return { node, parent: null, row, attached: false, order };
  });
  const byName = new Map<string, Item[]>();
  for (const item of items) {
    const list = byName.get(item.node.name) ?? [];
    list.push(item);
    byName.set(item.node.name, list);
  }
  const where = (item: Item): string =>
    item.row ? `${fileName}, row ${item.row.row}` : `${fileName}, parent "${item.node.name}"`;
  /**
   * The rows named `ref`, other than `item` itself: how many, the first, and the first few
   * rows. Counted, not filtered, so a name repeated on every row costs nothing per row.
   */
  const namedBy = (item: Item, ref: string) => {
    const list = byName.get(ref) ?? [];
    const self = item.node.name === ref ? 1 : 0;
    const firstOthers = (limit: number): Item[] => {
      const out: Item[] = [];
      for (const other of list) {
        if (out.length === limit) break;
        if (other !== item) out.push(other);
      }
      return out;
    };
    return { count: list.length - self, first: firstOthers(1)[0], firstOthers };
  };

  // Pass 1: a parent named by exactly one other row.
  const unresolved: Item[] = [];
  for (const item of items) {
    const ref = item.row!.parentRef;
    if (ref === '') continue;
    const candidates = namedBy(item, ref);
    if (candidates.count === 1) item.parent = candidates.first!;
    else unresolved.push(item);
  }

  // Pass 2: a path to the parent, an ambiguous name, or a parent that has no row. An item
  // is somebody's child once it has a parent; at the top level once it has none to find.
  const children = new ChildIndex();
  for (const item of items) {
    if (item.parent !== null) children.add(item.parent, item);
    else if (item.row!.parentRef === '') children.add(null, item);
  }
  const setParent = (item: Item, parent: Item): void => {
    item.parent = parent;
    children.add(parent, item);
  };
  const findByPath = (names: readonly string[]): Item | undefined => {
    let current: Item | null = null;
    for (const name of names) {
      const next = children.child(current, name);
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
      let item: Item | undefined = created.get(key) ?? children.child(parent, name);
      if (!item) {
        item = {
          node: newCodebookNode(newId(), name),
          parent,
          row: null,
          attached: false,
          order: items.length,
        };
        created.set(key, item);
        items.push(item);
        children.add(parent, item);
      }
      parent = item;
    }
    return parent!;
  };

  for (const item of unresolved) {
    const ref = item.row!.parentRef;
    const candidates = namedBy(item, ref);
    const names = splitTablePath(ref);
    const viaPath = names.length > 1 ? findByPath(names) : undefined;
    if (viaPath && viaPath !== item) {
      setParent(item, viaPath);
    } else if (candidates.count > 1) {
      setParent(item, candidates.first!);
      const shown = candidates.firstOthers(MAX_ROWS_NAMED).map((other) => other.row!.row);
      const rowsText =
        candidates.count > shown.length
          ? `${shown.join(', ')} and ${candidates.count - shown.length} more`
          : shown.join(', ');
      warnings.push(
        `${where(item)}: parent "${ref}" is the name of several codes (rows ${rowsText}); the first was used`,
      );
    } else if (ref === item.node.name && candidates.count === 0) {
      warnings.push(
        `${where(item)}: code "${ref}" names itself as its parent; it was put at the top level`,
      );
    } else {
      setParent(item, createPath(names.length > 0 ? names : [ref]));
    }
  }

  breakCycles(items, where, warnings);
  checkDepth(items, where);
  return attachAll(items, where, warnings);
}

/**
 * Cuts every cycle of the parent column at its earliest row, which goes to the top level.
 * Each item is walked once: a walk stops at an item already settled.
 */
function breakCycles(
  items: readonly Item[],
  where: (item: Item) => string,
  warnings: string[],
): void {
  const settled = new Set<Item>();
  const cuts: Item[] = [];
  for (const start of items) {
    const walk: Item[] = [];
    const onWalk = new Set<Item>();
    let up: Item | null = start;
    while (up !== null && !settled.has(up) && !onWalk.has(up)) {
      walk.push(up);
      onWalk.add(up);
      up = up.parent;
    }
    if (up !== null && onWalk.has(up)) {
      // `up` closes a cycle: the items of the walk from `up` on.
      const cycle = walk.slice(walk.indexOf(up));
      cuts.push(cycle.reduce((first, item) => (item.order < first.order ? item : first)));
    }
    for (const item of walk) settled.add(item);
  }
  for (const item of cuts.sort((a, b) => a.order - b.order)) {
    warnings.push(
      `${where(item)}: the parent column forms a cycle through "${item.node.name}"; it was put at the top level`,
    );
    item.parent = null;
  }
}

/** Refuses a sheet nesting codes deeper than a codebook may (after cycles are cut). */
function checkDepth(items: readonly Item[], where: (item: Item) => string): void {
  const depthOf = new Map<Item, number>();
  for (const start of items) {
    const chain: Item[] = [];
    let up: Item | null = start;
    while (up !== null && !depthOf.has(up)) {
      chain.push(up);
      up = up.parent;
    }
    let depth = up === null ? 0 : depthOf.get(up)!;
    for (let i = chain.length - 1; i >= 0; i--) {
      depth++;
      depthOf.set(chain[i]!, depth);
      if (depth > MAX_CODEBOOK_DEPTH) throw tooDeep(where(chain[i]!));
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
