/**
 * The matrix controls as the user sets them, and their translation into the core's
 * MatrixOptions. Rows are chosen by code id (stable across renames) and resolved to the
 * code's current path only when the matrix is built.
 */
import type { CitationPreset } from '@shared/citation/template';
import { parseColumnsBy, type MatrixColumnsBy, type MatrixOptions } from '@shared/matrix/options';

export type CitationChoice = CitationPreset | 'custom';

export interface MatrixForm {
  /** The code whose descendants are the rows; null = the whole codebook. */
  rowsCodeId: string | null;
  foldChildren: boolean;
  /** "speakers" | "cases" | "documents" | "attribute:<name>" */
  columns: string;
  mode: 'quotes' | 'counts';
  citation: CitationChoice;
  /** Used when `citation` is "custom". */
  customTemplate: string;
  includeInterviewer: boolean;
  title: string;
}

export const DEFAULT_MATRIX_FORM: MatrixForm = {
  rowsCodeId: null,
  foldChildren: false,
  columns: 'speakers',
  mode: 'quotes',
  citation: 'short',
  customTemplate: '({label}, {document}, l. {lines})',
  includeInterviewer: false,
  title: '',
};

export const CITATION_CHOICES: readonly CitationChoice[] = ['short', 'long', 'located', 'custom'];

export interface CodeRef {
  id: string;
  parentId: string | null;
  path: string[];
}

/** The preset name or the custom template the core is asked to cite with. */
export function citationSource(form: MatrixForm): string {
  return form.citation === 'custom' ? form.customTemplate : form.citation;
}

/** Codes that can head a matrix: those with at least one child code. */
export function rowRootChoices<C extends CodeRef>(codes: readonly C[]): C[] {
  const parents = new Set(codes.map((c) => c.parentId).filter((id): id is string => id !== null));
  return codes.filter((c) => parents.has(c.id));
}

/**
 * The options for `matrix.build`, or null when the columns value is malformed. A row code
 * that can no longer head a matrix (deleted, or its children moved away) falls back to the
 * whole codebook, as the rows select box then shows.
 */
export function toMatrixOptions(
  form: MatrixForm,
  codes: readonly CodeRef[],
  automaticTitle?: (rowsRoot: string[] | null, columns: MatrixColumnsBy) => string,
): MatrixOptions | null {
  const columns = parseColumnsBy(form.columns);
  if (!columns || (columns.kind === 'attribute' && columns.name === '')) return null;
  const root = form.rowsCodeId
    ? rowRootChoices(codes).find((c) => c.id === form.rowsCodeId)
    : undefined;
  const title = form.title.trim();
  return {
    rowsRoot: root ? root.path : null,
    foldChildren: form.foldChildren,
    columns,
    mode: form.mode,
    citation: citationSource(form),
    includeInterviewer: form.includeInterviewer,
    // Without a title of their own, matrices are named in the UI's language.
    title: title !== '' ? title : (automaticTitle?.(root ? root.path : null, columns) ?? null),
  };
}
