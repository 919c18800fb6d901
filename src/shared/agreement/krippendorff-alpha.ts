/**
 * Krippendorff's alpha for nominal data, any number of coders, missing values allowed
 * (Krippendorff, "Computing Krippendorff's Alpha-Reliability", 2011). Built on the
 * coincidence matrix: a unit with m_u values adds, for every ordered pair of values from
 * two different coders, 1/(m_u − 1) to o[c][k]. Units with fewer than two values cannot
 * be paired and are left out. Then
 *
 *   α = 1 − D_o / D_e = 1 − (n − 1) · Σ_{c≠k} o_ck / Σ_{c≠k} n_c · n_k
 *
 * with n_c the row sums of o and n the number of pairable values.
 */

export type NominalValue = string | number;

export class CoincidenceMatrix<V extends NominalValue = NominalValue> {
  private readonly cells = new Map<V, Map<V, number>>();

  /** Adds one unit: the values its coders gave, null where a coder gave none. */
  addUnit(values: readonly (V | null | undefined)[], weight = 1): void {
    const counts = new Map<V, number>();
    for (const value of values) {
      if (value === null || value === undefined) continue;
      counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    this.addCounts(counts, weight);
  }

  /**
   * Adds `weight` identical units given by how many coders chose each value — a run of
   * characters that every coder treated alike counts as that many units at once.
   */
  addCounts(counts: ReadonlyMap<V, number>, weight = 1): void {
    let m = 0;
    for (const count of counts.values()) m += count;
    if (m < 2 || weight === 0) return;
    for (const [c, countC] of counts) {
      for (const [k, countK] of counts) {
        const pairs = c === k ? countC * (countC - 1) : countC * countK;
        if (pairs === 0) continue;
        this.add(c, k, (weight * pairs) / (m - 1));
      }
    }
  }

  /** Adds every cell of another matrix (pooling units, e.g. over codes). */
  addMatrix(other: CoincidenceMatrix<V>): void {
    for (const [c, row] of other.cells) for (const [k, value] of row) this.add(c, k, value);
  }

  private add(c: V, k: V, value: number): void {
    let row = this.cells.get(c);
    if (!row) {
      row = new Map();
      this.cells.set(c, row);
    }
    row.set(k, (row.get(k) ?? 0) + value);
  }

  get(c: V, k: V): number {
    return this.cells.get(c)?.get(k) ?? 0;
  }

  /** n: the number of pairable values. */
  get total(): number {
    let n = 0;
    for (const row of this.cells.values()) for (const value of row.values()) n += value;
    return n;
  }

  /** Share of pairable values whose partner agrees: 1 − Σ_{c≠k} o_ck / n (null if n = 0). */
  observedAgreement(): number | null {
    const n = this.total;
    if (n === 0) return null;
    return 1 - this.disagreeing() / n;
  }

  private disagreeing(): number {
    let sum = 0;
    for (const [c, row] of this.cells) for (const [k, value] of row) if (c !== k) sum += value;
    return sum;
  }

  /**
   * α for nominal data. Null when undefined: no pairable values, or no variation (all
   * values the same, D_e = 0) — Krippendorff's alpha is 0/0 then, as Cohen's kappa is.
   */
  alphaNominal(): number | null {
    const marginals = [...this.cells.entries()].map(([c, row]) => {
      let sum = 0;
      for (const value of row.values()) sum += value;
      return [c, sum] as const;
    });
    const n = marginals.reduce((sum, [, nc]) => sum + nc, 0);
    let expectedPairs = 0;
    for (const [c, nc] of marginals)
      for (const [k, nk] of marginals) if (c !== k) expectedPairs += nc * nk;
    // A value enters the matrix only with a positive count, so a single value present
    // means expectedPairs is exactly 0.
    if (n === 0 || expectedPairs === 0) return null;
    return 1 - ((n - 1) * this.disagreeing()) / expectedPairs;
  }
}

/** α for a units × coders table given row by row: `units[u][i]` is coder i's value (null = missing). */
export function krippendorffAlphaNominal(
  units: readonly (readonly (NominalValue | null)[])[],
): number | null {
  const matrix = new CoincidenceMatrix();
  for (const values of units) matrix.addUnit(values);
  return matrix.alphaNominal();
}
