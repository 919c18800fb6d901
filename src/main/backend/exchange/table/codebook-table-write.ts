/**
 * The codebook as a table other tools read, one row per code in codebook order:
 *
 * - full: `path,name,description,colour,when to use,when not to use,example`; the path
 *   separates levels with "/" (inside a name "\/" and "\\", see formatTablePath), the
 *   description is the definition alone. Citat reads it back exactly (the name column
 *   confirms the last level); Taguette refuses it (it has both `path` and `name`).
 * - flat (Taguette's shape): `tag,description`; the tag is the path joined with "/",
 *   nothing escaped, and the description holds all four fields as labelled paragraphs,
 *   which Citat splits again on import. Colours are left out (Taguette has none); a code
 *   whose tag another code already gave is left out with a warning.
 *
 * CSV: UTF-8 with a byte-order mark (Excel, and Taguette's chardet, then read it as
 * UTF-8), comma, CRLF between records, quoted only where needed. In the full table a
 * cell a spreadsheet would take for a formula gets an apostrophe, which Citat's import
 * takes away again; the flat table has none, since Taguette would keep it in the tag.
 */
import type { CodebookNode } from '@shared/domain/codebook';
import { csvField, guardFormula } from '../../formats/csv-write';
import { formatCodeDescription } from '../code-description';
import { formatTablePath } from './codebook-rows';

export const FULL_TABLE_COLUMNS = [
  'path',
  'name',
  'description',
  'colour',
  'when to use',
  'when not to use',
  'example',
] as const;
export const FLAT_TABLE_COLUMNS = ['tag', 'description'] as const;

/** Taguette refuses longer tag paths (taguette/validate.py). */
const TAGUETTE_MAX_TAG = 200;

export interface CodebookTable {
  header: readonly string[];
  rows: string[][];
  /** What the shape could not hold: codes left out, tags Taguette will refuse. */
  warnings: string[];
}

function eachCode(
  nodes: readonly CodebookNode[],
  visit: (node: CodebookNode, path: string[]) => void,
): void {
  // Depth-first in codebook order, without recursion (no depth can overflow the stack).
  const stack = [...nodes].reverse().map((node) => ({ node, parents: [] as string[] }));
  while (stack.length > 0) {
    const { node, parents } = stack.pop()!;
    const path = [...parents, node.name];
    visit(node, path);
    for (let i = node.children.length - 1; i >= 0; i--)
      stack.push({ node: node.children[i]!, parents: path });
  }
}

export function codebookTable(nodes: readonly CodebookNode[], flat: boolean): CodebookTable {
  const rows: string[][] = [];
  const warnings: string[] = [];
  if (!flat) {
    eachCode(nodes, (node, path) =>
      rows.push([
        formatTablePath(path),
        node.name,
        node.definition ?? '',
        node.color ?? '',
        node.whenToUse ?? '',
        node.whenNotToUse ?? '',
        node.example ?? '',
      ]),
    );
    return { header: FULL_TABLE_COLUMNS, rows, warnings };
  }
  const written = new Map<string, string>();
  eachCode(nodes, (node, path) => {
    const tag = path.join('/');
    const shown = formatTablePath(path);
    const earlier = written.get(tag);
    if (earlier !== undefined) {
      warnings.push(
        `the codes "${earlier}" and "${shown}" both give the tag "${tag}"; only the first was written`,
      );
      return;
    }
    written.set(tag, shown);
    if (tag.length > TAGUETTE_MAX_TAG)
      warnings.push(
        `the tag "${tag.slice(0, 40)}…" is longer than the ${TAGUETTE_MAX_TAG} characters Taguette accepts`,
      );
    rows.push([tag, formatCodeDescription(node) ?? '']);
  });
  return { header: FLAT_TABLE_COLUMNS, rows, warnings };
}

/** Guards a cell like guardFormula, and also one that only starts with apostrophes before it. */
function guardCell(value: string): string {
  return /^'+[=+\-@\t\r]/.test(value) ? `'${value}` : guardFormula(value);
}

export function codebookTableCsv(table: CodebookTable, flat: boolean): Uint8Array {
  const record = (cells: readonly string[]): string =>
    cells.map((cell) => csvField(flat ? cell : guardCell(cell))).join(',') + '\r\n';
  const text = '\uFEFF' + record(table.header) + table.rows.map(record).join('');
  return new TextEncoder().encode(text);
}
