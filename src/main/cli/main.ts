/** The `citat` command: routes to a command and maps errors to one stderr line and an exit code. */
import { foreseeableError } from '../backend/db/storage-errors';
import { EXIT_DATA, EXIT_OK, EXIT_USAGE, exitCodeFor, processIo, type CliIo } from './cli-io';
import { HELP, VERSION } from './help';
import { invocationProject, startInvocation, takeNotices } from './invocation';

type Command = (args: readonly string[], io: CliIo) => Promise<number>;

/** Commands load on demand, so `citat --version` or `citat codes list` parse only what they use. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  new: async () => (await import('./commands/project-commands')).newCommand,
  import: async () => (await import('./commands/project-commands')).importCommand,
  speakers: async () => (await import('./commands/project-commands')).speakersCommand,
  speaker: async () => (await import('./commands/project-commands')).speakerCommand,
  backups: async () => (await import('./commands/safety-commands')).backupsCommand,
  check: async () => (await import('./commands/safety-commands')).checkCommand,
  undo: async () => (args, io) =>
    import('./commands/project-commands').then((m) => m.historyCommand('undo', args, io)),
  redo: async () => (args, io) =>
    import('./commands/project-commands').then((m) => m.historyCommand('redo', args, io)),
  history: async () => (args, io) =>
    import('./commands/project-commands').then((m) => m.historyCommand('history', args, io)),
  case: async () => (await import('./commands/case-commands')).caseCommand,
  cases: async () => (await import('./commands/case-commands')).casesCommand,
  codes: async () => (await import('./commands/code-commands')).codesCommand,
  code: async () => (await import('./commands/code-commands')).codeCommand,
  codings: async () => (await import('./commands/codings-command')).codingsCommand,
  curate: async () => (await import('./commands/code-commands')).curateCommand,
  coder: async () => (await import('./commands/coder-command')).coderCommand,
  groups: async () => (await import('./commands/group-commands')).groupsCommand,
  group: async () => (await import('./commands/group-commands')).groupCommand,
  memo: async () => (await import('./commands/codebook-edit-commands')).memoCommand,
  search: async () => (await import('./commands/output-commands')).searchCommand,
  matrix: async () => (await import('./commands/output-commands')).matrixCommand,
  codebook: async () => (await import('./commands/output-commands')).codebookCommand,
  serve: async () => (await import('./commands/serve-command')).serveCommand,
  agreement: async () => (await import('./commands/agreement-command')).agreementCommand,
  merge: async () => (await import('./commands/merge-command')).mergeCommand,
  exchange: async () => (await import('./commands/exchange-commands')).exchangeCommand,
  tables: async () => (await import('./commands/tables-commands')).tablesCommand,
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
  const load = COMMANDS[name];
  if (!load) {
    io.err(`citat: unknown command "${name}"; run "citat help" for the list\n`);
    return EXIT_USAGE;
  }
  startInvocation(name, args);
  let code: number;
  let reported: string | null = null;
  try {
    const command = await load();
    code = await command(args, io);
  } catch (err) {
    // Foreseeable conditions (a folder for a file, permissions, a locked or damaged
    // project, a full disk) have their own message; "internal error" is for bugs.
    const known = foreseeableError(err, invocationProject());
    const message = known
      ? known.message
      : err instanceof Error
        ? `internal error: ${err.message}`
        : String(err);
    io.err(`citat: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
    if (!known && process.env.CITAT_DEBUG) io.err(`${(err as Error).stack}\n`);
    code = exitCodeFor(known ?? err);
    reported = known?.code ?? null;
  }
  const damageReported = reported === 'project.damaged' || reported === 'project.read-only';
  for (const notice of takeNotices()) {
    if (notice.about === 'damage' && damageReported) continue;
    io.err(`citat: ${notice.text}\n`);
    if (notice.failing && code === EXIT_OK) code = EXIT_DATA;
  }
  return code;
}
