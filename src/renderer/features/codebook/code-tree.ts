/**
 * Which codebook rows to show: the flat codebook list (pre-order, with depth and parentId)
 * narrowed by collapsed branches, or by a filter that keeps the ancestors of every match.
 */
import type { CodeListEntry } from '@shared/api/types';

export interface TreeRow {
  code: CodeListEntry;
  hasChildren: boolean;
  /** Children are showing (always true for a parent while a filter is active). */
  expanded: boolean;
  /** Where the filter matched inside the name, for highlighting; null when it did not. */
  match: readonly [start: number, end: number] | null;
}

function matchIn(name: string, needle: string): TreeRow['match'] {
  if (!needle) return null;
  const lowered = name.toLocaleLowerCase();
  const at = lowered.indexOf(needle);
  if (at < 0) return null;
  // Lowercasing can change the length of a few characters; then highlight the whole name.
  return lowered.length === name.length ? [at, at + needle.length] : [0, name.length];
}

function parentIdsWithChildren(codes: readonly CodeListEntry[]): Set<string> {
  return new Set(codes.flatMap((c) => (c.parentId === null ? [] : [c.parentId])));
}

/** The rows to draw, in codebook order. */
export function visibleRows(
  codes: readonly CodeListEntry[],
  collapsed: ReadonlySet<string>,
  filter: string,
): TreeRow[] {
  const parents = parentIdsWithChildren(codes);
  const needle = filter.trim().toLocaleLowerCase();
  if (needle) {
    const byId = new Map(codes.map((c) => [c.id, c]));
    const keep = new Set<string>();
    for (const code of codes) {
      if (!matchIn(code.name, needle)) continue;
      for (let at: CodeListEntry | undefined = code; at && !keep.has(at.id);) {
        keep.add(at.id);
        at = at.parentId === null ? undefined : byId.get(at.parentId);
      }
    }
    return codes
      .filter((c) => keep.has(c.id))
      .map((code) => ({
        code,
        hasChildren: parents.has(code.id),
        expanded: parents.has(code.id),
        match: matchIn(code.name, needle),
      }));
  }
  const shown = new Set<string>();
  const rows: TreeRow[] = [];
  for (const code of codes) {
    const parentOpen =
      code.parentId === null || (shown.has(code.parentId) && !collapsed.has(code.parentId));
    if (!parentOpen) continue;
    shown.add(code.id);
    const hasChildren = parents.has(code.id);
    rows.push({ code, hasChildren, expanded: hasChildren && !collapsed.has(code.id), match: null });
  }
  return rows;
}

/** The code and every code below it (pre-order means they follow it until depth drops back). */
export function subtreeIds(codes: readonly CodeListEntry[], id: string): Set<string> {
  const ids = new Set<string>();
  const start = codes.findIndex((c) => c.id === id);
  if (start < 0) return ids;
  const depth = codes[start]!.depth;
  ids.add(id);
  for (let i = start + 1; i < codes.length && codes[i]!.depth > depth; i++) ids.add(codes[i]!.id);
  return ids;
}

/** Codes another code can be merged into or moved under: not itself, nothing below it. */
export function codesOutside(codes: readonly CodeListEntry[], id: string): CodeListEntry[] {
  const excluded = subtreeIds(codes, id);
  return codes.filter((c) => !excluded.has(c.id));
}
