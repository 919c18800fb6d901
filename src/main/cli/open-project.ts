/** Opening the project a command names, and closing it whatever happens. */
import { Project } from '../backend/project/project';

export async function withProject<T>(
  path: string,
  run: (project: Project) => Promise<T> | T,
): Promise<T> {
  const project = await Project.open(path);
  try {
    return await run(project);
  } finally {
    project.close();
  }
}
