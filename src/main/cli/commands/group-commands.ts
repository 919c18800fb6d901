/**
 * citat groups | group create | rename | describe | delete | add | remove: code groups
 * (REFI-QDA Sets of codes). Groups are named by name, whatever its case; codes by path.
 * Each command is one contract call, so one undo step.
 */
import { formatCodePath, parseCodePath } from '@shared/domain/codebook';
import type { GroupImportResult } from '@shared/api/types';
import { invoke } from '../../backend/api/dispatch';
import { usageError } from '../../backend/errors';
import type { Project } from '../../backend/project/project';
import { findGroupByName } from '../../backend/services/code-groups';
import { resolveCodePath } from '../../backend/services/codes';
import { EXIT_OK, json, parseCommand, table, type CliIo } from '../cli-io';
import { readProject, withProject } from '../open-project';

export const GROUP_USAGE = [
  'citat groups <project> [--json]',
  'citat group <project> create <name> [--description <text>] [<code path>...]',
  'citat group <project> rename <group> <new name>',
  'citat group <project> describe <group> <text>',
  'citat group <project> delete <group>',
  'citat group <project> add <group> <code path>...',
  'citat group <project> remove <group> <code path>...',
];

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** One line for an import's report: what became of the file's code groups. */
export function groupImportLine(groups: GroupImportResult | undefined): string | null {
  if (groups === undefined) return null;
  const parts = [`${groups.created} new`];
  if (groups.matched > 0) parts.push(`${groups.matched} already here`);
  return `code groups: ${parts.join(', ')}; ${plural(groups.memberships, 'code')} added to them`;
}

export async function groupsCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(
    'groups',
    args,
    { json: { type: 'boolean' } },
    { min: 1, max: 1, names: '<project> [--json]' },
  );
  const groups = await readProject(positionals[0]!, (p) => invoke(p, 'groups.list', {}));
  if (values.json) {
    io.out(
      json(
        groups.map((g) => ({
          name: g.name,
          description: g.description,
          codes: g.codePaths.map((path) => formatCodePath(path)),
        })),
      ),
    );
    return EXIT_OK;
  }
  if (groups.length === 0) {
    io.out('no code groups (make one with "citat group <project> create <name>")\n');
    return EXIT_OK;
  }
  io.out(
    table(
      ['GROUP', 'CODES', 'DESCRIPTION'],
      groups.map((g) => [
        g.name,
        g.codePaths.map((path) => formatCodePath(path)).join(', ') || '(none)',
        (g.description ?? '').replace(/\s*\n\s*/g, ' '),
      ]),
    ),
  );
  return EXIT_OK;
}

/** Said here in the core's words: the contract would only say the argument is too short. */
function checkName(name: string): string {
  if (!name.trim()) throw usageError('group.empty-name', 'a code group name cannot be empty');
  return name;
}

const codeIdsOf = (project: Project, paths: readonly string[]): string[] =>
  paths.map((path) => resolveCodePath(project, parseCodePath(path)).id);

function usage(): never {
  throw usageError('cli.bad-arguments', `usage: ${GROUP_USAGE.slice(1).join(' | ')}`);
}

export async function groupCommand(args: readonly string[], io: CliIo): Promise<number> {
  const [projectPath, verb, ...rest] = args;
  if (projectPath === undefined || verb === undefined) usage();
  const command = `group ${verb}`;
  switch (verb) {
    case 'create': {
      const { values, positionals } = parseCommand(
        command,
        rest,
        { description: { type: 'string' } },
        { min: 1, names: '<name> [--description <text>] [<code path>...]' },
      );
      const [name, ...paths] = positionals;
      const group = await withProject(projectPath, (p) =>
        invoke(p, 'groups.create', {
          name: checkName(name!),
          ...(values.description !== undefined ? { description: values.description } : {}),
          codeIds: codeIdsOf(p, paths),
        }),
      );
      io.out(`created code group "${group.name}" with ${plural(group.codeIds.length, 'code')}\n`);
      return EXIT_OK;
    }
    case 'rename': {
      const { positionals } = parseCommand(
        command,
        rest,
        {},
        {
          min: 2,
          max: 2,
          names: '<group> <new name>',
        },
      );
      const old = await withProject(projectPath, async (p) => {
        const group = findGroupByName(p, positionals[0]!);
        await invoke(p, 'groups.rename', { id: group.id, name: checkName(positionals[1]!) });
        return group.name;
      });
      io.out(`renamed code group "${old}" to "${positionals[1]!.trim()}"\n`);
      return EXIT_OK;
    }
    case 'describe': {
      const { positionals } = parseCommand(
        command,
        rest,
        {},
        {
          min: 2,
          max: 2,
          names: '<group> <text>   ("" removes the description)',
        },
      );
      const name = await withProject(projectPath, async (p) => {
        const group = findGroupByName(p, positionals[0]!);
        await invoke(p, 'groups.describe', { id: group.id, description: positionals[1]! });
        return group.name;
      });
      io.out(`described code group "${name}"\n`);
      return EXIT_OK;
    }
    case 'delete': {
      const { positionals } = parseCommand(command, rest, {}, { min: 1, max: 1, names: '<group>' });
      const deleted = await withProject(projectPath, (p) =>
        invoke(p, 'groups.delete', { id: findGroupByName(p, positionals[0]!).id }),
      );
      io.out(
        `deleted code group "${deleted.name}" (its ${plural(deleted.codes, 'code')} stay in the codebook; "citat undo" brings it back)\n`,
      );
      return EXIT_OK;
    }
    case 'add':
    case 'remove': {
      const { positionals } = parseCommand(
        command,
        rest,
        {},
        {
          min: 2,
          names: '<group> <code path>...',
        },
      );
      const [groupName, ...paths] = positionals;
      const { name, n, asked } = await withProject(projectPath, async (p) => {
        const group = findGroupByName(p, groupName!);
        const codeIds = codeIdsOf(p, paths);
        const n =
          verb === 'add'
            ? (await invoke(p, 'groups.addCodes', { id: group.id, codeIds })).added
            : (await invoke(p, 'groups.removeCodes', { id: group.id, codeIds })).removed;
        return { name: group.name, n, asked: new Set(codeIds).size };
      });
      const unchanged = asked - n;
      const note =
        unchanged > 0
          ? ` (${plural(unchanged, 'code')} ${verb === 'add' ? 'already in it' : 'not in it'})`
          : '';
      io.out(
        verb === 'add'
          ? `added ${plural(n, 'code')} to code group "${name}"${note}\n`
          : `removed ${plural(n, 'code')} from code group "${name}"${note}\n`,
      );
      return EXIT_OK;
    }
    default:
      usage();
  }
}
