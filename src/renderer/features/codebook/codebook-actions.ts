/**
 * Codebook changes from the panel. Renames and colours show at once (the reload after the
 * call corrects them if the core refused); every change makes the codebook views reload.
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

export async function createCode(parentId: string | null, name: string): Promise<void> {
  const code = await run(() => callApi('codes.create', { parentId, name }));
  if (code) useSelectedCode.getState().selectCode(code.id);
}

export async function renameCode(id: string, name: string): Promise<void> {
  patchLocally(id, { name });
  await run(() => callApi('codes.rename', { id, name }));
}

export async function recolorCode(id: string, color: string): Promise<void> {
  patchLocally(id, { color: color.toUpperCase() });
  await run(() => callApi('codes.recolor', { id, color }));
}

export async function moveCode(id: string, target: MoveTarget): Promise<void> {
  await run(() => callApi('codes.move', { id, ...target }));
}

export async function describeCode(id: string, description: Partial<CodeDescription>) {
  if (Object.keys(description).length === 0) return true;
  return (
    (await run(() => callApi('codes.describe', { id, ...description }).then(() => true))) ?? false
  );
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
