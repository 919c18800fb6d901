import { describe, expect, it } from 'vitest';
import {
  codesOutside,
  subtreeIds,
  visibleRows,
} from '../../../../src/renderer/features/codebook/code-tree';
import { PRINCIPLES } from './fixture-codes';

const names = (rows: { code: { name: string } }[]) => rows.map((r) => r.code.name);

describe('visibleRows', () => {
  it('shows every code in codebook order when nothing is collapsed or filtered', () => {
    const rows = visibleRows(PRINCIPLES, new Set(), '');
    expect(names(rows)).toEqual(PRINCIPLES.map((c) => c.name));
    expect(rows.find((r) => r.code.name === 'Risiko')).toMatchObject({
      hasChildren: true,
      expanded: true,
    });
    expect(rows.find((r) => r.code.name === 'Fejl')).toMatchObject({
      hasChildren: false,
      expanded: false,
    });
  });

  it('hides everything below a collapsed code, however deep', () => {
    const rows = visibleRows(PRINCIPLES, new Set(['Principper']), '');
    expect(names(rows)).toEqual(['Principper', 'Temaer', 'Økonomi', 'Medarbejdere']);
    expect(rows[0]).toMatchObject({ hasChildren: true, expanded: false });
  });

  it('keeps the ancestors of a match and ignores collapsing while filtering', () => {
    const rows = visibleRows(PRINCIPLES, new Set(['Principper', 'Risiko']), 'fej');
    expect(names(rows)).toEqual(['Principper', 'Risiko', 'Fejl']);
    expect(rows.map((r) => r.match)).toEqual([null, null, [0, 3]]);
    expect(rows[1]).toMatchObject({ expanded: true });
  });

  it('matches case-insensitively anywhere in the name and not the children of a match', () => {
    const rows = visibleRows(PRINCIPLES, new Set(), '  ØKO ');
    expect(names(rows)).toEqual(['Temaer', 'Økonomi']);
    expect(rows[1]!.match).toEqual([0, 3]);
    expect(names(visibleRows(PRINCIPLES, new Set(), 'risiko'))).toEqual(['Principper', 'Risiko']);
  });

  it('shows no rows when nothing matches', () => {
    expect(visibleRows(PRINCIPLES, new Set(), 'xyz')).toEqual([]);
  });
});

describe('subtrees', () => {
  it('finds a code and everything below it', () => {
    expect([...subtreeIds(PRINCIPLES, 'Principper')]).toEqual([
      'Principper',
      'Social værdi',
      'Risiko',
      'Fejl',
      'Ledelse',
    ]);
    expect([...subtreeIds(PRINCIPLES, 'Fejl')]).toEqual(['Fejl']);
    expect(subtreeIds(PRINCIPLES, 'missing').size).toBe(0);
  });

  it('offers only codes outside the subtree as merge or move targets', () => {
    expect(codesOutside(PRINCIPLES, 'Risiko').map((c) => c.name)).toEqual([
      'Principper',
      'Social værdi',
      'Ledelse',
      'Temaer',
      'Økonomi',
      'Medarbejdere',
    ]);
  });
});
