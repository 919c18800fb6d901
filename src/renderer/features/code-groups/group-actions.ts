/**
 * Changes to code groups from the codebook panel. Names and descriptions come from fields
 * that keep their text when refused, so those reject; the menu's additions and removals
 * report a refusal and say what they did. Every change makes the groups reload.
 */
import { callApi } from '../../api/client';
import { notifyProjectChanged } from '../../api/changes';
import { translate, useLanguageStore } from '../../i18n/i18n';
import { reportError, reportInfo } from '../../stores/notice-store';
import { useCodeGroupsStore } from './groups-store';
import './messages';

const say = (key: string, params: Record<string, string | number>) =>
  translate(useLanguageStore.getState().language, key, params);

function patchGroup(id: string, patch: { name?: string; description?: string | null }): void {
  useCodeGroupsStore.setState((s) => ({
    groups: s.groups.map((g) => (g.id === id ? { ...g, ...patch } : g)),
  }));
}

/** Creating a group from the section's name box; rejects (keeping the box) when refused. */
export async function createNamedGroup(name: string, codeIds: readonly string[]): Promise<void> {
  try {
    await callApi('groups.create', {
      name,
      ...(codeIds.length > 0 ? { codeIds: [...codeIds] } : {}),
    });
  } finally {
    notifyProjectChanged('groups');
  }
}

export async function saveGroupName(id: string, name: string, editSession: string): Promise<void> {
  try {
    await callApi('groups.rename', { id, name, editSession });
    patchGroup(id, { name: name.trim() });
  } finally {
    notifyProjectChanged('groups');
  }
}

/** The description as it is typed (one undo step per stretch of typing); rejects when refused. */
export async function saveGroupDescription(
  id: string,
  description: string,
  editSession: string,
): Promise<void> {
  const text = description.trim() ? description : null;
  await callApi('groups.describe', { id, description: text, editSession });
  patchGroup(id, { description: text?.trim() ?? null });
  notifyProjectChanged('groups');
}

export async function deleteGroup(id: string, name: string): Promise<boolean> {
  try {
    await callApi('groups.delete', { id });
    reportInfo(say('groups.delete.done', { name }));
    return true;
  } catch (err) {
    reportError(err);
    return false;
  } finally {
    notifyProjectChanged('groups');
  }
}

export async function addCodeToGroup(
  group: { id: string; name: string },
  code: { id: string; name: string },
): Promise<void> {
  try {
    await callApi('groups.addCodes', { id: group.id, codeIds: [code.id] });
    reportInfo(say('groups.added', { code: code.name, group: group.name }));
  } catch (err) {
    reportError(err);
  } finally {
    notifyProjectChanged('groups');
  }
}

export async function removeCodeFromGroup(
  group: { id: string; name: string },
  code: { id: string; name: string },
): Promise<void> {
  try {
    await callApi('groups.removeCodes', { id: group.id, codeIds: [code.id] });
    reportInfo(say('groups.removed', { code: code.name, group: group.name }));
  } catch (err) {
    reportError(err);
  } finally {
    notifyProjectChanged('groups');
  }
}
