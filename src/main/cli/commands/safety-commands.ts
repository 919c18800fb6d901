/** citat backups list | backups restore | check: getting back to a whole project. */
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { backupFolder, listBackups } from '../../backend/db/backups';
import { checkProjectDatabase } from '../../backend/db/integrity';
import { inspectProjectFile } from '../../backend/db/project-file';
import { restoreBackup } from '../../backend/db/restore';
import { damagedAccess } from '../../backend/db/damage-report';
import { usageError } from '../../backend/errors';
import { EXIT_DATA, EXIT_OK, json, parseCommand, table, type CliIo } from '../cli-io';
import { noteProjectPath } from '../invocation';
import { Project } from '../../backend/project/project';

function listCommand(rest: readonly string[], io: CliIo): number {
  const { values, positionals } = parseCommand(
    'backups list',
    rest,
    { json: { type: 'boolean' } },
    { min: 1, max: 1, names: '<project> [--json]' },
  );
  const projectPath = positionals[0]!;
  noteProjectPath(projectPath);
  // Backups are listed whatever state the project is in (that is when they are needed);
  // without a backup folder, a path that is no project at all is an error.
  if (!existsSync(backupFolder(projectPath))) inspectProjectFile(projectPath);
  const backups = listBackups(projectPath);
  if (values.json) io.out(json(backups));
  else
    io.out(
      table(
        ['NAME', 'TAKEN', 'REASON', 'BYTES'],
        backups.map((b) => [b.name, b.takenAt, b.reason, String(b.bytes)]),
      ),
    );
  return EXIT_OK;
}

async function restoreCommand(rest: readonly string[], io: CliIo): Promise<number> {
  const { positionals } = parseCommand(
    'backups restore',
    rest,
    {},
    { min: 2, max: 2, names: '<project> <backup name>' },
  );
  const [projectPath, name] = positionals as [string, string];
  noteProjectPath(projectPath);
  const result = await restoreBackup(projectPath, name);
  const previous =
    result.previous.kind === 'backed-up'
      ? `the state it replaced is backup ${result.previous.backup}`
      : result.previous.kind === 'moved-aside'
        ? `the damaged file was moved aside to ${basename(result.previous.path)} (${result.previous.problem})`
        : 'there was no project file to replace';
  io.out(`restored ${name}; ${previous}\n`);
  return EXIT_OK;
}

export async function backupsCommand(args: readonly string[], io: CliIo): Promise<number> {
  const [verb, ...rest] = args;
  if (verb === 'list') return listCommand(rest, io);
  if (verb === 'restore') return restoreCommand(rest, io);
  throw usageError(
    'cli.bad-arguments',
    'usage: citat backups list <project> | citat backups restore <project> <backup name>',
  );
}

/** citat check: the full check (every page, every index entry, foreign keys, every text's checksum). */
export async function checkCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(
    'check',
    args,
    { json: { type: 'boolean' } },
    { min: 1, max: 1, names: '<project> [--json]' },
  );
  const projectPath = positionals[0]!;
  noteProjectPath(projectPath);
  // Opened directly, not through readProject: this command reports the damage itself.
  const project = await Project.open(projectPath, { mode: 'read' });
  const report = (() => {
    const problems = checkProjectDatabase(project.db, 'full');
    const documents = project.readOne<{ n: number }>(`SELECT count(*) AS n FROM documents`)?.n ?? 0;
    const access = problems.length > 0 ? damagedAccess(projectPath, problems) : null;
    return {
      ok: problems.length === 0,
      problems,
      documents,
      newestGoodBackup: access?.mode === 'read-only' ? access.newestGoodBackup : null,
      restoreCommand: access?.mode === 'read-only' ? access.restoreCommand : null,
    };
  })();
  project.close();
  if (values.json) io.out(json(report));
  else if (report.ok)
    io.out(
      `${basename(projectPath)} is whole: pages, indexes, references and the texts of ${report.documents} documents checked\n`,
    );
  else {
    io.out(
      `${basename(projectPath)} is damaged:\n${report.problems.map((p) => `  - ${p}\n`).join('')}`,
    );
    io.out(
      report.restoreCommand
        ? `The newest good backup is ${report.newestGoodBackup}; restore it with\n  ${report.restoreCommand}\n`
        : 'No good backup was found beside it.\n',
    );
  }
  return report.ok ? EXIT_OK : EXIT_DATA;
}
