import { describe, expect, it } from 'vitest';
import type { Attribute, Case } from '@shared/domain/entities';
import {
  buildCaseGrid,
  membersOfCase,
  newColumnName,
  stillPending,
} from '../../../../src/renderer/features/speakers/case-grid';

const cases: Case[] = [
  { id: 'c1', name: 'Aalborg Kommune', description: null },
  { id: 'c2', name: 'Vejle Kommune', description: null },
];
const attributes: Attribute[] = [
  { id: 'a1', name: 'Indbyggere', valueType: 'number' },
  { id: 'a2', name: 'Region', valueType: 'text' },
];
const values = [
  { caseId: 'c1', attributeId: 'a2', value: 'Nordjylland' },
  { caseId: 'c1', attributeId: 'a1', value: '220000' },
  { caseId: 'c2', attributeId: 'a2', value: 'Syddanmark' },
];

describe('buildCaseGrid', () => {
  it('puts each value in its case row and attribute column, blanks where none', () => {
    const grid = buildCaseGrid(cases, attributes, values);
    expect(grid.columns).toEqual([
      { id: 'a1', name: 'Indbyggere' },
      { id: 'a2', name: 'Region' },
    ]);
    expect(grid.rows.map((r) => [r.theCase.name, ...r.values])).toEqual([
      ['Aalborg Kommune', '220000', 'Nordjylland'],
      ['Vejle Kommune', '', 'Syddanmark'],
    ]);
  });

  it('adds pending columns after the stored ones unless an attribute already has the name', () => {
    const grid = buildCaseGrid(cases, attributes, values, ['Størrelse', 'region']);
    expect(grid.columns.map((c) => [c.id, c.name])).toEqual([
      ['a1', 'Indbyggere'],
      ['a2', 'Region'],
      [null, 'Størrelse'],
    ]);
    expect(grid.rows[0]!.values).toEqual(['220000', 'Nordjylland', '']);
  });
});

describe('attribute column names', () => {
  const columns = buildCaseGrid(cases, attributes, values).columns;

  it('accepts a new trimmed name and refuses empty or existing ones in any case', () => {
    expect(newColumnName('  Størrelse ', columns)).toBe('Størrelse');
    expect(newColumnName('   ', columns)).toBeNull();
    expect(newColumnName('REGION', columns)).toBeNull();
  });

  it('forgets pending names once they are stored attributes', () => {
    expect(stillPending(['Størrelse', 'region'], attributes)).toEqual(['Størrelse']);
  });
});

describe('membersOfCase', () => {
  it('lists the documents and speakers assigned to a case', () => {
    expect(
      membersOfCase(
        'c1',
        [
          { name: 'JKM.txt', caseId: 'c1' },
          { name: 'JW.txt', caseId: 'c2' },
        ],
        [
          { label: 'JKM', caseId: 'c1' },
          { label: 'I', caseId: null },
        ],
      ),
    ).toEqual({ documents: ['JKM.txt'], speakers: ['JKM'] });
  });
});
