/**
 * What the running `citat` command is (its name, for the lock file: "citat codes add") and
 * the notices it must print once it has finished — a damaged or read-only project, a
 * synced folder — which are found where the project is opened, deep below the command.
 */
interface Notice {
  text: string;
  /** A notice that means the output cannot be trusted fully turns the exit code into 2. */
  failing: boolean;
  /** What it is about: an error that already says so makes a "damage" notice redundant. */
  about: 'damage' | 'storage';
}

let commandName = 'citat';
let projectPath: string | undefined;
const notices: Notice[] = [];

export function startInvocation(name: string, args: readonly string[]): void {
  const verb =
    args[0] &&
    /^[a-z]+$/.test(args[0]) &&
    ['codes', 'codebook', 'exchange', 'backups'].includes(name)
      ? ` ${args[0]}`
      : '';
  commandName = `citat ${name}${verb}`;
  projectPath = undefined;
  notices.length = 0;
}

/** The project being worked on, so that an SQLite error can name its file. */
export function noteProjectPath(path: string): void {
  projectPath = path;
}

export const invocationProject = (): string | undefined => projectPath;

export const invocationName = (): string => commandName;

export function addNotice(notice: Notice): void {
  if (!notices.some((n) => n.text === notice.text)) notices.push(notice);
}

export function takeNotices(): Notice[] {
  return notices.splice(0);
}
