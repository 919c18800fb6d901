/** citat tables save | list | export | show | delete */
import { relative, resolve } from 'node:path';
import type { ReportQuote, SavedTable, TableReport } from '@shared/matrix/tables';
import { invoke } from '../../backend/api/dispatch';
import { usageError } from '../../backend/errors';
import { EXIT_OK, json, oneLine, parseCommand, table, type CliIo } from '../cli-io';
import { MATRIX_OPTIONS, MATRIX_USAGE, matrixArguments, matrixRequest } from '../matrix-options';
import { readProject, withProject } from '../open-project';

const USAGE = [
  `citat tables save <project> <name> ${MATRIX_USAGE.replace(' [-o <file>]', '')} -o <file>`,
  'citat tables list <project> [--json]',
  'citat tables export <project> [<name>...] [--json]',
  'citat tables show <project> <name> [--json]',
  'citat tables delete <project> <name>',
].join(' | ');

const NONE_SAVED =
  'no saved tables (save one with: citat tables save <project> <name> … -o <file>)\n';

/** A table's file as the user sees it: relative to the current folder. */
function shownPath(path: string): string {
  return relative(process.cwd(), path) || path;
}

async function saveCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand('tables save', args, MATRIX_OPTIONS, {
    min: 2,
    max: 2,
    names: `<project> <name> ${MATRIX_USAGE}`,
  });
  if (!values.output)
    throw usageError('cli.missing-output', 'tables save: give the file to write with -o <file>');
  const request = matrixRequest('tables save', values);
  // -o is read relative to the current folder; the core stores it relative to the project's.
  const file = resolve(request.output!);
  const saved = await withProject(positionals[0]!, (project) =>
    invoke(project, 'tables.save', {
      name: positionals[1]!,
      options: request.options,
      format: request.format,
      standalone: request.standalone,
      file,
    }),
  );
  io.out(
    `${saved.replaced ? 'replaced' : 'saved'} table "${saved.table.name}" → ${shownPath(saved.table.path)}\n`,
  );
  return EXIT_OK;
}

async function listCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(
    'tables list',
    args,
    { json: { type: 'boolean' } },
    { min: 1, max: 1, names: '<project> [--json]' },
  );
  const tables = await readProject(positionals[0]!, (project) =>
    invoke(project, 'tables.list', {}),
  );
  if (values.json) {
    io.out(
      json(
        tables.map((t: SavedTable) => ({
          name: t.name,
          file: shownPath(t.path),
          format: t.format,
          standalone: t.standalone,
          options: t.options,
          lastExported: t.lastExport?.at ?? null,
        })),
      ),
    );
    return EXIT_OK;
  }
  if (tables.length === 0) {
    io.out(NONE_SAVED);
    return EXIT_OK;
  }
  io.out(
    table(
      ['name', 'file', 'last exported', 'matrix'],
      tables.map((t) => [
        t.name,
        shownPath(t.path),
        t.lastExport ? t.lastExport.at.replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC') : 'never',
        matrixArguments(t.options, t.format, t.standalone),
      ]),
    ),
  );
  return EXIT_OK;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "2 quotes added, 1 removed, 1 edited" (parts that are 0 left out). */
function changeSummary(report: TableReport): string {
  const parts: [number, string][] = [
    [report.added.length, 'added'],
    [report.removed.length, 'removed'],
    [report.edited.length, 'edited'],
  ];
  const present = parts.filter(([n]) => n > 0);
  if (present.length === 0)
    return 'changed (no quote added, removed or edited: labels, legend or layout differ)';
  const words = present.map(([n, what], index) =>
    index === 0 ? `${plural(n, 'quote')} ${what}` : `${n} ${what}`,
  );
  return `changed: ${words.join(', ')}`;
}

/** After an export: what happened to the file; `null` = a preview, which writes nothing. */
function fileNote(report: TableReport, written: boolean | null): string {
  if (written === null) {
    if (report.status === 'new') return '';
    if (report.fileState === 'missing') return ' (its file is missing)';
    if (report.fileState === 'different') return ' (its file was changed since the last export)';
    return '';
  }
  if (!written) return '';
  if (report.fileState === 'missing')
    return report.status === 'new' ? '' : ' (the file was missing: written again)';
  if (report.fileState === 'different') return ' (replaced the file that was there)';
  return '';
}

function changeLine(kind: string, quote: ReportQuote): string {
  return `  ${kind} ${quote.row} × ${quote.column}: "${oneLine(quote.text, 60)}"\n`;
}

function reportText(report: TableReport, written: boolean | null): string {
  const status = report.status === 'changed' ? changeSummary(report) : report.status;
  let out = `${report.name} → ${shownPath(report.path)}: ${status}${fileNote(report, written)}\n`;
  for (const quote of report.added) out += changeLine('added:  ', quote);
  for (const quote of report.removed) out += changeLine('removed:', quote);
  for (const quote of report.edited) out += changeLine('edited: ', quote);
  return out;
}

const jsonQuote = (q: ReportQuote) => ({
  row: q.row,
  column: q.column,
  text: q.text,
  citation: q.citation,
});

const reportJson = (report: TableReport) => ({
  name: report.name,
  file: shownPath(report.path),
  status: report.status,
  added: report.added.map(jsonQuote),
  removed: report.removed.map(jsonQuote),
  edited: report.edited.map(jsonQuote),
});

async function exportCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(
    'tables export',
    args,
    { json: { type: 'boolean' } },
    { min: 1, names: '<project> [<name>...] [--json]' },
  );
  const names = positionals.slice(1);
  // The core writes the files (as for the app) while the project is held, so two exports
  // cannot interleave their files.
  const exported = await withProject(positionals[0]!, (project) =>
    invoke(project, 'tables.regenerate', names.length > 0 ? { names } : {}),
  );
  if (values.json) {
    io.out(json(exported.map(reportJson)));
    return EXIT_OK;
  }
  if (exported.length === 0) io.out(NONE_SAVED);
  for (const result of exported) io.out(reportText(result, result.written));
  return EXIT_OK;
}

async function showCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(
    'tables show',
    args,
    { json: { type: 'boolean' } },
    { min: 2, max: 2, names: '<project> <name> [--json]' },
  );
  const report = await readProject(positionals[0]!, (project) =>
    invoke(project, 'tables.preview', { name: positionals[1]! }),
  );
  if (values.json) io.out(json(reportJson(report)));
  else io.out(reportText(report, null));
  return EXIT_OK;
}

async function deleteCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { positionals } = parseCommand(
    'tables delete',
    args,
    {},
    { min: 2, max: 2, names: '<project> <name>' },
  );
  const wanted = positionals[1]!.trim();
  const found = await withProject(positionals[0]!, async (project) => {
    const tables = await invoke(project, 'tables.list', {});
    await invoke(project, 'tables.delete', { name: wanted });
    return tables.find((t) => t.name.toLowerCase() === wanted.toLowerCase());
  });
  const name = found?.name ?? wanted;
  io.out(
    `deleted table "${name}"${found ? ` (its file ${shownPath(found.path)} is left as it is)` : ''}\n`,
  );
  return EXIT_OK;
}

const VERBS: Record<string, (args: readonly string[], io: CliIo) => Promise<number>> = {
  save: saveCommand,
  list: listCommand,
  export: exportCommand,
  show: showCommand,
  delete: deleteCommand,
};

export async function tablesCommand(args: readonly string[], io: CliIo): Promise<number> {
  const [verb, ...rest] = args;
  const command = verb ? VERBS[verb] : undefined;
  if (!command) throw usageError('cli.bad-arguments', `usage: ${USAGE}`);
  return command(rest, io);
}
