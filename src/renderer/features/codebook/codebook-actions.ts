/**
 * Codebook changes from the panel. Colours show at once (the reload after the call
 * corrects them if the core refused); renames and descriptions show once stored, and their
 * refusals reject so the field can keep the text. Every change makes the codebook reload.
 */
import type { CodeDescription } from '@shared/domain/entities';
import type { MergeResult } from '@shared/api/types';
import { callApi } from '../../api/client';
import { notifyProjectChanged } from '../../api/changes';
import { reportError } from '../../stores/notice-store';
import { useCodebookStore } from '../../stores/codebook-store';
import { useSelectedCode } from './selected-code-store';
import type { MoveTarget } from './code-drop';

function patchLocally(id: string, patch: { name?: string; color?: string }): void {
  useCodebookStore.setState((s) => ({
    codes: s.codes.map((c) =>
      c.id === id
        ? { ...c, ...patch, path: patch.name ? [...c.path.slice(0, -1), patch.name] : c.path }
        : c,
    ),
  }));
}

async function run<T>(action: () => Promise<T>, ...scopes: ('codebook' | 'codings')[]) {
  try {
    return await action();
  } catch (err) {
    reportError(err);
    return undefined;
  } finally {
    notifyProjectChanged('codebook', ...scopes);
  }
}

/**
 * A rename from the tree's rename box (see InlineEdit): shown at once when stored; a
 * refusal (empty, a sibling of that name) rejects, so the box keeps the text and says why.
 */
export async function saveCodeName(id: string, name: string, editSession: string): Promise<void> {
  try {
    await callApi('codes.rename', { id, name, editSession });
    patchLocally(id, { name: name.trim() });
  } finally {
    notifyProjectChanged('codebook');
  }
}

/** Creating a code from the tree's new-code box; rejects (keeping the box) when refused. */
export async function createNamedCode(parentId: string | null, name: string): Promise<void> {
  try {
    const code = await callApi('codes.create', { parentId, name });
    useSelectedCode.getState().selectCode(code.id);
  } finally {
    notifyProjectChanged('codebook');
  }
}

export async function recolorCode(id: string, color: string): Promise<void> {
  patchLocally(id, { color: color.toUpperCase() });
  await run(() => callApi('codes.recolor', { id, color }));
}

export async function moveCode(id: string, target: MoveTarget): Promise<void> {
  await run(() => callApi('codes.move', { id, ...target }));
}

/** One field of a code's description, saved as it is typed; rejects when refused. */
export async function saveCodeDescription(
  id: string,
  field: keyof CodeDescription,
  value: string,
  editSession: string,
): Promise<void> {
  const patch: Partial<CodeDescription> = {};
  patch[field] = value.trim() || null;
  await callApi('codes.describe', { id, ...patch, editSession });
  useCodebookStore.setState((s) => ({
    codes: s.codes.map((c) => (c.id === id ? { ...c, ...patch } : c)),
  }));
  notifyProjectChanged('codebook');
}

export async function mergeCodes(
  sourceId: string,
  targetId: string,
): Promise<MergeResult | undefined> {
  const result = await run(() => callApi('codes.merge', { sourceId, targetId }), 'codings');
  if (result) useSelectedCode.getState().selectCode(targetId);
  return result;
}

export async function deleteCode(id: string): Promise<boolean> {
  return (await run(() => callApi('codes.delete', { id }).then(() => true), 'codings')) ?? false;
}
