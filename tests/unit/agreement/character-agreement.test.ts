import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { characterAgreement } from '../../../src/shared/agreement/character-agreement';
import { cohenKappa } from '../../../src/shared/agreement/cohen-kappa';
import { krippendorffAlphaNominal } from '../../../src/shared/agreement/krippendorff-alpha';
import type { AgreementInput, CodedSpan } from '../../../src/shared/agreement/types';

const span = (
  coder: string,
  code: string,
  start: number,
  end: number,
  document = 'd',
): CodedSpan => ({
  document,
  code,
  coder,
  start,
  end,
});

function input(
  spans: CodedSpan[],
  length = 20,
  coders = ['A', 'B'],
  codes = ['X'],
): AgreementInput {
  return { documents: [{ id: 'd', length, coders }], codes, spans };
}

describe('character-level agreement', () => {
  // A codes 0–10, B codes 5–15 of a 20-character document.
  const halfOverlap = [span('A', 'X', 0, 10), span('B', 'X', 5, 15)];

  it('over all characters: 5 both, 5 only A, 5 only B, 5 neither → p_o 0.5, κ 0, α 0.025', () => {
    const { byCode, overall } = characterAgreement(input(halfOverlap), ['A', 'B'], 'all');
    const x = byCode.get('X')!;
    expect(x.table).toEqual({ both: 5, onlyFirst: 5, onlySecond: 5, neither: 5 });
    expect(x.units).toBe(20);
    expect(x.agreement).toBe(0.5);
    expect(x.kappa).toBe(0);
    // n = 40 values, 10 disagreeing pairs each way, n_0 = n_1 = 20: α = 1 − 39·10 / 400.
    expect(x.alpha).toBeCloseTo(0.025, 12);
    expect(overall).toEqual(x);
  });

  it('over coded characters only: the 5 characters nobody coded drop out → p_o 1/3, κ −0.5', () => {
    const x = characterAgreement(input(halfOverlap), ['A', 'B'], 'coded').byCode.get('X')!;
    expect(x.table).toEqual({ both: 5, onlyFirst: 5, onlySecond: 5, neither: 0 });
    expect(x.agreement).toBeCloseTo(1 / 3, 12);
    // p_A = p_B = 2/3: p_e = 5/9, κ = (1/3 − 5/9) / (4/9).
    expect(x.kappa).toBeCloseTo(-0.5, 12);
  });

  it('counts characters coded with another compared code as "neither" for this code', () => {
    const spans = [...halfOverlap, span('A', 'Y', 16, 20)];
    const { byCode, overall } = characterAgreement(
      input(spans, 20, ['A', 'B'], ['X', 'Y']),
      ['A', 'B'],
      'coded',
    );
    expect(byCode.get('X')!.table).toEqual({ both: 5, onlyFirst: 5, onlySecond: 5, neither: 4 });
    expect(byCode.get('Y')!.table).toEqual({ both: 0, onlyFirst: 4, onlySecond: 0, neither: 15 });
    expect(overall.units).toBe(38);
    expect(overall.table).toEqual({ both: 5, onlyFirst: 9, onlySecond: 5, neither: 19 });
    expect(overall.kappa).toBeCloseTo(cohenKappa(overall.table!).kappa!, 12);
  });

  it('leaves out documents only one of two coders coded at all', () => {
    const result = characterAgreement(
      {
        documents: [{ id: 'd', length: 20, coders: ['A'] }],
        codes: ['X'],
        spans: [span('A', 'X', 0, 10)],
      },
      ['A', 'B'],
      'all',
    );
    expect(result.overall).toEqual({
      units: 0,
      table: { both: 0, onlyFirst: 0, onlySecond: 0, neither: 0 },
      agreement: null,
      kappa: null,
      alpha: null,
    });
  });

  it('treats a coder who never coded a document as missing there, not as "no" (alpha, 3 coders)', () => {
    const documents = [
      { id: 'd', length: 20, coders: ['A', 'B'] },
      { id: 'e', length: 10, coders: ['A', 'B', 'C'] },
    ];
    const spans = [
      ...halfOverlap,
      span('A', 'X', 0, 4, 'e'),
      span('B', 'X', 0, 4, 'e'),
      span('C', 'X', 2, 6, 'e'),
    ];
    const result = characterAgreement({ documents, codes: ['X'], spans }, ['A', 'B', 'C'], 'all');
    // Brute force: one unit per character, C missing in d.
    const units: (number | null)[][] = [];
    for (let i = 0; i < 20; i++) units.push([i < 10 ? 1 : 0, i >= 5 && i < 15 ? 1 : 0, null]);
    for (let i = 0; i < 10; i++)
      units.push([i < 4 ? 1 : 0, i < 4 ? 1 : 0, i >= 2 && i < 6 ? 1 : 0]);
    expect(result.overall.alpha).toBeCloseTo(krippendorffAlphaNominal(units)!, 12);
    expect(result.overall.kappa).toBeNull();
    expect(result.overall.table).toBeNull();
    expect(result.overall.units).toBe(30);
  });

  it('agrees with a character-by-character count on random codings, and is symmetric', () => {
    const range = (length: number) =>
      fc
        .tuple(fc.integer({ min: 0, max: length - 1 }), fc.integer({ min: 1, max: length }))
        .map(([start, size]) => ({ start, end: Math.min(length, start + size) }));
    const coder = fc.array(range(60), { maxLength: 5 });
    fc.assert(
      fc.property(coder, coder, fc.boolean(), (a, b, all) => {
        const spans = [
          ...a.map((r) => span('A', 'X', r.start, r.end)),
          ...b.map((r) => span('B', 'X', r.start, r.end)),
        ];
        const units = all ? 'all' : 'coded';
        const stats = characterAgreement(input(spans, 60), ['A', 'B'], units).byCode.get('X')!;
        const swapped = characterAgreement(input(spans, 60), ['B', 'A'], units).byCode.get('X')!;
        const covers = (list: typeof a, i: number) => list.some((r) => r.start <= i && i < r.end);
        const brute = { both: 0, onlyFirst: 0, onlySecond: 0, neither: 0 };
        const values: number[][] = [];
        for (let i = 0; i < 60; i++) {
          const [x, y] = [covers(a, i), covers(b, i)];
          if (!all && !x && !y) continue;
          values.push([x ? 1 : 0, y ? 1 : 0]);
          if (x && y) brute.both++;
          else if (x) brute.onlyFirst++;
          else if (y) brute.onlySecond++;
          else brute.neither++;
        }
        expect(stats.table).toEqual(brute);
        const alpha = krippendorffAlphaNominal(values);
        if (alpha === null) expect(stats.alpha).toBeNull();
        else expect(stats.alpha).toBeCloseTo(alpha, 9);
        expect(swapped.agreement).toEqual(stats.agreement);
        if (stats.kappa === null) expect(swapped.kappa).toBeNull();
        else {
          expect(stats.kappa).toBeLessThanOrEqual(1 + 1e-12);
          expect(swapped.kappa).toBeCloseTo(stats.kappa, 12);
        }
      }),
    );
  });

  it('gives agreement 1 (and κ, α 1 or undefined) for identical coders', () => {
    const ranges = fc.array(
      fc.tuple(fc.integer({ min: 0, max: 49 }), fc.integer({ min: 1, max: 20 })),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(ranges, fc.boolean(), (list, all) => {
        const spans = list.flatMap(([start, size]) => [
          span('A', 'X', start, Math.min(50, start + size)),
          span('B', 'X', start, Math.min(50, start + size)),
        ]);
        const stats = characterAgreement(
          input(spans, 50),
          ['A', 'B'],
          all ? 'all' : 'coded',
        ).overall;
        if (stats.units === 0) return;
        expect(stats.agreement).toBe(1);
        expect([1, null]).toContain(stats.kappa);
        if (stats.alpha !== null) expect(stats.alpha).toBeCloseTo(1, 12);
      }),
    );
  });
});
