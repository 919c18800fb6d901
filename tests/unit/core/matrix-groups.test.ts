/**
 * A code group as the rows of a quote matrix: its codes in codebook order, indented only
 * below other members; folded, each row also holds the codes below its code. Not together
 * with a rows code.
 */
import { describe, expect, it } from 'vitest';
import { buildMatrix } from '../../../src/main/backend/services/matrix/build-matrix';
import { createGroup, renameGroup } from '../../../src/main/backend/services/code-groups';
import { createCodePath } from '../../../src/main/backend/services/codes';
import { applyCoding } from '../../../src/main/backend/services/codings';
import type { MatrixOptions } from '../../../src/shared/matrix/options';
import { errorOf } from '../../helpers/citat-error';
import { addTranscript, newProject, rangeOf } from '../../helpers/temp-project';

const TEXT = `I: Hvordan arbejder I med risiko?
JKM: Vi tør godt fejle. Men vi gør det systematisk.
I: Og pengene?
JKM: Budgettet er stramt. Ledelsen bakker op.`;

function setup() {
  const project = newProject();
  const doc = addTranscript(project, 'JKM.txt', TEXT).document;
  const text = project.readOne<{ text: string }>('SELECT text FROM documents')!.text;
  const ids: Record<string, string> = {};
  for (const path of [
    'Principper/Risiko',
    'Principper/Risiko/Fejlkultur',
    'Principper/Ledelse',
    'Temaer/Økonomi',
  ])
    ids[path] = createCodePath(project, path.split('/')).code.id;
  const code = (path: string, needle: string) =>
    applyCoding(project, { documentId: doc.id, codeId: ids[path]!, ...rangeOf(text, needle) });
  code('Principper/Risiko', 'Men vi gør det systematisk.');
  code('Principper/Risiko/Fejlkultur', 'Vi tør godt fejle.');
  code('Temaer/Økonomi', 'Budgettet er stramt.');
  code('Principper/Ledelse', 'Ledelsen bakker op.');
  return { project, ids };
}

const options = (extra: Partial<MatrixOptions>): MatrixOptions => ({
  columns: { kind: 'speakers' },
  mode: 'quotes',
  citation: 'short',
  ...extra,
});

const rows = (project: ReturnType<typeof setup>['project'], extra: Partial<MatrixOptions>) => {
  const matrix = buildMatrix(project, options(extra));
  return matrix.rows.map((row, r) => [
    row.label,
    row.depth,
    matrix.cells[r * matrix.columns.length]!.quotes.map((q) => q.text),
  ]);
};

describe('matrix rows from a code group', () => {
  it('has the group’s codes in codebook order, a member below a member indented', () => {
    const { project, ids } = setup();
    createGroup(project, {
      name: 'Kategori 1',
      codeIds: [
        ids['Temaer/Økonomi']!,
        ids['Principper/Risiko/Fejlkultur']!,
        ids['Principper/Risiko']!,
      ],
    });
    expect(rows(project, { rowsGroup: 'kategori 1' })).toEqual([
      ['Risiko', 0, ['Men vi gør det systematisk.']],
      ['Fejlkultur', 1, ['Vi tør godt fejle.']],
      ['Økonomi', 0, ['Budgettet er stramt.']],
    ]);
    const matrix = buildMatrix(project, options({ rowsGroup: 'Kategori 1', language: 'en' }));
    expect(matrix.rows.map((r) => r.path)).toEqual([
      ['Principper', 'Risiko'],
      ['Principper', 'Risiko', 'Fejlkultur'],
      ['Temaer', 'Økonomi'],
    ]);
    expect(matrix.title).toContain('Kategori 1');
  });

  it('folded, a row also holds the codes below its code', () => {
    const { project, ids } = setup();
    createGroup(project, {
      name: 'G',
      codeIds: [ids['Principper/Risiko']!, ids['Principper/Ledelse']!],
    });
    expect(rows(project, { rowsGroup: 'G', foldChildren: true })).toEqual([
      ['Risiko', 0, ['Vi tør godt fejle.', 'Men vi gør det systematisk.']],
      ['Ledelse', 0, ['Ledelsen bakker op.']],
    ]);
    expect(rows(project, { rowsGroup: 'G' })).toEqual([
      ['Risiko', 0, ['Men vi gør det systematisk.']],
      ['Ledelse', 0, ['Ledelsen bakker op.']],
    ]);
  });

  it('follows a renamed group by its new name; an empty group has no rows', () => {
    const { project } = setup();
    const group = createGroup(project, { name: 'Tom' });
    expect(rows(project, { rowsGroup: 'Tom' })).toEqual([]);
    renameGroup(project, group.id, 'Stadig tom');
    expect(errorOf(() => buildMatrix(project, options({ rowsGroup: 'Tom' }))).code).toBe(
      'group.not-found',
    );
    expect(rows(project, { rowsGroup: 'stadig TOM' })).toEqual([]);
  });

  it('refuses a rows group together with a rows code, and an unknown group', () => {
    const { project, ids } = setup();
    createGroup(project, { name: 'G', codeIds: [ids['Principper/Ledelse']!] });
    const both = errorOf(() =>
      buildMatrix(project, options({ rowsGroup: 'G', rowsRoot: ['Principper'] })),
    );
    expect([both.kind, both.code]).toEqual(['usage', 'matrix.rows-and-group']);
    const unknown = errorOf(() => buildMatrix(project, options({ rowsGroup: 'Nej' })));
    expect([unknown.code, unknown.message]).toEqual([
      'group.not-found',
      'no code group "Nej" (groups: "G")',
    ]);
  });
});
