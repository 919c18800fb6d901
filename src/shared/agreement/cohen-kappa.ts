/**
 * Two coders, one yes/no decision per unit: the 2×2 table, percent agreement and Cohen's
 * kappa (Cohen 1960): κ = (p_o − p_e) / (1 − p_e), p_e from each coder's own marginals.
 */

export interface TwoByTwo {
  /** Units both coders coded. */
  both: number;
  /** Units only the first coder coded. */
  onlyFirst: number;
  /** Units only the second coder coded. */
  onlySecond: number;
  /** Units neither coder coded. */
  neither: number;
}

export const emptyTable = (): TwoByTwo => ({ both: 0, onlyFirst: 0, onlySecond: 0, neither: 0 });

export function addTables(a: TwoByTwo, b: TwoByTwo): TwoByTwo {
  return {
    both: a.both + b.both,
    onlyFirst: a.onlyFirst + b.onlyFirst,
    onlySecond: a.onlySecond + b.onlySecond,
    neither: a.neither + b.neither,
  };
}

export const tableTotal = (t: TwoByTwo): number => t.both + t.onlyFirst + t.onlySecond + t.neither;

export interface KappaResult {
  /** p_o: share of units on which the coders agree; null without units. */
  observed: number | null;
  /** p_e: agreement expected by chance from the coders' marginals; null without units. */
  expected: number | null;
  /**
   * Null when undefined: without units, or when p_e = 1. p_e = 1 happens only when both
   * coders put every unit in the same category (both coded all of it, or neither coded
   * any), so p_o = 1 as well and κ = 0/0. Such data have no variation from which
   * chance-corrected agreement could be told apart; we report "undefined" rather than
   * NVivo's 1, and the percent agreement (100 %) still shows the coders agree.
   */
  kappa: number | null;
}

export function cohenKappa(table: TwoByTwo): KappaResult {
  const n = tableTotal(table);
  if (n === 0) return { observed: null, expected: null, kappa: null };
  const firstYes = table.both + table.onlyFirst;
  const secondYes = table.both + table.onlySecond;
  const observed = (table.both + table.neither) / n;
  const pFirst = firstYes / n;
  const pSecond = secondYes / n;
  const expected = pFirst * pSecond + (1 - pFirst) * (1 - pSecond);
  // Decided on the integer marginals: the float p_e may miss 1 by rounding.
  const noVariation = (firstYes === 0 && secondYes === 0) || (firstYes === n && secondYes === n);
  return { observed, expected, kappa: noVariation ? null : (observed - expected) / (1 - expected) };
}

/**
 * Brennan & Prediger's (1981) kappa: chance agreement fixed at 1/k for k categories
 * instead of estimated from marginals. MAXQDA reports it for segment agreement with k =
 * the number of codes in its result table. Null when k < 2 (chance agreement would be 1).
 */
export function brennanPredigerKappa(observed: number, categories: number): number | null {
  if (categories < 2) return null;
  const chance = 1 / categories;
  return (observed - chance) / (1 - chance);
}
