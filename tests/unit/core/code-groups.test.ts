/**
 * Code groups (REFI-QDA Sets of codes): each change is one undo step that undo and redo
 * put back row for row; a code may be in several groups; deleting or merging a member code
 * keeps the memberships consistent; bad names and ids are refused with stable codes and
 * write nothing.
 */
import { describe, expect, it } from 'vitest';
import { invoke } from '../../../src/main/backend/api/dispatch';
import type { Project } from '../../../src/main/backend/project/project';
import {
  addCodesToGroup,
  createGroup,
  deleteGroup,
  describeGroup,
  findGroupByName,
  listGroups,
  MAX_GROUP_NAME,
  removeCodesFromGroup,
  renameGroup,
} from '../../../src/main/backend/services/code-groups';
import { deleteCode, mergeCodes } from '../../../src/main/backend/services/code-removal';
import { createCodePath } from '../../../src/main/backend/services/codes';
import { errorOf } from '../../helpers/citat-error';
import {
  checkUndoRedo,
  diffSummary,
  expectTables,
  snapshotTables,
} from '../../helpers/table-snapshot';
import { newProject } from '../../helpers/temp-project';

function setup() {
  const project = newProject();
  project.now = () => '2026-03-01T10:00:00.000Z';
  let n = 0;
  project.newId = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
  const code = (path: string) => createCodePath(project, path.split('/')).code.id;
  const codes = {
    risiko: code('Principper/Risiko'),
    fejl: code('Principper/Risiko/Fejlkultur'),
    ledelse: code('Principper/Ledelse'),
    okonomi: code('Temaer/Økonomi'),
  };
  return { project, codes };
}

const paths = (project: Project) =>
  listGroups(project).map((g) => [g.name, g.codePaths.map((p) => p.join('/'))]);

describe('creating code groups', () => {
  it('keeps its codes in codebook order, each once, as one undo step', async () => {
    const { project, codes } = setup();
    let created!: ReturnType<typeof createGroup>;
    const { diff } = await checkUndoRedo(project, () => {
      created = createGroup(project, {
        name: '  Kategori 1 ',
        description: ' Om risiko\n',
        codeIds: [codes.okonomi, codes.risiko, codes.okonomi],
      });
    });
    expect(created).toEqual({
      id: created.id,
      guid: created.id.toUpperCase(),
      name: 'Kategori 1',
      description: 'Om risiko',
      position: 0,
      codeIds: [codes.risiko, codes.okonomi],
      codePaths: [
        ['Principper', 'Risiko'],
        ['Temaer', 'Økonomi'],
      ],
    });
    expect(diffSummary(diff)).toEqual({
      code_groups: { added: [created.id], removed: [], changed: [] },
      code_group_members: {
        added: [`${created.id}|${codes.okonomi}`, `${created.id}|${codes.risiko}`].sort(),
        removed: [],
        changed: [],
      },
    });
    const second = createGroup(project, { name: 'Tom' });
    expect([second.position, second.codeIds, second.description]).toEqual([1, [], null]);
    expect(project.history.list().at(-1)!.label).toBe('Create code group "Tom"');
  });

  it('refuses empty, long and taken names (whatever the case) and unknown codes, writing nothing', () => {
    const { project, codes } = setup();
    createGroup(project, { name: 'Økonomi og styring', codeIds: [codes.okonomi] });
    const before = snapshotTables(project);
    const refused = [
      errorOf(() => createGroup(project, { name: '   ' })),
      errorOf(() => createGroup(project, { name: 'x'.repeat(MAX_GROUP_NAME + 1) })),
      errorOf(() => createGroup(project, { name: 'øKONOMI OG STYRING' })),
      errorOf(() => createGroup(project, { name: 'Ny', codeIds: [codes.risiko, 'nope'] })),
    ];
    expect(refused.map((e) => [e.kind, e.code])).toEqual([
      ['usage', 'group.empty-name'],
      ['usage', 'group.long-name'],
      ['data', 'group.name-taken'],
      ['data', 'code.not-found'],
    ]);
    expect(refused[2]!.message).toBe('a code group "Økonomi og styring" already exists');
    expectTables(project, before, 'after the refused calls');
  });
});

