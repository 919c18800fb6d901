/** Opening the project a command names, and closing it whatever happens. */
import { CitatError } from '../backend/errors';
import { Project } from '../backend/project/project';

export interface WithProjectOptions {
  /**
   * Commands that only read open the file read-only: no backup is needed (nothing can be
   * damaged) and a large project opens fast. A project that still needs its schema
   * upgraded is opened for writing once instead.
   */
  readonly?: boolean;
}

async function open(path: string, readonly: boolean): Promise<Project> {
  if (!readonly) return Project.open(path);
  try {
    return await Project.open(path, { readonly: true });
  } catch (err) {
    if (err instanceof CitatError && err.code === 'project.needs-migration')
      return Project.open(path);
    throw err;
  }
}

export async function withProject<T>(
  path: string,
  run: (project: Project) => Promise<T> | T,
  options: WithProjectOptions = {},
): Promise<T> {
  const project = await open(path, options.readonly ?? false);
  try {
    return await run(project);
  } finally {
    project.close();
  }
}

/** For commands that only read: see WithProjectOptions.readonly. */
export function readProject<T>(
  path: string,
  run: (project: Project) => Promise<T> | T,
): Promise<T> {
  return withProject(path, run, { readonly: true });
}
