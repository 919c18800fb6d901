/**
 * Whether the matrix controls still say what a saved table says, so the editing bar can
 * tell "unsaved changes" from "as saved". Options are compared with their defaults filled
 * in (no title = the automatic one, no quote marks = the language's own).
 */
import { defaultQuoteMarks, formatColumnsBy, type MatrixOptions } from '@shared/matrix/options';

function normalised(options: MatrixOptions, standalone: boolean) {
  const language = options.language ?? 'en';
  return {
    rowsRoot: (options.rowsRoot ?? []).join('\u0000'),
    rowsGroup: options.rowsGroup || null,
    foldChildren: options.foldChildren ?? false,
    columns: formatColumnsBy(options.columns),
    mode: options.mode,
    citation: options.citation,
    includeInterviewer: options.includeInterviewer ?? false,
    coders: options.coders ? [...options.coders].join('\u0000') : null,
    title: options.title?.trim() || null,
    language,
    memos: options.memos ?? false,
    quoteMarks: options.quoteMarks ?? defaultQuoteMarks(language),
    rowLabels: options.rowLabels ?? 'indent',
    standalone,
  };
}

/** `standalone` counts only for a LaTeX table (no other format has it). */
export function sameDefinition(
  a: { options: MatrixOptions; standalone: boolean },
  b: { options: MatrixOptions; standalone: boolean },
  latex: boolean,
): boolean {
  const x = normalised(a.options, latex && a.standalone);
  const y = normalised(b.options, latex && b.standalone);
  return (Object.keys(x) as (keyof typeof x)[]).every((key) => x[key] === y[key]);
}
