import { describe, expect, it } from 'vitest';
import {
  DEFAULT_MATRIX_FORM,
  citationSource,
  formFromOptions,
  rowRootChoices,
  toMatrixOptions,
} from '../../../../src/renderer/features/matrix/matrix-form';
import type { MatrixOptions } from '@shared/matrix/options';
import {
  alsoCodedPaths,
  displayCodePath,
} from '../../../../src/renderer/features/matrix/also-coded';

const codes = [
  { id: 'p', parentId: null, path: ['Principper'] },
  { id: 'risk', parentId: 'p', path: ['Principper', 'III Risiko'] },
  { id: 'fail', parentId: 'risk', path: ['Principper', 'III Risiko', 'Fejl'] },
  { id: 'lone', parentId: null, path: ['Løs'] },
];

describe('rowRootChoices', () => {
  it('offers only codes with children, in codebook order', () => {
    expect(rowRootChoices(codes).map((c) => c.id)).toEqual(['p', 'risk']);
  });
});

describe('toMatrixOptions', () => {
  it('resolves the row code to its current path', () => {
    const options = toMatrixOptions({ ...DEFAULT_MATRIX_FORM, rowsCodeId: 'risk' }, codes);
    expect(options?.rowsRoot).toEqual(['Principper', 'III Risiko']);
  });

  it('falls back to the whole codebook when the row code is gone or childless', () => {
    expect(
      toMatrixOptions({ ...DEFAULT_MATRIX_FORM, rowsCodeId: 'gone' }, codes)?.rowsRoot,
    ).toBeNull();
    expect(
      toMatrixOptions({ ...DEFAULT_MATRIX_FORM, rowsCodeId: 'lone' }, codes)?.rowsRoot,
    ).toBeNull();
  });

  it('parses attribute columns and refuses malformed ones', () => {
    expect(
      toMatrixOptions({ ...DEFAULT_MATRIX_FORM, columns: 'attribute:Størrelse' }, codes)?.columns,
    ).toEqual({ kind: 'attribute', name: 'Størrelse' });
    expect(toMatrixOptions({ ...DEFAULT_MATRIX_FORM, columns: 'rows' }, codes)).toBeNull();
  });

  it('sends the preset name or the custom template, and no blank title', () => {
    const form = {
      ...DEFAULT_MATRIX_FORM,
      citation: 'custom' as const,
      customTemplate: '({label})',
    };
    expect(citationSource(form)).toBe('({label})');
    expect(citationSource({ ...form, citation: 'long' })).toBe('long');
    expect(toMatrixOptions({ ...form, title: '   ' }, codes)?.title).toBeNull();
    expect(toMatrixOptions({ ...form, title: ' Tabel 1 ' }, codes)?.title).toBe('Tabel 1');
  });
});

describe('what the exports print', () => {
  it('speaks the UI language unless a language is chosen, memos off', () => {
    const options = toMatrixOptions(DEFAULT_MATRIX_FORM, codes, 'da');
    expect(options).toMatchObject({ language: 'da', memos: false, rowLabels: 'indent' });
    // The language's own quote marks, and no coder filter, unless chosen.
    expect(options).not.toHaveProperty('quoteMarks');
    expect(options).not.toHaveProperty('coders');
    expect(toMatrixOptions({ ...DEFAULT_MATRIX_FORM, language: 'en' }, codes, 'da')?.language).toBe(
      'en',
    );
    expect(
      toMatrixOptions(
        { ...DEFAULT_MATRIX_FORM, quoteMarks: 'none', memos: true, rowLabels: 'path' },
        codes,
        'en',
      ),
    ).toMatchObject({ quoteMarks: 'none', memos: true, rowLabels: 'path' });
  });

  it('leaves the automatic title to the core, which names it in the table’s language', () => {
    expect(toMatrixOptions(DEFAULT_MATRIX_FORM, codes, 'da')?.title).toBeNull();
  });
});

describe('formFromOptions', () => {
  const saved: MatrixOptions = {
    rowsRoot: ['Principper', 'III Risiko'],
    foldChildren: true,
    columns: { kind: 'attribute', name: 'Region' },
    mode: 'counts',
    citation: '({label}, l. {lines})',
    includeInterviewer: true,
    coders: ['Anna'],
    title: 'Bilag 2',
    language: 'da',
    memos: true,
    quoteMarks: 'curly',
    rowLabels: 'numbered',
  };

  it('loads a saved table into the controls and gives back the same options', () => {
    const form = formFromOptions(saved, true, codes);
    expect(form).toMatchObject({
      rowsCodeId: 'risk',
      columns: 'attribute:Region',
      citation: 'custom',
      customTemplate: '({label}, l. {lines})',
      standalone: true,
      coders: ['Anna'],
    });
    expect(toMatrixOptions(form, codes, 'en')).toEqual(saved);
  });

  it('fixes the language of a table saved without one (English, the core’s default)', () => {
    const form = formFromOptions(
      { columns: { kind: 'speakers' }, mode: 'quotes', citation: 'located' },
      false,
      codes,
    );
    expect(form).toMatchObject({ citation: 'located', language: 'en', rowsCodeId: null });
    expect(toMatrixOptions(form, codes, 'da')?.language).toBe('en');
  });
});

describe('alsoCodedPaths', () => {
  const quoteCodes = ['Principper/III Risiko', 'Principper/III Risiko/Fejl', 'Temaer/Økonomi'];

  it('leaves out the row code itself', () => {
    expect(alsoCodedPaths(quoteCodes, ['Principper', 'III Risiko'], false)).toEqual([
      'Principper/III Risiko/Fejl',
      'Temaer/Økonomi',
    ]);
  });

  it('in a folded row also leaves out the codes below it', () => {
    expect(alsoCodedPaths(quoteCodes, ['Principper', 'III Risiko'], true)).toEqual([
      'Temaer/Økonomi',
    ]);
  });

  it('compares escaped paths, so a slash in a name is not a level', () => {
    expect(alsoCodedPaths(['A\\/B', 'A/B'], ['A/B'], true)).toEqual(['A/B']);
  });
});

describe('displayCodePath', () => {
  it('shows the levels of a code path with arrows', () => {
    expect(displayCodePath('Principper/III Risiko')).toBe('Principper › III Risiko');
  });

  it('keeps an escaped slash inside a name', () => {
    expect(displayCodePath('Temaer/Før\\/efter')).toBe('Temaer › Før/efter');
  });
});
