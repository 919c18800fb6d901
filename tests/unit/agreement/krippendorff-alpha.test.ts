import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CoincidenceMatrix,
  krippendorffAlphaNominal,
} from '../../../src/shared/agreement/krippendorff-alpha';

const _ = null;

describe("Krippendorff's alpha (nominal)", () => {
  it("matches Krippendorff's worked example C: 4 observers, 12 units, missing data, α = 0.743", () => {
    // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C; the
    // same data ship as the "C" example of R's irr::kripp.alpha / DescTools::KrippAlpha.
    // Rows are units, columns observers A–D.
    const units = [
      [1, 1, _, 1],
      [2, 2, 3, 2],
      [3, 3, 3, 3],
      [3, 3, 3, 3],
      [2, 2, 2, 2],
      [1, 2, 3, 4],
      [4, 4, 4, 4],
      [1, 1, 2, 1],
      [2, 2, 2, 2],
      [_, 5, 5, 5],
      [_, _, 1, 1],
      [_, _, 3, _], // a single value cannot be paired: left out
    ];
    const alpha = krippendorffAlphaNominal(units);
    expect(alpha).toBeCloseTo(0.743, 3);
    expect(alpha).toBeCloseTo(1 - (39 * 10) / 1520, 12); // n = 40, D_o pairs 10, Σ n_c n_k = 1520
  });

  it("matches Krippendorff's example A: binary data, 2 observers, α = 0.095", () => {
    const a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0];
    const b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0];
    const alpha = krippendorffAlphaNominal(a.map((value, u) => [value, b[u]!]));
    expect(alpha).toBeCloseTo(0.095, 3);
    expect(alpha).toBeCloseTo(1 - (19 * 4) / (14 * 6), 12);
  });

  it("matches Krippendorff's example B: nominal data, 2 observers, α = 0.692", () => {
    const a = 'a a b b d c c c e d d a'.split(' ');
    const b = 'b a b b b c c c e d d d'.split(' ');
    expect(krippendorffAlphaNominal(a.map((value, u) => [value, b[u]!]))).toBeCloseTo(0.692, 3);
  });

  it('is undefined without variation or without pairable values', () => {
    expect(
      krippendorffAlphaNominal([
        [1, 1],
        [1, 1],
      ]),
    ).toBeNull();
    expect(
      krippendorffAlphaNominal([
        [1, _],
        [_, 2],
      ]),
    ).toBeNull();
    expect(krippendorffAlphaNominal([])).toBeNull();
  });

  it('counts a weighted unit as that many identical units', () => {
    const weighted = new CoincidenceMatrix<number>();
    weighted.addCounts(
      new Map([
        [1, 2],
        [0, 1],
      ]),
      7,
    );
    weighted.addCounts(new Map([[0, 3]]), 5);
    const repeated = krippendorffAlphaNominal([
      ...Array.from({ length: 7 }, () => [1, 1, 0]),
      ...Array.from({ length: 5 }, () => [0, 0, 0]),
    ]);
    expect(weighted.alphaNominal()).toBeCloseTo(repeated!, 12);
  });

  it('properties: α ≤ 1, 1 for identical coders with variation, independent of coder order', () => {
    const unit = fc.array(fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }), {
      minLength: 3,
      maxLength: 3,
    });
    fc.assert(
      fc.property(fc.array(unit, { minLength: 1, maxLength: 40 }), (units) => {
        const alpha = krippendorffAlphaNominal(units);
        const reversed = krippendorffAlphaNominal(units.map((u) => [...u].reverse()));
        if (alpha === null) {
          expect(reversed).toBeNull();
          return;
        }
        expect(alpha).toBeLessThanOrEqual(1 + 1e-12);
        expect(reversed).toBeCloseTo(alpha, 9);
      }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 2, maxLength: 40 }),
        (values) => {
          const alpha = krippendorffAlphaNominal(values.map((v) => [v, v, _]));
          if (new Set(values).size > 1) expect(alpha).toBeCloseTo(1, 12);
          else expect(alpha).toBeNull();
        },
      ),
    );
  });
});
