import { describe, expect, it } from 'vitest';
import { invoke } from '../../../../src/main/backend/api/dispatch';
import { newProject } from '../../../helpers/temp-project';

describe('edit sessions: one field edited is one undo step', () => {
  it('folds the saves of one stretch of typing into one step, which undo takes back whole', async () => {
    const project = newProject();
    const { code } = await invoke(project, 'codes.createPath', { path: ['Risiko'] });
    const steps = () => project.history.list().filter((s) => s.state === 'done').length;
    const before = steps();
    for (const text of ['V', 'Vi', 'Vigtig', 'Vigtig til kap. 5'])
      await invoke(project, 'memos.set', {
        kind: 'code',
        targetId: code.id,
        text,
        editSession: 'k1',
      });
    expect(steps()).toBe(before + 1);
    expect(await invoke(project, 'memos.get', { kind: 'code', targetId: code.id })).toBe(
      'Vigtig til kap. 5',
    );
    await invoke(project, 'history.undo', {});
    expect(await invoke(project, 'memos.get', { kind: 'code', targetId: code.id })).toBeNull();
    await invoke(project, 'history.redo', {});
    expect(await invoke(project, 'memos.get', { kind: 'code', targetId: code.id })).toBe(
      'Vigtig til kap. 5',
    );
  });

  it('starts a new step for a new key, after another action, and after an undo', async () => {
    const project = newProject();
    const { code } = await invoke(project, 'codes.createPath', { path: ['Risiko'] });
    const done = () => project.history.list().filter((s) => s.state === 'done').length;
    const start = done();
    await invoke(project, 'codes.describe', { id: code.id, definition: 'a', editSession: 'a' });
    await invoke(project, 'codes.describe', { id: code.id, definition: 'ab', editSession: 'b' });
    expect(done()).toBe(start + 2);
    await invoke(project, 'codes.createPath', { path: ['Andet'] });
    await invoke(project, 'codes.describe', { id: code.id, definition: 'abc', editSession: 'b' });
    expect(done()).toBe(start + 4);
    await invoke(project, 'history.undo', {});
    await invoke(project, 'codes.describe', { id: code.id, definition: 'abcd', editSession: 'b' });
    expect(done()).toBe(start + 4);
    await invoke(project, 'history.undo', {});
    const [row] = project.read<{ definition: string }>(
      'SELECT definition FROM codes WHERE id = ?',
      code.id,
    );
    expect(row!.definition).toBe('ab');
  });

  it('never hands the key to a handler as an argument', async () => {
    const project = newProject();
    await invoke(project, 'codes.createPath', { path: ['Risiko'] });
    const [speaker] = project.read<{ id: string }>('SELECT id FROM speakers');
    expect(speaker).toBeUndefined();
    const { code } = await invoke(project, 'codes.createPath', { path: ['Læring'] });
    await invoke(project, 'codes.rename', {
      id: code.id,
      name: 'Læring og fejl',
      editSession: 'x',
    });
    expect(project.read('SELECT name FROM codes WHERE id = ?', code.id)).toEqual([
      { name: 'Læring og fejl' },
    ]);
  });
});
