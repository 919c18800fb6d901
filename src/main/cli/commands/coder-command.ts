/**
 * citat coder <project> [<name>]: prints the current coder, or makes <name> the current
 * coder (created when new) for every later coding that names no coder. `--coder` on
 * `citat code` names the coder of that one coding and leaves this setting alone.
 */
import { invoke } from '../../backend/api/dispatch';
import { EXIT_OK, parseCommand, type CliIo } from '../cli-io';
import { readProject, withProject } from '../open-project';

export async function coderCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { positionals } = parseCommand(
    'coder',
    args,
    {},
    { min: 1, max: 2, names: '<project> [<name>]' },
  );
  const [path, name] = positionals as [string, string | undefined];
  if (name === undefined) {
    const info = await readProject(path, (project) => invoke(project, 'project.info', {}));
    io.out(`${info.currentCoder}\n`);
    return EXIT_OK;
  }
  const coder = await withProject(path, (project) =>
    invoke(project, 'coders.setCurrent', { name }),
  );
  io.out(`the current coder is now ${coder.name}\n`);
  return EXIT_OK;
}
