/**
 * citat codebook export: the codebook as .qdc, .csv, .xlsx, .md or .docx, or with --guide
 * the coding guide appendix (.docx, .md or .tex) with its anchor examples cited.
 */
import { writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { MATRIX_LANGUAGES, QUOTE_MARKS } from '@shared/matrix/options';
import { invoke } from '../../backend/api/dispatch';
import { usageError } from '../../backend/errors';
import { EXIT_OK, parseCommand, type CliIo, type Parsed } from '../cli-io';
import { readProject } from '../open-project';

export const CODEBOOK_EXPORT_USAGE =
  '<file.qdc|.csv|.xlsx|.md|.docx> [--flat] | <file.docx|.md|.tex> --guide [--lang da|en] ' +
  '[--citation short|long|located|<template>] [--quote-marks none|guillemets|curly] [--title T] [--standalone]';

const CODEBOOK_FORMATS = ['qdc', 'csv', 'xlsx', 'md', 'docx'] as const;
const GUIDE_FORMATS = ['docx', 'md', 'tex'] as const;

const OPTIONS = {
  flat: { type: 'boolean' },
  guide: { type: 'boolean' },
  lang: { type: 'string' },
  citation: { type: 'string' },
  'quote-marks': { type: 'string' },
  title: { type: 'string' },
  standalone: { type: 'boolean' },
} as const;

/** Options that only the coding guide takes. */
const GUIDE_ONLY = ['lang', 'citation', 'quote-marks', 'title', 'standalone'] as const;

function oneOf<T extends string>(option: string, value: string | undefined, allowed: readonly T[]) {
  if (value === undefined || (allowed as readonly string[]).includes(value))
    return value as T | undefined;
  throw usageError(
    'cli.bad-option',
    `codebook export: --${option} must be ${allowed.slice(0, -1).join(', ')} or ${allowed.at(-1)}, not "${value}"`,
  );
}

const isOneOf = <T extends string>(value: string, allowed: readonly T[]): value is T =>
  (allowed as readonly string[]).includes(value);

export async function codebookExport(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand('codebook export', args, OPTIONS, {
    min: 2,
    max: 2,
    names: `<project> ${CODEBOOK_EXPORT_USAGE}`,
  });
  const target = positionals[1]!;
  const ext = extname(target).slice(1).toLowerCase();
  const file = values.guide
    ? await exportGuide(positionals[0]!, target, ext, values)
    : await exportCodebook(positionals[0]!, target, ext, values);
  writeFileSync(target, file.bytes);
  for (const warning of file.warnings ?? []) io.err(`citat: warning: ${warning}\n`);
  io.out(`wrote ${target}\n`);
  return EXIT_OK;
}

type Values = Parsed<typeof OPTIONS>['values'];

function exportGuide(project: string, target: string, ext: string, values: Values) {
  if (!isOneOf(ext, GUIDE_FORMATS))
    throw usageError(
      'cli.bad-format',
      `codebook export --guide: "${basename(target)}" must end in .docx, .md or .tex (the coding guide is written as Word, Markdown or LaTeX)`,
    );
  if (values.flat)
    throw usageError(
      'cli.bad-arguments',
      'codebook export: --flat is for codebook tables (.csv, .xlsx), not the coding guide',
    );
  if (values.standalone && ext !== 'tex')
    throw usageError('cli.bad-option', 'codebook export: --standalone is for a .tex guide only');
  const language = oneOf('lang', values.lang, MATRIX_LANGUAGES);
  const quoteMarks = oneOf('quote-marks', values['quote-marks'], QUOTE_MARKS);
  return readProject(project, (p) =>
    invoke(p, 'codebook.exportGuide', {
      format: ext,
      ...(language ? { language } : {}),
      ...(values.citation !== undefined ? { citation: values.citation } : {}),
      ...(quoteMarks ? { quoteMarks } : {}),
      ...(values.title !== undefined ? { title: values.title } : {}),
      ...(values.standalone ? { standalone: true } : {}),
    }),
  );
}

function exportCodebook(project: string, target: string, ext: string, values: Values) {
  const misplaced = GUIDE_ONLY.find((option) => values[option] !== undefined);
  if (misplaced)
    throw usageError(
      'cli.bad-arguments',
      `codebook export: --${misplaced} goes with --guide (the coding guide)`,
    );
  if (!isOneOf(ext, CODEBOOK_FORMATS))
    throw usageError(
      'cli.bad-format',
      `codebook export: "${basename(target)}" must end in .qdc, .csv, .xlsx, .md or .docx${ext === 'tex' ? ' (a coding guide in LaTeX: add --guide)' : ''}`,
    );
  if (values.flat && ext !== 'csv' && ext !== 'xlsx')
    throw usageError(
      'cli.bad-arguments',
      "codebook export: --flat (Taguette's tag and description) goes with a .csv or .xlsx file",
    );
  return readProject(project, (p) =>
    invoke(p, 'codebook.export', { format: ext, flat: values.flat ?? false }),
  );
}