describe('editing code groups', () => {
  it('renames (its own case may change; another group’s name is refused) as one undo step', async () => {
    const { project } = setup();
    const a = createGroup(project, { name: 'kategori' });
    createGroup(project, { name: 'Andet' });
    const { diff } = await checkUndoRedo(project, () => renameGroup(project, a.id, 'Kategori'));
    expect(diffSummary(diff)).toEqual({
      code_groups: { added: [], removed: [], changed: [`${a.id}: name`] },
    });
    expect(project.history.list().at(-1)!.label).toBe('Rename code group "kategori" to "Kategori"');
    const before = snapshotTables(project);
    expect(errorOf(() => renameGroup(project, a.id, ' ANDET ')).code).toBe('group.name-taken');
    expect(errorOf(() => renameGroup(project, a.id, '')).code).toBe('group.empty-name');
    expect(errorOf(() => renameGroup(project, 'nope', 'X')).code).toBe('group.not-found');
    expectTables(project, before, 'after the refused renames');
  });

  it('describes, and an empty description clears it', async () => {
    const { project } = setup();
    const group = createGroup(project, { name: 'G' });
    await checkUndoRedo(project, () => describeGroup(project, group.id, '  Hvad den samler  '));
    expect(listGroups(project)[0]!.description).toBe('Hvad den samler');
    await checkUndoRedo(project, () => describeGroup(project, group.id, '  '));
    expect(listGroups(project)[0]!.description).toBeNull();
    expect(errorOf(() => describeGroup(project, 'nope', 'x')).code).toBe('group.not-found');
  });

  it('adds and removes codes; a code may be in several groups', async () => {
    const { project, codes } = setup();
    const a = createGroup(project, { name: 'A', codeIds: [codes.risiko] });
    const b = createGroup(project, { name: 'B' });
    let added!: { added: number };
    await checkUndoRedo(project, () => {
      added = addCodesToGroup(project, b.id, [codes.risiko, codes.ledelse, codes.risiko]);
    });
    expect(added).toEqual({ added: 2 });
    expect(project.history.list().at(-1)!.label).toBe('Add 3 codes to code group "B"');
    expect(addCodesToGroup(project, a.id, [codes.risiko])).toEqual({ added: 0 });
    expect(paths(project)).toEqual([
      ['A', ['Principper/Risiko']],
      ['B', ['Principper/Risiko', 'Principper/Ledelse']],
    ]);
    let removed!: { removed: number };
    const { diff } = await checkUndoRedo(project, () => {
      removed = removeCodesFromGroup(project, b.id, [codes.risiko, codes.okonomi]);
    });
    expect(removed).toEqual({ removed: 1 });
    expect(diffSummary(diff)).toEqual({
      code_group_members: { added: [], removed: [`${b.id}|${codes.risiko}`], changed: [] },
    });
    expect(paths(project)).toEqual([
      ['A', ['Principper/Risiko']],
      ['B', ['Principper/Ledelse']],
    ]);
    const before = snapshotTables(project);
    expect(errorOf(() => addCodesToGroup(project, b.id, [codes.fejl, 'nope'])).code).toBe(
      'code.not-found',
    );
    expect(errorOf(() => removeCodesFromGroup(project, 'nope', [codes.fejl])).code).toBe(
      'group.not-found',
    );
    expectTables(project, before, 'after the refused calls');
  });

  it('deletes a group with its memberships, leaving its codes, as one undo step', async () => {
    const { project, codes } = setup();
    const group = createGroup(project, { name: 'G', codeIds: [codes.risiko, codes.fejl] });
    createGroup(project, { name: 'H', codeIds: [codes.risiko] });
    let result!: { name: string; codes: number };
    const { diff } = await checkUndoRedo(project, () => {
      result = deleteGroup(project, group.id);
    });
    expect(result).toEqual({ name: 'G', codes: 2 });
    expect(diffSummary(diff)).toEqual({
      code_groups: { added: [], removed: [group.id], changed: [] },
      code_group_members: {
        added: [],
        removed: [`${group.id}|${codes.fejl}`, `${group.id}|${codes.risiko}`].sort(),
        changed: [],
      },
    });
    expect(paths(project)).toEqual([['H', ['Principper/Risiko']]]);
    expect(errorOf(() => deleteGroup(project, group.id)).code).toBe('group.not-found');
  });

  it('finds a group by name whatever its case; the error names the groups there are', () => {
    const { project } = setup();
    expect(errorOf(() => findGroupByName(project, 'X')).message).toBe(
      'no code group "X" (the project has no code groups)',
    );
    const group = createGroup(project, { name: 'Ørkenen' });
    expect(findGroupByName(project, ' øRKENEN ').id).toBe(group.id);
    const missing = errorOf(() => findGroupByName(project, 'Skoven'));
    expect([missing.code, missing.message]).toEqual([
      'group.not-found',
      'no code group "Skoven" (groups: "Ørkenen")',
    ]);
  });
});

