/** Reading the coded project: full-text search, the quote matrix and its DOCX export. */
import type { QuoteMatrix } from '@shared/matrix/model';
import type { MatrixOptions } from '@shared/matrix/options';
import { exportMatrix } from '../../src/main/backend/export/matrix-export';
import type { Project } from '../../src/main/backend/project/project';
import { buildMatrix } from '../../src/main/backend/services/matrix/build-matrix';
import { searchText } from '../../src/main/backend/services/search';
import { PHRASE, RARE_WORD } from '../corpus/words';
import { measureSimple, type Metric, type Repetitions } from '../lib/timing';
import { MATRIX_ROOT } from './coded-project';

export interface SearchMetric extends Metric {
  query: string;
  hits: number;
  truncated: boolean;
}

export interface MatrixMetric extends Metric {
  rows: number;
  columns: number;
  quotes: number;
}

export interface QueryResults {
  search: { common: SearchMetric; rare: SearchMetric; phrase: SearchMetric };
  matrixQuotes: MatrixMetric;
  matrixCounts: MatrixMetric;
  docxExport: Metric & { bytes: number };
  matrixOptions: MatrixOptions;
}

async function timeSearch(
  project: Project,
  reps: Repetitions,
  query: string,
): Promise<SearchMetric> {
  const metric = await measureSimple(reps, () => searchText(project, query));
  const result = searchText(project, query);
  return { query, hits: result.hits.length, truncated: result.truncated, ...metric };
}

function matrixSize(matrix: QuoteMatrix) {
  return {
    rows: matrix.rows.length,
    columns: matrix.columns.length,
    quotes: matrix.cells.reduce((sum, cell) => sum + cell.count, 0),
  };
}

export async function runQueryScenarios(
  project: Project,
  reps: Repetitions,
): Promise<QueryResults> {
  const search = {
    common: await timeSearch(project, reps, 'og'),
    rare: await timeSearch(project, reps, RARE_WORD),
    phrase: await timeSearch(project, reps, `"${PHRASE}"`),
  };
  const quotesOptions: MatrixOptions = {
    rowsRoot: [MATRIX_ROOT],
    columns: { kind: 'speakers' },
    mode: 'quotes',
    citation: 'located',
  };
  const countsOptions: MatrixOptions = { ...quotesOptions, mode: 'counts' };
  const matrixQuotes = await measureSimple(reps, () => buildMatrix(project, quotesOptions));
  const matrixCounts = await measureSimple(reps, () => buildMatrix(project, countsOptions));
  const quotesMatrix = buildMatrix(project, quotesOptions);
  const docx = await measureSimple(reps, () => exportMatrix(quotesMatrix, 'docx'));
  return {
    search,
    matrixQuotes: { ...matrixQuotes, ...matrixSize(quotesMatrix) },
    matrixCounts: { ...matrixCounts, ...matrixSize(buildMatrix(project, countsOptions)) },
    docxExport: { ...docx, bytes: exportMatrix(quotesMatrix, 'docx').length },
    matrixOptions: quotesOptions,
  };
}
