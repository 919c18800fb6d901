import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  brennanPredigerKappa,
  cohenKappa,
  type TwoByTwo,
} from '../../../src/shared/agreement/cohen-kappa';

const table = (both: number, onlyFirst: number, onlySecond: number, neither: number): TwoByTwo => ({
  both,
  onlyFirst,
  onlySecond,
  neither,
});

describe("Cohen's kappa", () => {
  it('matches the textbook grant-proposal example: 20 / 5 / 10 / 15 gives p_o 0.70, p_e 0.50, κ 0.40', () => {
    // Two readers, 50 proposals: both yes 20, only A yes 5, only B yes 10, both no 15.
    const result = cohenKappa(table(20, 5, 10, 15));
    expect(result.observed).toBeCloseTo(0.7, 12);
    expect(result.expected).toBeCloseTo(0.5, 12);
    expect(result.kappa).toBeCloseTo(0.4, 12);
  });

  it('matches two hand-computed tables with equal p_o but different marginals (κ 0.1304 and 0.2593)', () => {
    // p_o = 0.60 in both; p_e = 0.54 and 0.46 respectively.
    expect(cohenKappa(table(45, 15, 25, 15)).kappa).toBeCloseTo(0.06 / 0.46, 12);
    expect(cohenKappa(table(45, 15, 25, 15)).kappa).toBeCloseTo(0.1304, 4);
    expect(cohenKappa(table(25, 35, 5, 35)).kappa).toBeCloseTo(0.2593, 4);
  });

  it("reproduces NVivo's documented percentage: 1000 characters, 50 by both, 150 by one, 800 by neither = 85 %", () => {
    const result = cohenKappa(table(50, 100, 50, 800));
    expect(result.observed).toBe(0.85);
    // p_A = 0.15, p_B = 0.10: p_e = 0.015 + 0.765 = 0.78, κ = 0.07 / 0.22.
    expect(result.expected).toBeCloseTo(0.78, 12);
    expect(result.kappa).toBeCloseTo(0.07 / 0.22, 12);
  });

  it('gives κ = 0 when the coders agree exactly as often as chance predicts', () => {
    expect(cohenKappa(table(5, 5, 5, 5)).kappa).toBe(0);
  });

  it('gives κ = −1 for complete, balanced disagreement', () => {
    expect(cohenKappa(table(0, 10, 10, 0)).kappa).toBe(-1);
  });

  it('is undefined (null) when p_e = 1 — no variation — and when there are no units', () => {
    expect(cohenKappa(table(0, 0, 0, 30))).toEqual({ observed: 1, expected: 1, kappa: null });
    expect(cohenKappa(table(30, 0, 0, 0))).toEqual({ observed: 1, expected: 1, kappa: null });
    expect(cohenKappa(table(0, 0, 0, 0))).toEqual({ observed: null, expected: null, kappa: null });
  });

  it('properties: −1 ≤ κ ≤ 1, symmetric in the coders, 1 when they never disagree', () => {
    const count = fc.integer({ min: 0, max: 10_000 });
    fc.assert(
      fc.property(count, count, count, count, (both, onlyFirst, onlySecond, neither) => {
        const { kappa, observed } = cohenKappa(table(both, onlyFirst, onlySecond, neither));
        const swapped = cohenKappa(table(both, onlySecond, onlyFirst, neither));
        if (kappa !== null) {
          expect(kappa).toBeLessThanOrEqual(1 + 1e-12);
          expect(kappa).toBeGreaterThanOrEqual(-1 - 1e-12);
          expect(swapped.kappa).toBeCloseTo(kappa, 12);
        } else {
          expect(swapped.kappa).toBeNull();
        }
        if (observed !== null) expect(observed).toBeLessThanOrEqual(1);
        const agreeing = cohenKappa(table(both, 0, 0, neither)).kappa;
        if (both > 0 && neither > 0) expect(agreeing).toBe(1);
      }),
    );
  });
});

describe("Brennan & Prediger's kappa", () => {
  it('uses chance = 1/k: p_o 0.8 with 5 codes gives (0.8 − 0.2) / 0.8 = 0.75', () => {
    expect(brennanPredigerKappa(0.8, 5)).toBeCloseTo(0.75, 12);
    expect(brennanPredigerKappa(0.5, 2)).toBe(0);
  });

  it('is undefined for fewer than two categories, where chance agreement would be 1', () => {
    expect(brennanPredigerKappa(1, 1)).toBeNull();
    expect(brennanPredigerKappa(1, 0)).toBeNull();
  });
});
