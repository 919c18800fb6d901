import { describe, expect, it } from 'vitest';
import type { MatrixOptions } from '@shared/matrix/options';
import { sameDefinition } from '../../../../src/renderer/features/tables/table-definition';

const base: MatrixOptions = {
  rowsRoot: ['Principper'],
  columns: { kind: 'speakers' },
  mode: 'quotes',
  citation: 'located',
  language: 'da',
};
const same = (a: MatrixOptions, b: MatrixOptions, latex = false, standalone = [false, false]) =>
  sameDefinition(
    { options: a, standalone: standalone[0]! },
    { options: b, standalone: standalone[1]! },
    latex,
  );

describe('sameDefinition', () => {
  it('fills in the defaults before comparing', () => {
    expect(
      same(base, {
        ...base,
        foldChildren: false,
        includeInterviewer: false,
        title: '  ',
        memos: false,
        quoteMarks: 'guillemets',
        rowLabels: 'indent',
        coders: null,
      }),
    ).toBe(true);
    expect(same({ ...base, language: undefined }, { ...base, language: 'en' })).toBe(true);
  });

  it('sees every setting that changes the table', () => {
    expect(same(base, { ...base, language: 'en' })).toBe(false);
    expect(same(base, { ...base, quoteMarks: 'curly' })).toBe(false);
    expect(same(base, { ...base, rowsRoot: ['Temaer'] })).toBe(false);
    expect(same(base, { ...base, columns: { kind: 'attribute', name: 'Region' } })).toBe(false);
    expect(same(base, { ...base, memos: true })).toBe(false);
    expect(same(base, { ...base, coders: ['Anna'] })).toBe(false);
    expect(same(base, { ...base, title: 'Bilag 1' })).toBe(false);
  });

  it('counts a standalone LaTeX document only for a LaTeX table', () => {
    expect(same(base, base, false, [true, false])).toBe(true);
    expect(same(base, base, true, [true, false])).toBe(false);
  });
});
