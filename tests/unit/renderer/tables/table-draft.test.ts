import { describe, expect, it } from 'vitest';
import type { SavedTable } from '@shared/matrix/tables';
import {
  draftProblems,
  freeTableName,
  initialDraft,
  replacedTable,
  withFile,
  withFileFormat,
  withName,
} from '../../../../src/renderer/features/tables/table-draft';

const saved = (name: string, format: SavedTable['format'] = 'docx'): SavedTable => ({
  name,
  file: `../thesis/${name}.${format}`,
  path: `/x/thesis/${name}.${format}`,
  format,
  standalone: false,
  options: { columns: { kind: 'speakers' }, mode: 'quotes', citation: 'short' },
  lastExport: null,
});
const numbered = (n: number) => `Tabel ${n}`;

describe('the save dialog’s draft', () => {
  it('starts a new table as the first free "Tabel n" in DOCX, its file named after it', () => {
    const tables = [saved('tabel 2'), saved('Bilag')];
    expect(freeTableName(tables, numbered)).toBe('Tabel 3');
    expect(initialDraft(undefined, tables, numbered)).toEqual({
      name: 'Tabel 3',
      format: 'docx',
      file: 'tabel-3.docx',
      fileChosen: false,
    });
  });

  it('starts from the table being edited, its file as chosen', () => {
    expect(initialDraft(saved('Bilag 1', 'tex'), [], numbered)).toEqual({
      name: 'Bilag 1',
      format: 'tex',
      file: '../thesis/Bilag 1.tex',
      fileChosen: true,
    });
  });

  it('lets the file follow the name until a file is typed; the extension always follows the format', () => {
    let draft = initialDraft(undefined, [], numbered);
    draft = withFileFormat(withName(draft, 'Bilag 2'), 'xlsx');
    expect(draft.file).toBe('bilag-2.xlsx');
    draft = withFile(draft, '../speciale/appendiks');
    draft = withName(draft, 'Bilag 3');
    expect(draft.file).toBe('../speciale/appendiks');
    expect(draftProblems(draft)).toEqual({ name: null, file: 'extension' });
    expect(withFileFormat(draft, 'tex').file).toBe('../speciale/appendiks.tex');
  });

  it('says what is missing and which saved table a name replaces', () => {
    const draft = withFile(withName(initialDraft(undefined, [], numbered), '  '), '');
    expect(draftProblems(draft)).toEqual({ name: 'empty', file: 'empty' });
    expect(replacedTable(withName(draft, 'BILAG 1'), [saved('Bilag 1')])?.name).toBe('Bilag 1');
    expect(replacedTable(withName(draft, 'Bilag 10'), [saved('Bilag 1')])).toBeUndefined();
  });
});
