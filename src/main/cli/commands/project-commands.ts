/** citat new | import | speakers | speaker | undo | redo | history | backups */
import { existsSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { ImportOutcome } from '@shared/api/types';
import {
  normalisationChanges,
  type NormalisationChange,
  type NormalisationReport,
} from '@shared/text/normalise';
import { invoke } from '../../backend/api/dispatch';
import { Project } from '../../backend/project/project';
import { findSpeaker } from '../../backend/services/speakers';
import { inputError, usageError } from '../../backend/errors';
import { EXIT_DATA, EXIT_OK, json, parseCommand, table, type CliIo } from '../cli-io';
import { readProject, withProject } from '../open-project';

export async function newCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { positionals } = parseCommand('new', args, {}, { min: 1, max: 1, names: '<project>' });
  const path = positionals[0]!.endsWith('.citat') ? positionals[0]! : `${positionals[0]}.citat`;
  if (!existsSync(dirname(resolve(path)))) {
    throw inputError(
      'project.no-folder',
      `cannot create ${basename(path)}: the folder ${dirname(path)} does not exist`,
    );
  }
  Project.create(path).close();
  io.out(`created ${resolve(path)}\n`);
  return EXIT_OK;
}

export async function importCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(
    'import',
    args,
    { json: { type: 'boolean' } },
    { min: 2, names: '<project> <file>... [--json]' },
  );
  const [projectPath, ...files] = positionals as [string, ...string[]];
  // One call per file: each file is its own transaction, and progress shows as files finish.
  const outcomes = await withProject(projectPath, async (project) => {
    const done: ImportOutcome[] = [];
    for (const [index, file] of files.entries()) {
      const [outcome] = await invoke(project, 'documents.importFiles', { paths: [file] });
      done.push(outcome!);
      if (values.json) continue;
      const progress = files.length > 1 ? `[${index + 1}/${files.length}] ` : '';
      if (!outcome!.ok) {
        io.err(`citat: ${progress}${outcome!.error.message}\n`);
        continue;
      }
      const speakers =
        outcome!.speakers.length > 0
          ? `speakers ${outcome!.speakers.join(', ')}`
          : 'no speaker turns found';
      const tidied = describeNormalisation(outcome!.normalisation);
      io.out(
        `${progress}imported ${outcome!.file}: ${outcome!.document.wordCount} words, ${outcome!.turns} turns, ${speakers}${tidied ? ` (tidied: ${tidied})` : ''}\n`,
      );
      for (const warning of outcome!.warnings)
        io.err(`citat: warning: ${outcome!.file}: ${warning}\n`);
    }
    return done;
  });
  if (values.json) {
    io.out(json(outcomes));
    for (const outcome of outcomes) if (!outcome.ok) io.err(`citat: ${outcome.error.message}\n`);
  }
  const failed = outcomes.filter((o) => !o.ok).length;
  if (failed > 0 && outcomes.length > 1)
    io.err(`citat: ${failed} of ${outcomes.length} files were not imported\n`);
  return failed === 0 ? EXIT_OK : EXIT_DATA;
}

const CHANGE_WORDS: Record<NormalisationChange, [string, string]> = {
  linesWithTrailingSpaces: [
    'spaces at the end of 1 line removed',
    'spaces at the end of {n} lines removed',
  ],
  emptyLinesAtEndRemoved: ['1 empty line at the end removed', '{n} empty lines at the end removed'],
  lineBreaksConverted: [
    '1 page or line separator made a line break',
    '{n} page or line separators made line breaks',
  ],
  controlCharactersRemoved: ['1 control character removed', '{n} control characters removed'],
  byteOrderMarksRemoved: ['the byte-order mark removed', '{n} byte-order marks removed'],
  recomposed: ['letters composed (Unicode NFC)', 'letters composed (Unicode NFC)'],
};

/** What the import's normalisation changed, in words; '' when nothing. */
function describeNormalisation(report: NormalisationReport): string {
  return normalisationChanges(report)
    .map(({ kind, count }) => CHANGE_WORDS[kind][count === 1 ? 0 : 1].replace('{n}', String(count)))
    .join(', ');
}

export async function speakersCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(
    'speakers',
    args,
    { json: { type: 'boolean' } },
    { min: 1, max: 1, names: '<project> [--json]' },
  );
  const speakers = await readProject(positionals[0]!, (project) =>
    invoke(project, 'speakers.list', {}),
  );
  if (values.json) {
    io.out(json(speakers.map(({ id: _id, caseId: _case, ...rest }) => rest)));
    return EXIT_OK;
  }
  io.out(
    table(
      ['LABEL', 'NAME', 'TITLE', 'ORGANISATION', 'ROLE', 'TURNS', 'DOCUMENTS'],
      speakers.map((s) => [
        s.label,
        s.name ?? '',
        s.title ?? '',
        s.organisation ?? '',
        s.isInterviewer ? 'interviewer' : 'interviewee',
        String(s.turnCount),
        s.documentNames.join(', '),
      ]),
    ),
  );
  return EXIT_OK;
}

export async function speakerCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(
    'speaker',
    args,
    {
      name: { type: 'string' },
      title: { type: 'string' },
      org: { type: 'string' },
      interviewer: { type: 'boolean' },
      'no-interviewer': { type: 'boolean' },
      label: { type: 'string' },
    },
    { min: 2, max: 2, names: '<project> <label> [--name N] [--title T] [--org O] [--interviewer]' },
  );
  if (values.interviewer && values['no-interviewer']) {
    throw usageError(
      'cli.conflicting-options',
      'speaker: --interviewer and --no-interviewer exclude each other',
    );
  }
  const speaker = await withProject(positionals[0]!, (project) => {
    const found = findSpeaker(project, positionals[1]!);
    return invoke(project, 'speakers.update', {
      id: found.id,
      ...(values.label !== undefined ? { label: values.label } : {}),
      ...(values.name !== undefined ? { name: values.name } : {}),
      ...(values.title !== undefined ? { title: values.title } : {}),
      ...(values.org !== undefined ? { organisation: values.org } : {}),
      ...(values.interviewer
        ? { isInterviewer: true }
        : values['no-interviewer']
          ? { isInterviewer: false }
          : {}),
    });
  });
  const details = [speaker.name, speaker.title, speaker.organisation].filter(Boolean).join(', ');
  io.out(
    `${speaker.label}${details ? ` – ${details}` : ''}${speaker.isInterviewer ? ' (interviewer)' : ''}\n`,
  );
  return EXIT_OK;
}

export async function historyCommand(
  verb: 'undo' | 'redo' | 'history',
  args: readonly string[],
  io: CliIo,
): Promise<number> {
  const { positionals } = parseCommand(verb, args, {}, { min: 1, max: 1, names: '<project>' });
  const readonly = verb === 'history';
  await withProject(
    positionals[0]!,
    async (project) => {
      if (verb === 'undo')
        io.out(`undone: ${(await invoke(project, 'history.undo', {})).undone}\n`);
      else if (verb === 'redo')
        io.out(`redone: ${(await invoke(project, 'history.redo', {})).redone}\n`);
      else {
        const steps = await invoke(project, 'history.list', {});
        io.out(
          table(
            ['#', 'STATE', 'WHEN', 'ACTION'],
            steps.map((s) => [String(s.id), s.state, s.createdAt, s.label]),
          ),
        );
      }
    },
    { readonly },
  );
  return EXIT_OK;
}
