/** citat search | matrix | codebook export | codebook import */
import { writeFileSync } from 'node:fs';
import { invoke } from '../../backend/api/dispatch';
import { usageError } from '../../backend/errors';
import { readCodebookBytes } from '../../backend/services/codebook-io';
import { EXIT_DATA, EXIT_OK, json, parseCommand, type CliIo } from '../cli-io';
import { MATRIX_OPTIONS, MATRIX_USAGE, matrixRequest } from '../matrix-options';
import { CODEBOOK_EXPORT_USAGE, codebookExport } from './codebook-export-command';
import { readProject, withProject } from '../open-project';
import { groupImportLine } from './group-commands';

export async function searchCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(
    'search',
    args,
    { json: { type: 'boolean' }, limit: { type: 'string' } },
    { min: 2, max: 2, names: '<project> <query> [--json] [--limit N]' },
  );
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  const result = await readProject(positionals[0]!, (project) =>
    invoke(project, 'search.text', {
      query: positionals[1]!,
      ...(limit !== undefined ? { limit } : {}),
    }),
  );
  if (values.json) {
    io.out(
      json(result.hits.map(({ documentId: _d, startUtf16: _s, endUtf16: _e, ...hit }) => hit)),
    );
    return notSearched(result.unreadable, io);
  }
  for (const hit of result.hits)
    io.out(`${hit.document}:${hit.line}: …${hit.before}[${hit.match}]${hit.after}…\n`);
  io.out(
    `${result.hits.length}${result.truncated ? '+' : ''} hit${result.hits.length === 1 ? '' : 's'}\n`,
  );
  return notSearched(result.unreadable, io);
}

/** Damaged texts were left out of the search: said on stderr, and the exit code is 2. */
function notSearched(unreadable: readonly string[], io: CliIo): number {
  if (unreadable.length === 0) return EXIT_OK;
  io.err(
    `citat: not searched, because the text is damaged (see citat check): ${unreadable.join(', ')}\n`,
  );
  return EXIT_DATA;
}

const BINARY_FORMATS = new Set(['docx', 'xlsx']);

export async function matrixCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand('matrix', args, MATRIX_OPTIONS, {
    min: 1,
    max: 1,
    names: `<project> ${MATRIX_USAGE}`,
  });
  const request = matrixRequest('matrix', values);
  if (!request.output && BINARY_FORMATS.has(request.format) && io.stdoutIsTerminal) {
    throw usageError(
      'cli.binary-to-terminal',
      `matrix: ${request.format} is a binary format; write it to a file with -o`,
    );
  }
  const file = await readProject(positionals[0]!, (project) =>
    invoke(project, 'matrix.export', {
      format: request.format,
      options: request.options,
      standalone: request.standalone,
    }),
  );
  if (request.output) {
    writeFileSync(request.output, file.bytes);
    io.out(`wrote ${request.output}\n`);
  } else {
    io.outBytes(file.bytes);
  }
  return EXIT_OK;
}

export async function codebookCommand(args: readonly string[], io: CliIo): Promise<number> {
  const [verb, ...rest] = args;
  if (verb === 'export') return codebookExport(rest, io);
  if (verb === 'import') {
    const { positionals } = parseCommand(
      'codebook import',
      rest,
      {},
      { min: 2, max: 2, names: '<project> <file.qdc|.csv|.xlsx>' },
    );
    // Any problem with the file itself (missing, a folder, unreadable, empty, too large,
    // not a codebook) is an input error: exit 2, with a message naming the file.
    const { bytes, fileName } = readCodebookBytes(positionals[1]!);
    const result = await withProject(positionals[0]!, (project) =>
      invoke(project, 'codebook.import', { fileName, bytes }),
    );
    for (const warning of result.warnings) io.err(`citat: warning: ${warning}\n`);
    io.out(
      `imported ${fileName}: ${result.created} new codes, ${result.matched} already present${result.described ? `, ${result.described} gained descriptions` : ''}\n`,
    );
    const groups = groupImportLine(result.groups);
    if (groups !== null) io.out(`  ${groups}\n`);
    return EXIT_OK;
  }
  throw usageError(
    'cli.bad-arguments',
    `usage: citat codebook export <project> ${CODEBOOK_EXPORT_USAGE} | citat codebook import <project> <file.qdc|.csv|.xlsx>`,
  );
}
