/** What the core builds for the exports: the legend, the language of its labels, the presentation. */
import { describe, expect, it } from 'vitest';
import { buildMatrix } from '../../../src/main/backend/services/matrix/build-matrix';
import { applyCoding } from '../../../src/main/backend/services/codings';
import { addTranscript } from '../../helpers/temp-project';
import { tablesFixture } from '../tables/fixture';

const options = {
  rowsRoot: ['Principper'],
  columns: { kind: 'speakers' as const },
  mode: 'quotes' as const,
  citation: 'short',
};

describe('buildMatrix for the exports', () => {
  it('explains every column in the legend, also an interviewee without quotes', () => {
    const f = tablesFixture();
    f.code('JKM', 'Principper/III Risiko', 'Vi tør godt fejle.');
    const matrix = buildMatrix(f.project, options);
    expect(matrix.columns.map((c) => c.label)).toEqual(['JKM', 'TC']);
    expect(matrix.legend.map((l) => l.label)).toEqual(['JKM', 'TC']);
    expect(matrix.legend[0]!.name).toBe('Jens Kristian Munk');
    // The interviewer is in the legend when cited or given a column.
    const withInterviewer = buildMatrix(f.project, { ...options, includeInterviewer: true });
    expect(withInterviewer.legend.map((l) => l.label)).toEqual(['JKM', 'TC', 'I']);
  });

  it('titles the matrix and names its extra columns in the chosen language', () => {
    const f = tablesFixture();
    addTranscript(f.project, 'Noter.txt', 'Et notat uden talere.');
    const doc = f.project.readOne<{ id: string }>(
      `SELECT id FROM documents WHERE name = 'Noter.txt'`,
    )!;
    applyCoding(f.project, {
      documentId: doc.id,
      codeId: f.codes['Principper/III Risiko']!,
      startUtf16: 0,
      endUtf16: 8,
    });
    const da = buildMatrix(f.project, { ...options, language: 'da' });
    expect(da.title).toBe('Principper × interviewpersoner');
    expect(da.columns.at(-1)!.label).toBe('(ingen taler)');
    expect(da.presentation).toEqual({
      language: 'da',
      memos: false,
      quoteMarks: 'guillemets',
      rowLabels: 'indent',
    });
    const en = buildMatrix(f.project, { ...options, rowsRoot: null, includeInterviewer: true });
    expect(en.title).toBe('Codebook × speakers');
    expect(en.columns.at(-1)!.label).toBe('(no speaker)');
    expect(en.presentation!.quoteMarks).toBe('curly');
  });
});
