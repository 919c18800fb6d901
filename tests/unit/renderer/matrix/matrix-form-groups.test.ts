import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MATRIX_FORM,
  formFromOptions,
  fromRowsChoice,
  rowsChoice,
  toMatrixOptions,
} from '../../../../src/renderer/features/matrix/matrix-form';
import { sameDefinition } from '../../../../src/renderer/features/tables/table-definition';

const codes = [
  { id: 'p', parentId: null, path: ['Principper'] },
  { id: 'risk', parentId: 'p', path: ['Principper', 'III Risiko'] },
];
const groups = [{ id: 'g1', name: 'Bilag A' }];

describe('rows from a code group', () => {
  it('sends the group’s current name, not a rows code', () => {
    const options = toMatrixOptions(
      { ...DEFAULT_MATRIX_FORM, rowsGroupId: 'g1' },
      codes,
      'da',
      groups,
    );
    expect(options?.rowsGroup).toBe('Bilag A');
    expect(options?.rowsRoot).toBeNull();
    const renamed = toMatrixOptions({ ...DEFAULT_MATRIX_FORM, rowsGroupId: 'g1' }, codes, 'da', [
      { id: 'g1', name: 'Bilag B' },
    ]);
    expect(renamed?.rowsGroup).toBe('Bilag B');
  });

  it('falls back to the whole codebook when the group is gone', () => {
    const options = toMatrixOptions({ ...DEFAULT_MATRIX_FORM, rowsGroupId: 'gone' }, codes, 'da');
    expect(options?.rowsGroup).toBeUndefined();
    expect(options?.rowsRoot).toBeNull();
    expect(rowsChoice({ rowsCodeId: null, rowsGroupId: 'gone' }, codes, groups)).toBe('');
  });

  it('translates the rows select box both ways, one kind of rows at a time', () => {
    expect(fromRowsChoice('group:g1')).toEqual({ rowsCodeId: null, rowsGroupId: 'g1' });
    expect(fromRowsChoice('code:p')).toEqual({ rowsCodeId: 'p', rowsGroupId: null });
    expect(fromRowsChoice('')).toEqual({ rowsCodeId: null, rowsGroupId: null });
    expect(rowsChoice({ rowsCodeId: null, rowsGroupId: 'g1' }, codes, groups)).toBe('group:g1');
    expect(rowsChoice({ rowsCodeId: 'p', rowsGroupId: null }, codes, groups)).toBe('code:p');
    // "III Risiko" has no children: it cannot head a matrix.
    expect(rowsChoice({ rowsCodeId: 'risk', rowsGroupId: null }, codes, groups)).toBe('');
  });

  it('loads a saved table’s group into the controls, and sees it as unchanged', () => {
    const saved = {
      rowsGroup: 'Bilag A',
      columns: { kind: 'speakers' as const },
      mode: 'quotes' as const,
      citation: 'short',
      language: 'da' as const,
    };
    const form = formFromOptions(saved, false, codes, groups);
    expect(form).toMatchObject({ rowsGroupId: 'g1', rowsCodeId: null });
    const options = toMatrixOptions(form, codes, 'en', groups)!;
    expect(
      sameDefinition({ options, standalone: false }, { options: saved, standalone: false }, false),
    ).toBe(true);
    const other = { ...saved, rowsGroup: 'Bilag B' };
    expect(
      sameDefinition({ options, standalone: false }, { options: other, standalone: false }, false),
    ).toBe(false);
    expect(formFromOptions(other, false, codes, groups).rowsGroupId).toBeNull();
  });
});
