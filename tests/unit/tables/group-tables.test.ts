/**
 * A saved table whose rows are a code group keeps the group by id: a renamed group is
 * followed, a deleted one gives a clear error when the table is regenerated (and undoing
 * the deletion brings the table back).
 */
import { describe, expect, it } from 'vitest';
import { invoke } from '../../../src/main/backend/api/dispatch';
import {
  createGroup,
  deleteGroup,
  renameGroup,
} from '../../../src/main/backend/services/code-groups';
import { tablesFixture } from './fixture';

const GROUP_ROWS = {
  rowsGroup: 'Kerne',
  columns: { kind: 'speakers' as const },
  mode: 'quotes' as const,
  citation: 'short',
};

describe('a saved table with a code group as its rows', () => {
  it('stores the group’s id and follows it when it is renamed', async () => {
    const f = tablesFixture();
    f.code('JKM', 'Principper/III Risiko', 'Vi tør godt fejle.');
    f.code('TC', 'Principper/V Ledelse', 'Ledelse handler om at give plads til at fejle.');
    const group = createGroup(f.project, {
      name: 'Kerne',
      codeIds: [f.codes['Principper/III Risiko']!],
    });
    // With a title of its own, the group's name is not printed: renaming changes nothing.
    await f.save({ options: { ...GROUP_ROWS, rowsGroup: 'kerne', title: 'Bilag 1' } });
    const stored = f.project.readOne<{ definition: string }>(
      'SELECT definition FROM saved_tables',
    )!;
    expect(JSON.parse(stored.definition).rowsGroupId).toBe(group.id);
    const [first] = await f.exportAll();
    expect(first!.status).toBe('new');

    renameGroup(f.project, group.id, 'Kerneprincipper');
    const [table] = await invoke(f.project, 'tables.list', {});
    expect(table!.options.rowsGroup).toBe('Kerneprincipper');
    const report = await invoke(f.project, 'tables.preview', { name: 'Bilag 1' });
    expect(report.status).toBe('unchanged');
  });

  it('refuses to regenerate once the group is deleted, naming table and group', async () => {
    const f = tablesFixture();
    const group = createGroup(f.project, {
      name: 'Kerne',
      codeIds: [f.codes['Principper/V Ledelse']!],
    });
    await f.save({ options: GROUP_ROWS });
    deleteGroup(f.project, group.id);
    // A new group of the old name is not the table's group.
    createGroup(f.project, { name: 'Kerne' });
    expect((await invoke(f.project, 'tables.list', {})).map((t) => t.name)).toEqual(['Bilag 1']);
    await expect(invoke(f.project, 'tables.preview', { name: 'Bilag 1' })).rejects.toMatchObject({
      code: 'tables.group-deleted',
      message:
        'table "Bilag 1": its rows came from a code group that has been deleted (saved as "Kerne"); undo the deletion or save the table again with other rows',
    });
    f.project.history.undo();
    f.project.history.undo();
    expect((await invoke(f.project, 'tables.preview', { name: 'Bilag 1' })).status).toBe('new');
  });

  it('is refused when the group does not exist or comes with a rows code', async () => {
    const f = tablesFixture();
    await expect(f.save({ options: GROUP_ROWS })).rejects.toMatchObject({
      code: 'group.not-found',
    });
    createGroup(f.project, { name: 'Kerne' });
    await expect(
      f.save({ options: { ...GROUP_ROWS, rowsRoot: ['Principper'] } }),
    ).rejects.toMatchObject({ code: 'matrix.rows-and-group' });
    expect(await invoke(f.project, 'tables.list', {})).toEqual([]);
  });
});
