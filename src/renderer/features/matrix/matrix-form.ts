/**
 * The matrix controls as the user sets them, and their translation into the core's
 * MatrixOptions (and back, for a saved table loaded into the controls). Rows are chosen by
 * code id or code group id (stable across renames) and resolved to the code's current path
 * or the group's current name only when the matrix is built.
 */
import type { CitationPreset } from '@shared/citation/template';
import {
  formatColumnsBy,
  parseColumnsBy,
  type MatrixLanguage,
  type MatrixOptions,
  type QuoteMarks,
  type RowLabels,
} from '@shared/matrix/options';

export type CitationChoice = CitationPreset | 'custom';

export interface MatrixForm {
  /** The code whose descendants are the rows; null = the whole codebook. */
  rowsCodeId: string | null;
  /** The code group whose codes are the rows (instead of `rowsCodeId`); null = none. */
  rowsGroupId: string | null;
  foldChildren: boolean;
  /** "speakers" | "cases" | "documents" | "attribute:<name>" */
  columns: string;
  mode: 'quotes' | 'counts';
  citation: CitationChoice;
  /** Used when `citation` is "custom". */
  customTemplate: string;
  includeInterviewer: boolean;
  title: string;
  /** The language of the exports' labels; null = the UI's language. */
  language: MatrixLanguage | null;
  /** Print coding memos and curation notes (notes to self: off unless asked for). */
  memos: boolean;
  /** null = the language's own (»…« in Danish, “…” in English). */
  quoteMarks: QuoteMarks | null;
  rowLabels: RowLabels;
  /** LaTeX: a complete document rather than a fragment to \input. */
  standalone: boolean;
  /** Only codings by these coders; null = all. Set by a saved table (`--coder`), never typed here. */
  coders: string[] | null;
}

export const DEFAULT_MATRIX_FORM: MatrixForm = {
  rowsCodeId: null,
  rowsGroupId: null,
  foldChildren: false,
  columns: 'speakers',
  mode: 'quotes',
  citation: 'short',
  customTemplate: '({label}, {document}, l. {lines})',
  includeInterviewer: false,
  title: '',
  language: null,
  memos: false,
  quoteMarks: null,
  rowLabels: 'indent',
  standalone: false,
  coders: null,
};

export const CITATION_CHOICES: readonly CitationChoice[] = ['short', 'long', 'located', 'custom'];

export interface CodeRef {
  id: string;
  parentId: string | null;
  path: string[];
}

export interface GroupRef {
  id: string;
  name: string;
}

/** What the rows select box holds: "" (whole codebook), "code:<id>" or "group:<id>". */
export function rowsChoice(
  form: Pick<MatrixForm, 'rowsCodeId' | 'rowsGroupId'>,
  codes: readonly CodeRef[],
  groups: readonly GroupRef[],
): string {
  if (form.rowsGroupId && groups.some((g) => g.id === form.rowsGroupId))
    return `group:${form.rowsGroupId}`;
  if (form.rowsCodeId && rowRootChoices(codes).some((c) => c.id === form.rowsCodeId))
    return `code:${form.rowsCodeId}`;
  return '';
}

/** The form fields a rows choice sets (the other kind of rows is cleared). */
export function fromRowsChoice(choice: string): Pick<MatrixForm, 'rowsCodeId' | 'rowsGroupId'> {
  if (choice.startsWith('group:')) return { rowsCodeId: null, rowsGroupId: choice.slice(6) };
  if (choice.startsWith('code:')) return { rowsCodeId: choice.slice(5), rowsGroupId: null };
  return { rowsCodeId: null, rowsGroupId: null };
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
 * that can no longer head a matrix (deleted, or its children moved away), or a rows group
 * that is gone, falls back to the whole codebook, as the rows select box then shows.
 * Without a title of its own the core names the matrix in the export's language.
 */
export function toMatrixOptions(
  form: MatrixForm,
  codes: readonly CodeRef[],
  uiLanguage: MatrixLanguage = 'en',
  groups: readonly GroupRef[] = [],
): MatrixOptions | null {
  const columns = parseColumnsBy(form.columns);
  if (!columns || (columns.kind === 'attribute' && columns.name === '')) return null;
  const group = form.rowsGroupId ? groups.find((g) => g.id === form.rowsGroupId) : undefined;
  const root =
    form.rowsCodeId && !group
      ? rowRootChoices(codes).find((c) => c.id === form.rowsCodeId)
      : undefined;
  const title = form.title.trim();
  return {
    rowsRoot: root ? root.path : null,
    ...(group ? { rowsGroup: group.name } : {}),
    foldChildren: form.foldChildren,
    columns,
    mode: form.mode,
    citation: citationSource(form),
    includeInterviewer: form.includeInterviewer,
    title: title !== '' ? title : null,
    language: form.language ?? uiLanguage,
    memos: form.memos,
    rowLabels: form.rowLabels,
    ...(form.quoteMarks ? { quoteMarks: form.quoteMarks } : {}),
    ...(form.coders ? { coders: form.coders } : {}),
  };
}

const samePath = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((name, i) => name === b[i]);

/**
 * The controls that give `options` (a saved table's): its language is set explicitly, so
 * the table keeps its language whatever the UI's.
 */
export function formFromOptions(
  options: MatrixOptions,
  standalone: boolean,
  codes: readonly CodeRef[],
  groups: readonly GroupRef[] = [],
): MatrixForm {
  const rowsRoot = options.rowsRoot ?? [];
  const root =
    rowsRoot.length > 0 ? rowRootChoices(codes).find((c) => samePath(c.path, rowsRoot)) : null;
  const group = options.rowsGroup ? groups.find((g) => g.name === options.rowsGroup) : null;
  const preset = (CITATION_CHOICES as readonly string[]).includes(options.citation)
    ? (options.citation as CitationChoice)
    : null;
  return {
    rowsCodeId: root?.id ?? null,
    rowsGroupId: group?.id ?? null,
    foldChildren: options.foldChildren ?? false,
    columns: formatColumnsBy(options.columns),
    mode: options.mode,
    citation: preset && preset !== 'custom' ? preset : 'custom',
    customTemplate:
      preset && preset !== 'custom' ? DEFAULT_MATRIX_FORM.customTemplate : options.citation,
    includeInterviewer: options.includeInterviewer ?? false,
    title: options.title ?? '',
    language: options.language ?? 'en',
    memos: options.memos ?? false,
    quoteMarks: options.quoteMarks ?? null,
    rowLabels: options.rowLabels ?? 'indent',
    standalone,
    coders: options.coders ? [...options.coders] : null,
  };
}
