/**
 * citat exchange import | export: whole projects to and from REFI-QDA (.qdpx), and in
 * from Taguette's project file (recognised by its content).
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { invoke } from '../../backend/api/dispatch';
import { inputError, usageError } from '../../backend/errors';
import { exchangeFileKind, importExchangeFile } from '../../backend/exchange/exchange-import';
import { buildQdpx } from '../../backend/exchange/qdpx/qdpx-export';
import type { QdpxImportReport } from '../../backend/exchange/qdpx/qdpx-import';
import { EXIT_OK, json, parseCommand, type CliIo } from '../cli-io';
import { readProject, withProject } from '../open-project';
import { groupImportLine } from './group-commands';

const IMPORT_NAMES = '<project> <file.qdpx|Taguette .sqlite3> [--coder NAME] [--json]';
const USAGE = `usage: citat exchange import ${IMPORT_NAMES} | citat exchange export <project> <file.qdpx>`;
/** The zip reader refuses more than 1 GiB unpacked; a larger archive is not worth reading. */
const MAX_QDPX_BYTES = 1024 * 1024 * 1024;
/** Above this size the import reports its stages as it goes. */
const PROGRESS_BYTES = 1024 * 1024;

function readQdpxFile(path: string): Uint8Array {
  const name = basename(path);
  const ext = extname(name).toLowerCase();
  if (ext === '.qdc' || ext === '.csv' || ext === '.xlsx') {
    throw usageError(
      'cli.bad-format',
      `exchange import: ${name} is a codebook; import it with "citat codebook import"`,
    );
  }
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw inputError('exchange.not-found', `${name}: no such file`);
  }
  if (size > MAX_QDPX_BYTES)
    throw inputError('exchange.too-large', `${name}: ${size} bytes is too large to import`);
  return readFileSync(path);
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function printReport(report: QdpxImportReport, io: CliIo): void {
  const { created, matched } = report;
  io.out(`imported ${report.file}${report.origin ? ` (from ${report.origin})` : ''}\n`);
  const taguette = report.format === 'taguette';
  io.out(
    `  created: ${plural(created.documents, 'document')}, ${plural(created.codes, 'code')}, ` +
      `${plural(created.codings, 'coding')}, ${plural(created.coders, 'coder')}, ${plural(created.cases, 'case')}, ` +
      `${plural(created.attributes, 'attribute')}, ${plural(created.memos, 'memo')}, ${plural(created.speakers, 'speaker')}\n`,
  );
  const alreadyThere = matched.codes + matched.coders + matched.cases + matched.attributes;
  if (matched.documents.length + alreadyThere > 0) {
    io.out(
      `  already in the project: ${plural(matched.documents.length, 'document')}, ${plural(matched.codes, 'code')}, ` +
        `${plural(matched.coders, 'coder')}, ${plural(matched.cases, 'case')}, ${plural(matched.attributes, 'attribute')}\n`,
    );
    for (const m of matched.documents) {
      const same = m.source === m.document ? '' : ` (as "${m.document}")`;
      io.out(
        `    "${m.source}" has the same text as a document in the project${same}; its codings went there\n`,
      );
    }
  }
  const groups = groupImportLine(report.groups);
  if (groups !== null) io.out(`  ${groups}\n`);
  if (report.coder !== undefined && created.codings > 0) {
    const why = taguette ? ' (Taguette records no coders)' : '';
    io.out(`  codings by: ${report.coder}${why}\n`);
  }
  if (report.positions.unit !== '' && created.codings + report.skippedCodings > 0) {
    io.out(`  positions read as ${report.positions.unit}: ${report.positions.reason}\n`);
  }
  if (report.notImported.length > 0) {
    io.out(
      `  not imported${report.skippedCodings > 0 ? ` (${plural(report.skippedCodings, 'coding')} among them)` : ''}:\n`,
    );
    for (const item of report.notImported)
      io.out(`    - ${item.count} ${item.what}: ${item.detail}\n`);
  }
  for (const warning of report.warnings) io.err(`citat: warning: ${warning}\n`);
}

async function importVerb(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(
    'exchange import',
    args,
    { json: { type: 'boolean' }, coder: { type: 'string' } },
    { min: 2, max: 2, names: IMPORT_NAMES },
  );
  const path = positionals[1]!;
  const bytes = readQdpxFile(path);
  const fileName = basename(path);
  const coder = values.coder !== undefined ? { coder: values.coder } : {};
  // Only a large .qdpx calls the importer itself, for its progress lines; all else goes
  // through the API like every other command.
  const report = await withProject(positionals[0]!, (project) =>
    bytes.length > PROGRESS_BYTES && exchangeFileKind(bytes, fileName) === 'qdpx'
      ? importExchangeFile(project, bytes, fileName, {
          ...coder,
          onProgress: (message) => io.err(`citat: ${message}…\n`),
        })
      : invoke(project, 'exchange.import', { fileName, bytes, ...coder }),
  );
  if (values.json) io.out(json(report));
  else printReport(report, io);
  return EXIT_OK;
}

async function exportVerb(args: readonly string[], io: CliIo): Promise<number> {
  const { positionals } = parseCommand(
    'exchange export',
    args,
    {},
    { min: 2, max: 2, names: '<project> <file.qdpx>' },
  );
  const target = positionals[1]!;
  if (extname(target).toLowerCase() !== '.qdpx') {
    throw usageError('cli.bad-format', `exchange export: "${basename(target)}" must end in .qdpx`);
  }
  const result = await readProject(positionals[0]!, (project) => buildQdpx(project));
  writeFileSync(target, result.bytes);
  const { counts } = result;
  io.out(
    `wrote ${target}: ${plural(counts.sources, 'source')}, ${plural(counts.codes, 'code')}, ` +
      `${plural(counts.codings, 'coding')}, ${plural(counts.users, 'user')}, ${plural(counts.cases, 'case')}\n`,
  );
  for (const line of result.leftOut)
    io.err(`citat: note: not in the file (REFI-QDA has no place for it): ${line}\n`);
  return EXIT_OK;
}

export async function exchangeCommand(args: readonly string[], io: CliIo): Promise<number> {
  const [verb, ...rest] = args;
  if (verb === 'import') return importVerb(rest, io);
  if (verb === 'export') return exportVerb(rest, io);
  throw usageError('cli.bad-arguments', USAGE);
}
