/** The `citat` command: routes to a command and maps errors to one stderr line and an exit code. */
import { CitatError } from '../backend/errors';
import { EXIT_OK, EXIT_USAGE, exitCodeFor, processIo, type CliIo } from './cli-io';
import { HELP, VERSION } from './help';
import { caseCommand, casesCommand } from './commands/case-commands';
import { memoCommand } from './commands/codebook-edit-commands';
import { serveCommand } from './commands/serve-command';
import { codeCommand, codesCommand, codingsCommand, curateCommand } from './commands/code-commands';
import { codebookCommand, matrixCommand, searchCommand } from './commands/output-commands';
import {
  backupsCommand,
  historyCommand,
  importCommand,
  newCommand,
  speakerCommand,
  speakersCommand,
} from './commands/project-commands';

type Command = (args: readonly string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  new: newCommand,
  import: importCommand,
  speakers: speakersCommand,
  speaker: speakerCommand,
  codes: codesCommand,
  case: caseCommand,
  cases: casesCommand,
  code: codeCommand,
  codings: codingsCommand,
  curate: curateCommand,
  memo: memoCommand,
  serve: serveCommand,
  search: searchCommand,
  matrix: matrixCommand,
  codebook: codebookCommand,
  backups: backupsCommand,
  undo: (args, io) => historyCommand('undo', args, io),
  redo: (args, io) => historyCommand('redo', args, io),
  history: (args, io) => historyCommand('history', args, io),
};

export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.out(HELP);
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (name === '--version' || name === '-v') {
    io.out(`${VERSION}\n`);
    return EXIT_OK;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`citat: unknown command "${name}"; run "citat help" for the list\n`);
    return EXIT_USAGE;
  }
  try {
    return await command(args, io);
  } catch (err) {
    const message =
      err instanceof CitatError
        ? err.message
        : err instanceof Error
          ? `internal error: ${err.message}`
          : String(err);
    io.err(`citat: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
    if (!(err instanceof CitatError) && process.env.CITAT_DEBUG)
      io.err(`${(err as Error).stack}\n`);
    return exitCodeFor(err);
  }
}
