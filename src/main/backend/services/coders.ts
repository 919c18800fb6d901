/** Coders: who made each coding. The current coder is remembered in the project. */
import { userInfo } from 'node:os';
import type { Coder } from '@shared/domain/entities';
import type { Project } from '../project/project';
import type { ChangeRecorder } from '../project/change-recorder';

const CURRENT_CODER_KEY = 'current_coder';

function defaultCoderName(): string {
  try {
    return userInfo().username || 'coder';
  } catch {
    return 'coder';
  }
}

export function listCoders(project: Project): Coder[] {
  return project.read<Coder>(`SELECT id, name FROM coders ORDER BY name`);
}

export function findCoder(project: Project, name: string): Coder | undefined {
  return project.readOne<Coder>(`SELECT id, name FROM coders WHERE name = ?`, name.trim());
}

/** The coder named (or remembered, or the OS user), created inside the given action if new. */
export function ensureCoder(
  project: Project,
  changes: ChangeRecorder,
  name?: string | null,
): Coder {
  const wanted = (name ?? currentCoderName(project)).trim() || defaultCoderName();
  const existing = findCoder(project, wanted);
  if (existing) return existing;
  const coder: Coder = { id: project.newId(), name: wanted };
  changes.insert('coders', { id: coder.id, name: coder.name, created_at: project.now() });
  return coder;
}

export function currentCoderName(project: Project): string {
  const row = project.readOne<{ value: string }>(
    `SELECT value FROM project_meta WHERE key = ?`,
    CURRENT_CODER_KEY,
  );
  return row?.value ?? defaultCoderName();
}

export function setCurrentCoder(project: Project, name: string): Coder {
  return project.act(`Set current coder to "${name.trim()}"`, (changes) => {
    const coder = ensureCoder(project, changes, name);
    if (!changes.update('project_meta', { key: CURRENT_CODER_KEY }, { value: coder.name })) {
      changes.insert('project_meta', { key: CURRENT_CODER_KEY, value: coder.name });
    }
    return coder;
  });
}
