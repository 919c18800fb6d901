import { describe, expect, it } from 'vitest';
import type { CodeGroup } from '@shared/api/types';
import {
  groupMenuEntries,
  groupsByCode,
  narrowToGroup,
} from '../../../../src/renderer/features/code-groups/group-logic';

const codes = [
  { id: 'p', parentId: null },
  { id: 'risk', parentId: 'p' },
  { id: 'fail', parentId: 'risk' },
  { id: 'co', parentId: 'p' },
  { id: 'lone', parentId: null },
];

const group = (id: string, name: string, codeIds: string[]): CodeGroup => ({
  id,
  guid: id,
  name,
  description: null,
  position: 0,
  codeIds,
  codePaths: [],
});
const core = group('g1', 'Kerne', ['fail', 'lone']);
const appendix = group('g2', 'Bilag', ['fail']);

describe('groupsByCode', () => {
  it('lists every group a code is in, in the groups’ order', () => {
    const byCode = groupsByCode([core, appendix]);
    expect(byCode.get('fail')?.map((g) => g.name)).toEqual(['Kerne', 'Bilag']);
    expect(byCode.get('lone')?.map((g) => g.name)).toEqual(['Kerne']);
    expect(byCode.has('risk')).toBe(false);
  });
});

describe('narrowToGroup', () => {
  it('keeps the group’s codes and the codes they lie under, in codebook order', () => {
    expect(narrowToGroup(codes, ['lone', 'fail']).map((c) => c.id)).toEqual([
      'p',
      'risk',
      'fail',
      'lone',
    ]);
  });

  it('keeps nothing for an empty group, and ignores codes that are gone', () => {
    expect(narrowToGroup(codes, [])).toEqual([]);
    expect(narrowToGroup(codes, ['gone', 'co']).map((c) => c.id)).toEqual(['p', 'co']);
  });
});

describe('groupMenuEntries', () => {
  const fail = { id: 'fail', name: 'Fejl' };
  const risk = { id: 'risk', name: 'III Risiko' };

  it('offers to name a new group with the code when there is no group', () => {
    expect(groupMenuEntries(risk, [], 'main').map((e) => [e.label, e.does.kind])).toEqual([
      ['groups.menu.newWith', 'new'],
    ]);
  });

  it('opens the add page, and removes from the one group directly', () => {
    const entries = groupMenuEntries({ id: 'lone', name: 'Løs' }, [core, appendix], 'main');
    expect(entries.map((e) => e.does)).toEqual([
      { kind: 'page', page: 'add' },
      { kind: 'remove', groupId: 'g1' },
    ]);
    expect(entries[1]!.params).toEqual({ group: 'Kerne' });
  });

  it('opens a remove page for a code in several groups; none for a code in no group', () => {
    expect(groupMenuEntries(fail, [core, appendix], 'main').map((e) => e.does)).toEqual([
      { kind: 'page', page: 'add' },
      { kind: 'page', page: 'remove' },
    ]);
    expect(groupMenuEntries(risk, [core], 'main')).toHaveLength(1);
  });

  it('lists on the add page only the groups the code is not in, then a new group', () => {
    const entries = groupMenuEntries(risk, [core, appendix], 'add');
    expect(entries.map((e) => e.does)).toEqual([
      { kind: 'none' },
      { kind: 'add', groupId: 'g1' },
      { kind: 'add', groupId: 'g2' },
      { kind: 'new' },
    ]);
    expect(entries[0]!.params).toEqual({ name: 'III Risiko' });
    expect(entries.at(-1)!.separatorBefore).toBe(true);
    // In every group already: only a new group is left to add it to.
    expect(groupMenuEntries(fail, [core, appendix], 'add').map((e) => e.does.kind)).toEqual([
      'none',
      'new',
    ]);
  });

  it('lists on the remove page the groups the code is in', () => {
    expect(groupMenuEntries(fail, [core, appendix], 'remove').map((e) => e.does)).toEqual([
      { kind: 'none' },
      { kind: 'remove', groupId: 'g1' },
      { kind: 'remove', groupId: 'g2' },
    ]);
  });
});