describe('code groups when codes are deleted or merged', () => {
  it('a deleted code (and the codes below it) leaves every group; undo puts them back', async () => {
    const { project, codes } = setup();
    const a = createGroup(project, { name: 'A', codeIds: [codes.risiko, codes.ledelse] });
    const b = createGroup(project, { name: 'B', codeIds: [codes.fejl, codes.okonomi] });
    const { diff } = await checkUndoRedo(project, () => deleteCode(project, codes.risiko));
    expect(diffSummary(diff).code_group_members).toEqual({
      added: [],
      removed: [`${a.id}|${codes.risiko}`, `${b.id}|${codes.fejl}`].sort(),
      changed: [],
    });
    expect(paths(project)).toEqual([
      ['A', ['Principper/Ledelse']],
      ['B', ['Temaer/Økonomi']],
    ]);
  });

  it('a merged code’s groups go to the target, once; undo puts them back', async () => {
    const { project, codes } = setup();
    const a = createGroup(project, { name: 'A', codeIds: [codes.ledelse, codes.okonomi] });
    const b = createGroup(project, { name: 'B', codeIds: [codes.ledelse] });
    createGroup(project, { name: 'C', codeIds: [codes.okonomi] });
    const { diff } = await checkUndoRedo(project, () =>
      mergeCodes(project, codes.ledelse, codes.okonomi),
    );
    expect(diffSummary(diff).code_group_members).toEqual({
      added: [`${b.id}|${codes.okonomi}`],
      removed: [`${a.id}|${codes.ledelse}`, `${b.id}|${codes.ledelse}`].sort(),
      changed: [],
    });
    expect(paths(project)).toEqual([
      ['A', ['Temaer/Økonomi']],
      ['B', ['Temaer/Økonomi']],
      ['C', ['Temaer/Økonomi']],
    ]);
  });
});

describe('the groups.* contract', () => {
  it('validates its input and folds calls with one edit session into one undo step', async () => {
    const { project, codes } = setup();
    const group = await invoke(project, 'groups.create', { name: 'G', editSession: 'cli-1' });
    await invoke(project, 'groups.addCodes', {
      id: group.id,
      codeIds: [codes.risiko],
      editSession: 'cli-1',
    });
    await invoke(project, 'groups.describe', {
      id: group.id,
      description: 'D',
      editSession: 'cli-1',
    });
    expect(project.history.list().at(-1)!.label).toBe('Create code group "G"');
    project.history.undo();
    expect(listGroups(project)).toEqual([]);
    await expect(invoke(project, 'groups.addCodes', { id: 'x', codeIds: [] })).rejects.toThrow();
    await expect(invoke(project, 'groups.rename', { id: 'x', name: 'y' })).rejects.toMatchObject({
      code: 'group.not-found',
    });
  });
});
