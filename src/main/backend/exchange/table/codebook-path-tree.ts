/**
 * Builds the code tree from rows whose code cell is a full path (or one flat name, a
 * path of one level). The path is the identity: rows sharing a prefix share the parent,
 * a parent without a row of its own is created, and a second row for the same path is
 * ignored.
 */
import type { CodebookNode } from '@shared/domain/codebook';
import { MAX_CODEBOOK_DEPTH, newCodebookNode } from '../imported-codebook';
import { applyRow, splitTablePath, tooDeep, type CodeRow } from './codebook-rows';

export function buildPathTree(
  rows: readonly CodeRow[],
  fileName: string,
  newId: () => string,
  warnings: string[],
  /** The levels of a row's code; by default its cell read as a path. */
  levelsOf: (row: CodeRow) => string[] = (row) => splitTablePath(row.label),
): CodebookNode[] {
  const roots: CodebookNode[] = [];
  const byPath = new Map<string, CodebookNode>();
  const definedInRow = new Map<string, number>();

  for (const row of rows) {
    const names = levelsOf(row);
    if (names.length === 0) {
      warnings.push(
        `${fileName}, row ${row.row}: "${row.label}" is not a code path; the row was skipped`,
      );
      continue;
    }
    if (names.length > MAX_CODEBOOK_DEPTH) throw tooDeep(`${fileName}, row ${row.row}`);
    let siblings = roots;
    let node: CodebookNode | undefined;
    let key = '';
    for (const name of names) {
      key = key === '' ? name : `${key}\u0000${name}`;
      node = byPath.get(key);
      if (!node) {
        node = newCodebookNode(newId(), name);
        byPath.set(key, node);
        siblings.push(node);
      }
      siblings = node.children;
    }
    const earlier = definedInRow.get(key);
    if (earlier !== undefined) {
      warnings.push(
        `${fileName}, row ${row.row}: code "${names.join(' / ')}" was already defined in row ${earlier}; this row was ignored`,
      );
      continue;
    }
    definedInRow.set(key, row.row);
    applyRow(node!, row);
  }
  return roots;
}
