/** citat codes add | codes list | code | codings | curate */
import { formatCodePath, parseCodePath } from '@shared/domain/codebook';
import { normaliseText } from '@shared/text/normalise';
import { CodePointIndex, LineIndex } from '@shared/text/offsets';
import { invoke } from '../../backend/api/dispatch';
import { dataError, usageError } from '../../backend/errors';
import { resolveCodePath } from '../../backend/services/codes';
import { findDocumentByName, getDocumentText } from '../../backend/services/documents-read';
import { EXIT_OK, json, oneLine, parseCommand, table, type CliIo } from '../cli-io';
import { readProject, withProject } from '../open-project';
import { CODES_EDIT_USAGE, codesEditCommand } from './codebook-edit-commands';

export async function codesCommand(args: readonly string[], io: CliIo): Promise<number> {
  const [verb, ...rest] = args;
  if (verb === 'add') {
    const { positionals } = parseCommand(
      'codes add',
      rest,
      {},
      { min: 2, max: 2, names: '<project> <path>' },
    );
    const path = parseCodePath(positionals[1]!);
    const result = await withProject(positionals[0]!, (project) =>
      invoke(project, 'codes.createPath', { path }),
    );
    io.out(
      `created ${formatCodePath(path)}${result.created > 1 ? ` (and ${result.created - 1} parent code${result.created > 2 ? 's' : ''})` : ''}\n`,
    );
    return EXIT_OK;
  }
  if (verb === 'list') {
    const { values, positionals } = parseCommand(
      'codes list',
      rest,
      { json: { type: 'boolean' } },
      { min: 1, max: 1, names: '<project> [--json]' },
    );
    const codes = await readProject(positionals[0]!, (project) =>
      invoke(project, 'codes.list', {}),
    );
    if (values.json) {
      io.out(
        json(
          codes.map((c) => ({
            id: c.id,
            path: formatCodePath(c.path),
            name: c.name,
            parentId: c.parentId,
            color: c.color,
            definition: c.definition,
            codings: c.codingCount,
            codingsWithChildren: c.totalCodingCount,
          })),
        ),
      );
    } else {
      io.out(
        table(
          ['CODE', 'COLOUR', 'CODINGS'],
          codes.map((c) => [
            `${'  '.repeat(c.depth)}${c.name}`,
            c.color,
            String(c.totalCodingCount),
          ]),
        ),
      );
    }
    return EXIT_OK;
  }
  if (verb !== undefined) return codesEditCommand(verb, rest, io);
  throw usageError(
    'cli.bad-arguments',
    `usage:\ncitat codes add <project> <path>\ncitat codes list <project> [--json]\n${CODES_EDIT_USAGE.join('\n')}`,
  );
}

function findOccurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
}

function rangeFromMatch(
  documentName: string,
  text: string,
  match: string,
  occurrence: string | undefined,
): [number, number] {
  const needle = normaliseText(match);
  if (!needle.trim()) throw usageError('cli.empty-match', 'code: --match needs some text');
  const found = findOccurrences(text, needle);
  const lines = new LineIndex(text);
  if (found.length === 0)
    throw dataError('code.no-match', `"${oneLine(needle, 60)}" does not occur in ${documentName}`);
  if (occurrence === undefined) {
    if (found.length > 1) {
      const where = found.map((at) => lines.lineOf(at)).join(', ');
      throw dataError(
        'code.ambiguous-match',
        `"${oneLine(needle, 60)}" occurs ${found.length} times in ${documentName} (lines ${where}); choose one with --occurrence 1–${found.length}`,
      );
    }
    return [found[0]!, found[0]! + needle.length];
  }
  const k = Number(occurrence);
  if (!Number.isInteger(k) || k < 1 || k > found.length) {
    throw dataError(
      'code.bad-occurrence',
      `--occurrence must be 1–${found.length}: "${oneLine(needle, 60)}" occurs ${found.length} time${found.length > 1 ? 's' : ''} in ${documentName}`,
    );
  }
  return [found[k - 1]!, found[k - 1]! + needle.length];
}

