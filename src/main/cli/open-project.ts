/** Opening the project a command names, and closing it whatever happens. */
import { CitatError } from '../backend/errors';
import { DEFAULT_COMMAND_WAIT_MS } from '../backend/db/project-lock';
import { Project } from '../backend/project/project';
import { readOnlyError } from '../backend/project/read-only-error';
import { dismissStorageWarning, pendingStorageWarning } from '../backend/services/storage-warning';
import { addNotice, invocationName, noteProjectPath } from './invocation';

export interface WithProjectOptions {
  /**
   * Commands that only read open the file read-only: no lock, no backup (nothing can be
   * damaged), and they work while the project is open in the app. A project that still
   * needs its schema upgraded is opened for writing once instead.
   */
  readonly?: boolean;
}

/** How long a command waits for another command's lock; CITAT_LOCK_WAIT_MS shortens it in tests. */
function lockWaitMs(): number {
  const configured = Number(process.env.CITAT_LOCK_WAIT_MS);
  return Number.isFinite(configured) && configured >= 0 ? configured : DEFAULT_COMMAND_WAIT_MS;
}

function openForWriting(path: string): Promise<Project> {
  return Project.open(path, {
    holder: { program: invocationName(), kind: 'command' },
    lockWaitMs: lockWaitMs(),
  });
}

async function open(path: string, readonly: boolean): Promise<Project> {
  if (!readonly) return openForWriting(path);
  try {
    return await Project.open(path, { mode: 'read' });
  } catch (err) {
    if (err instanceof CitatError && err.code === 'project.needs-migration')
      return openForWriting(path);
    throw err;
  }
}

/** Says once what the user must know about where and how the project was opened. */
function noteAccess(project: Project, readonly: boolean): void {
  const access = project.access;
  if (access.mode === 'read-only' && access.reason === 'damaged') {
    const text = readOnlyError(project.name, access).message;
    addNotice({
      text: text.replace(/^this project is read-only \((.*)\)$/, '$1'),
      failing: true,
      about: 'damage',
    });
  }
  if (readonly || project.readOnly) return;
  const storage = pendingStorageWarning(project);
  if (storage) {
    addNotice({
      about: 'storage',
      failing: false,
      text: `warning: ${project.name} is in a ${storage.kind === 'synced' ? `folder synced by ${storage.provider}` : `network folder (${storage.provider})`}; a live project there can be corrupted by the sync. Keep the project on this computer and share exports or backups instead (shown once for this folder)`,
    });
    dismissStorageWarning(project);
  }
}

export async function withProject<T>(
  path: string,
  run: (project: Project) => Promise<T> | T,
  options: WithProjectOptions = {},
): Promise<T> {
  const readonly = options.readonly ?? false;
  noteProjectPath(path);
  const project = await open(path, readonly);
  try {
    // A command that changes the project refuses before it starts on a read-only one.
    if (!readonly && project.readOnly) throw readOnlyError(project.name, project.access);
    noteAccess(project, readonly);
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
