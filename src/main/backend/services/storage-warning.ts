/**
 * The synced/network-folder warning is shown once per folder: once it has been read (in
 * the app) or printed (by the CLI), the folder is remembered in the project and the
 * warning stays quiet until the project lives somewhere else.
 */
import type { StorageWarning } from '@shared/api/types';
import type { Project } from '../project/project';

const DISMISSED_KEY = 'storage_warning_dismissed_for';

export function pendingStorageWarning(project: Project): StorageWarning | null {
  const warning = project.storage;
  if (!warning) return null;
  const dismissed = project.readOne<{ value: string }>(
    `SELECT value FROM project_meta WHERE key = ?`,
    DISMISSED_KEY,
  )?.value;
  return dismissed === warning.folder ? null : warning;
}

/** Not an undo step: it records that a message was read, not a change to the research data. */
export function dismissStorageWarning(project: Project): void {
  const warning = project.storage;
  if (!warning || project.readOnly) return;
  project.write(() =>
    project.statements
      .get(
        `INSERT INTO project_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
      )
      .run(DISMISSED_KEY, warning.folder),
  );
}