function rangeFromCodePoints(
  text: string,
  documentName: string,
  start: string,
  end: string,
): [number, number] {
  const s = Number(start);
  const e = Number(end);
  const index = new CodePointIndex(text);
  if (
    !Number.isInteger(s) ||
    !Number.isInteger(e) ||
    s < 0 ||
    e <= s ||
    e > index.lengthCodePoints
  ) {
    throw usageError(
      'cli.bad-range',
      `--start/--end must satisfy 0 ≤ start < end ≤ ${index.lengthCodePoints} (the length of ${documentName} in code points)`,
    );
  }
  return [index.toUtf16(s), index.toUtf16(e)];
}

export async function codeCommand(args: readonly string[], io: CliIo): Promise<number> {
  const usage =
    '<project> --doc <document name> --code <path> (--match <exact text> [--occurrence K] | --start N --end M) [--memo M] [--coder NAME]';
  const { values, positionals } = parseCommand(
    'code',
    args,
    {
      doc: { type: 'string' },
      code: { type: 'string' },
      match: { type: 'string' },
      occurrence: { type: 'string' },
      start: { type: 'string' },
      end: { type: 'string' },
      memo: { type: 'string' },
      coder: { type: 'string' },
    },
    { min: 1, max: 1, names: usage },
  );
  if (!values.doc || !values.code)
    throw usageError(
      'cli.bad-arguments',
      `code: --doc and --code are required; usage: citat code ${usage}`,
    );
  const byMatch = values.match !== undefined;
  const byRange = values.start !== undefined || values.end !== undefined;
  if (
    byMatch === byRange ||
    (byRange && (values.start === undefined || values.end === undefined))
  ) {
    throw usageError(
      'cli.bad-arguments',
      'code: give either --match <text> or both --start and --end',
    );
  }
  if (values.occurrence !== undefined && !byMatch)
    throw usageError('cli.bad-arguments', 'code: --occurrence goes with --match');
  await withProject(positionals[0]!, async (project) => {
    const document = findDocumentByName(project, values.doc!);
    const code = resolveCodePath(project, parseCodePath(values.code!));
    const text = getDocumentText(project, document.id);
    const [startUtf16, endUtf16] = byMatch
      ? rangeFromMatch(document.name, text, values.match!, values.occurrence)
      : rangeFromCodePoints(text, document.name, values.start!, values.end!);
    // --coder names who codes this once; the current coder stays as it is (citat coder sets it).
    const coding = await invoke(project, 'codings.apply', {
      documentId: document.id,
      codeId: code.id,
      startUtf16,
      endUtf16,
      ...(values.memo !== undefined ? { memo: values.memo } : {}),
      ...(values.coder !== undefined ? { coder: values.coder } : {}),
    });
    const lines = new LineIndex(text).linesOf(startUtf16, endUtf16);
    io.out(
      `coded ${document.name} l. ${lines.first}${lines.last > lines.first ? `–${lines.last}` : ''} with ${formatCodePath(code.path)} (coding ${coding.id})\n`,
    );
  });
  return EXIT_OK;
}

export async function curateCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(
    'curate',
    args,
    { text: { type: 'string' }, note: { type: 'string' }, clear: { type: 'boolean' } },
    {
      min: 2,
      max: 2,
      names: '<project> <coding id> (--text <printed quote> [--note N] | --clear)',
    },
  );
  if ((values.text === undefined) === !values.clear)
    throw usageError('cli.bad-arguments', 'curate: give --text or --clear');
  await withProject(positionals[0]!, (project) =>
    invoke(project, 'codings.curate', {
      id: positionals[1]!,
      displayText: values.clear ? null : values.text!,
      note: values.note ?? null,
    }),
  );
  io.out(values.clear ? 'curation removed\n' : 'quote curated\n');
  return EXIT_OK;
}
