/**
 * The options of `citat matrix`, parsed once for every command that defines a matrix
 * (`citat matrix` and `citat tables save`), so the two cannot drift apart.
 */
import { extname } from 'node:path';
import { formatCodePath, parseCodePath } from '@shared/domain/codebook';
import {
  formatColumnsBy,
  MATRIX_FILE_FORMATS,
  MATRIX_LANGUAGES,
  parseColumnsBy,
  QUOTE_MARKS,
  ROW_LABELS,
  type MatrixFileFormat,
  type MatrixOptions,
} from '@shared/matrix/options';
import { usageError } from '../backend/errors';

export const MATRIX_OPTIONS = {
  rows: { type: 'string' },
  'rows-group': { type: 'string' },
  cols: { type: 'string' },
  counts: { type: 'boolean' },
  fold: { type: 'boolean' },
  citation: { type: 'string' },
  'include-interviewer': { type: 'boolean' },
  coder: { type: 'string', multiple: true },
  title: { type: 'string' },
  lang: { type: 'string' },
  memos: { type: 'boolean' },
  'quote-marks': { type: 'string' },
  'row-labels': { type: 'string' },
  format: { type: 'string' },
  standalone: { type: 'boolean' },
  output: { type: 'string', short: 'o' },
} as const;

export const MATRIX_USAGE =
  '[--rows <code path> | --rows-group <group>] [--cols speakers|cases|documents|attribute:<name>] [--counts] [--fold] ' +
  '[--citation short|long|located|<template>] [--include-interviewer] [--coder NAME]... [--title T] ' +
  '[--lang da|en] [--memos] [--quote-marks none|guillemets|curly] [--row-labels indent|numbered|path] ' +
  '[--format json|csv|md|html|docx|xlsx|tex] [--standalone] [-o <file>]';

export interface MatrixOptionValues {
  rows?: string;
  'rows-group'?: string;
  cols?: string;
  counts?: boolean;
  fold?: boolean;
  citation?: string;
  'include-interviewer'?: boolean;
  coder?: string[];
  title?: string;
  lang?: string;
  memos?: boolean;
  'quote-marks'?: string;
  'row-labels'?: string;
  format?: string;
  standalone?: boolean;
  output?: string;
}

export interface MatrixRequest {
  options: MatrixOptions;
  format: MatrixFileFormat;
  standalone: boolean;
  output: string | undefined;
}

function oneOf<T extends string>(
  command: string,
  option: string,
  value: string | undefined,
  allowed: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw usageError(
    'cli.bad-option',
    `${command}: --${option} must be ${allowed.slice(0, -1).join(', ')} or ${allowed.at(-1)}, not "${value}"`,
  );
}

/** The matrix, format and output the options ask for; usage errors name the command. */
export function matrixRequest(command: string, values: MatrixOptionValues): MatrixRequest {
  const columns = parseColumnsBy(values.cols ?? 'speakers');
  if (!columns)
    throw usageError(
      'cli.bad-columns',
      `${command}: --cols must be speakers, cases, documents or attribute:<name>, not "${values.cols}"`,
    );
  const formatName =
    values.format ?? (values.output ? extname(values.output).slice(1).toLowerCase() : 'md');
  const format = (MATRIX_FILE_FORMATS as readonly string[]).includes(formatName)
    ? (formatName as MatrixFileFormat)
    : null;
  if (!format)
    throw usageError(
      'cli.bad-format',
      `${command}: unknown format "${formatName}"; use ${MATRIX_FILE_FORMATS.slice(0, -1).join(', ')} or ${MATRIX_FILE_FORMATS.at(-1)}`,
    );
  if (values.standalone && format !== 'tex')
    throw usageError('cli.bad-option', `${command}: --standalone is for --format tex only`);
  if (values.rows !== undefined && values['rows-group'] !== undefined)
    throw usageError(
      'cli.bad-option',
      `${command}: give --rows (the codes below a code) or --rows-group (the codes of a group), not both`,
    );
  const language = oneOf(command, 'lang', values.lang, MATRIX_LANGUAGES) ?? 'en';
  const quoteMarks = oneOf(command, 'quote-marks', values['quote-marks'], QUOTE_MARKS) ?? null;
  const rowLabels = oneOf(command, 'row-labels', values['row-labels'], ROW_LABELS) ?? 'indent';
  return {
    options: {
      rowsRoot: values.rows ? parseCodePath(values.rows) : null,
      ...(values['rows-group'] !== undefined ? { rowsGroup: values['rows-group'] } : {}),
      foldChildren: values.fold ?? false,
      columns,
      mode: values.counts ? 'counts' : 'quotes',
      citation: values.citation ?? 'short',
      includeInterviewer: values['include-interviewer'] ?? false,
      coders: values.coder ?? null,
      title: values.title ?? null,
      language,
      memos: values.memos ?? false,
      quoteMarks,
      rowLabels,
    },
    format,
    standalone: values.standalone ?? false,
    output: values.output,
  };
}

/** A value as a shell would need it typed: quoted when it holds anything but letters and ./:@-. */
const quoteArg = (value: string): string =>
  /^[\p{L}\p{N}_./:@×-]+$/u.test(value) ? value : `"${value.replace(/(["\\$`])/g, '\\$1')}"`;

/** The options of `citat matrix` that give this matrix (defaults left out), for listings. */
export function matrixArguments(
  options: MatrixOptions,
  format: MatrixFileFormat,
  standalone: boolean,
): string {
  const args: string[] = [];
  if (options.rowsRoot && options.rowsRoot.length > 0)
    args.push('--rows', quoteArg(formatCodePath(options.rowsRoot)));
  if (options.rowsGroup) args.push('--rows-group', quoteArg(options.rowsGroup));
  if (options.columns.kind !== 'speakers')
    args.push('--cols', quoteArg(formatColumnsBy(options.columns)));
  if (options.mode === 'counts') args.push('--counts');
  if (options.foldChildren) args.push('--fold');
  if (options.citation !== 'short') args.push('--citation', quoteArg(options.citation));
  if (options.includeInterviewer) args.push('--include-interviewer');
  for (const coder of options.coders ?? []) args.push('--coder', quoteArg(coder));
  if (options.title) args.push('--title', quoteArg(options.title));
  if (options.language && options.language !== 'en') args.push('--lang', options.language);
  if (options.memos) args.push('--memos');
  if (options.quoteMarks) args.push('--quote-marks', options.quoteMarks);
  if (options.rowLabels && options.rowLabels !== 'indent')
    args.push('--row-labels', options.rowLabels);
  args.push('--format', format);
  if (standalone) args.push('--standalone');
  return args.join(' ');
}
