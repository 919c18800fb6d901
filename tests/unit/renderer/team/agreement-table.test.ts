import { describe, expect, it } from 'vitest';
import type {
  CharacterAgreementReport,
  SegmentAgreementReport,
} from '../../../../src/shared/agreement/types';
import { agreementTable, footnotes } from '../../../../src/renderer/features/team/agreement-table';
import { formatCell, formatOverlap } from '../../../../src/renderer/features/team/number-format';

const documents = { compared: ['JKM.txt'], excluded: [] };

const character: CharacterAgreementReport = {
  level: 'character',
  coders: ['Ane', 'Bo'],
  units: 'coded',
  documents,
  rows: [
    {
      codeId: 'v',
      code: 'Principper/Værdi',
      units: 50,
      table: { both: 20, onlyFirst: 5, onlySecond: 10, neither: 15 },
      agreement: 0.7,
      kappa: 0.4,
      alpha: 0.39,
    },
    {
      codeId: 'r',
      code: 'Principper/Risiko',
      units: 30,
      table: { both: 0, onlyFirst: 0, onlySecond: 0, neither: 30 },
      agreement: 1,
      kappa: null,
      alpha: null,
    },
    { codeId: 'x', code: 'Tom', units: 0, table: null, agreement: null, kappa: null, alpha: null },
  ],
  overall: {
    units: 80,
    table: { both: 20, onlyFirst: 5, onlySecond: 10, neither: 45 },
    agreement: 0.8125,
    kappa: 0.6,
    alpha: 0.59,
  },
};

describe('agreementTable (character level)', () => {
  it('has the 2×2 table, agreement, kappa and alpha per code, with a reason for each "–"', () => {
    const table = agreementTable(character);
    expect(table.columns.map((c) => [c.label.key, c.label.params?.coder])).toEqual([
      ['team.col.characters', undefined],
      ['team.col.both', undefined],
      ['team.col.only', 'Ane'],
      ['team.col.only', 'Bo'],
      ['team.col.neither', undefined],
      ['team.col.agreement', undefined],
      ['team.col.cohenKappa', undefined],
      ['team.col.alpha', undefined],
    ]);
    const [value, risk, empty] = table.rows;
    expect(value!.cells.map((c) => c.value)).toEqual([50, 20, 5, 10, 15, 0.7, 0.4, 0.39]);
    expect(risk!.cells.slice(5)).toEqual([
      { kind: 'percent', value: 1, why: null },
      { kind: 'coefficient', value: null, why: { key: 'team.why.kappaNoVariation' } },
      { kind: 'coefficient', value: null, why: { key: 'team.why.alphaNoVariation' } },
    ]);
    expect(empty!.cells.slice(5).map((c) => (c.kind === 'count' ? null : c.why?.key))).toEqual([
      'team.why.noUnits',
      'team.why.noUnits',
      'team.why.noUnits',
    ]);
    expect(table.overall.codeId).toBeNull();
    expect(table.overall.cells[0]).toEqual({ kind: 'count', value: 80 });
  });

  it('shows pairwise agreement and alpha only for three coders', () => {
    const three = { ...character, coders: ['Ane', 'Bo', 'Cai'] };
    const table = agreementTable(three);
    expect(table.columns.map((c) => c.label.key)).toEqual([
      'team.col.characters',
      'team.col.pairwiseAgreement',
      'team.col.alpha',
    ]);
    expect(table.rows[0]!.cells.map((c) => c.value)).toEqual([50, 0.7, 0.39]);
  });
});

describe('agreementTable (segment level)', () => {
  const stats = (first: number, second: number, agreements: number) => ({
    segmentsFirst: first,
    segmentsSecond: second,
    agreedFirst: agreements / 2,
    agreedSecond: agreements / 2,
    agreements,
    total: first + second,
    agreement: first + second === 0 ? null : agreements / (first + second),
  });
  const segment: SegmentAgreementReport = {
    level: 'segment',
    coders: ['Ane', 'Bo'],
    overlapThreshold: 90,
    documents,
    rows: [{ codeId: 'v', code: 'Værdi', ...stats(2, 2, 2) }],
    overall: { ...stats(2, 2, 2), codesInTable: 1, chance: null, kappa: null },
  };

  it('gives kappa in the overall row only, and says why it is missing with one code', () => {
    const table = agreementTable(segment);
    expect(table.columns[0]!.label).toEqual({
      key: 'team.col.segmentsOf',
      params: { coder: 'Ane' },
    });
    expect(table.rows[0]!.cells.at(-1)).toMatchObject({
      value: null,
      why: { key: 'team.why.kappaOverallOnly' },
    });
    expect(table.overall.cells.at(-1)).toMatchObject({
      value: null,
      why: { key: 'team.why.kappaFewCodes', params: { k: 1 } },
    });
    const none = agreementTable({
      ...segment,
      overall: { ...stats(0, 0, 0), codesInTable: 0, chance: null, kappa: null },
    });
    expect(none.overall.cells.at(-1)).toMatchObject({ why: { key: 'team.why.noSegments' } });
    expect(none.overall.cells.at(-2)).toMatchObject({ why: { key: 'team.why.noSegments' } });
  });
});

describe('footnotes', () => {
  it('letters each distinct reason once, in the order the table shows them', () => {
    const notes = footnotes(agreementTable(character));
    expect(notes.notes.map((n) => [n.mark, n.why.key])).toEqual([
      ['a', 'team.why.kappaNoVariation'],
      ['b', 'team.why.alphaNoVariation'],
      ['c', 'team.why.noUnits'],
    ]);
    expect(notes.markOf({ key: 'team.why.noUnits' })).toBe('c');
    expect(notes.markOf({ key: 'team.why.kappaFewCodes', params: { k: 1 } })).toBe('');
  });
});

describe('formatCell', () => {
  it('writes percentages, coefficients and counts in the UI language, "–" when undefined', () => {
    expect(formatCell({ kind: 'percent', value: 0.8125, why: null }, 'en')).toBe('81.3%');
    expect(formatCell({ kind: 'percent', value: 0.8125, why: null }, 'da')).toBe('81,3\u00a0%');
    expect(formatCell({ kind: 'coefficient', value: 0.4, why: null }, 'da')).toBe('0,400');
    expect(formatCell({ kind: 'coefficient', value: -0.0001, why: null }, 'en')).toBe('0.000');
    expect(formatCell({ kind: 'coefficient', value: -0.25, why: null }, 'en')).toBe('-0.250');
    expect(formatCell({ kind: 'coefficient', value: null, why: null }, 'en')).toBe('–');
    expect(formatCell({ kind: 'count', value: 12345 }, 'da')).toBe('12.345');
  });

  it('rounds an overlap down, so 89.9 % never reads as the 90 % it missed', () => {
    expect(formatOverlap(89.9, 'en')).toBe('89%');
    expect(formatOverlap(41.03, 'da')).toBe('41\u00a0%');
  });
});
