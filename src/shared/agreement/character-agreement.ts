/**
 * Character-level agreement: every character of a compared document is a unit, and per
 * code each coder either coded it or not. Two coders give a 2×2 table per code (percent
 * agreement, Cohen's kappa); any number of coders give Krippendorff's alpha, with a
 * coder who never coded a document counted as missing there rather than as "no".
 * The overall row pools every (character, code) decision of all codes.
 */
import { addTables, cohenKappa, emptyTable, type TwoByTwo } from './cohen-kappa';
import { mergeIntervals, forEachStretch, type Interval } from './intervals';
import { CoincidenceMatrix } from './krippendorff-alpha';
import { SpanIndex, codersPresent } from './span-index';
import type {
  AgreementInput,
  CharacterAgreementStats,
  CharacterUnits,
  ComparedDocument,
} from './types';

const CODED = 1;
const NOT_CODED = 0;

class Accumulator {
  units = 0;
  table: TwoByTwo = emptyTable();
  readonly coincidences = new CoincidenceMatrix<number>();

  /** `length` characters that `covering` of the `present` coders coded with this code. */
  addStretch(length: number, present: number, covering: number, coveredBy: readonly boolean[]) {
    this.units += length;
    this.coincidences.addCounts(
      new Map([
        [CODED, covering],
        [NOT_CODED, present - covering],
      ]),
      length,
    );
    // The 2×2 table only means something when exactly two coders are compared.
    if (coveredBy.length !== 2) return;
    const [first, second] = coveredBy;
    if (first && second) this.table.both += length;
    else if (first) this.table.onlyFirst += length;
    else if (second) this.table.onlySecond += length;
    else this.table.neither += length;
  }

  merge(other: Accumulator): void {
    this.units += other.units;
    this.table = addTables(this.table, other.table);
    this.coincidences.addMatrix(other.coincidences);
  }

  stats(pairwise: boolean): CharacterAgreementStats {
    if (!pairwise) {
      return {
        units: this.units,
        table: null,
        agreement: this.coincidences.observedAgreement(),
        kappa: null,
        alpha: this.coincidences.alphaNominal(),
      };
    }
    const { observed, kappa } = cohenKappa(this.table);
    return {
      units: this.units,
      table: { ...this.table },
      agreement: observed,
      kappa,
      alpha: this.coincidences.alphaNominal(),
    };
  }
}

function universeOf(
  document: ComparedDocument,
  spans: SpanIndex,
  present: readonly string[],
  units: CharacterUnits,
): Interval[] {
  if (units === 'all') return document.length > 0 ? [{ start: 0, end: document.length }] : [];
  return mergeIntervals(spans.segmentsOfCoders(document.id, present));
}

export interface CharacterAgreementResult {
  byCode: Map<string, CharacterAgreementStats>;
  overall: CharacterAgreementStats;
}

/**
 * Agreement of `coders` (two for kappa, two or more for alpha) on the documents at least
 * two of them coded. With exactly two coders only documents both coded count.
 */
export function characterAgreement(
  input: AgreementInput,
  coders: readonly string[],
  units: CharacterUnits,
): CharacterAgreementResult {
  const spans = new SpanIndex(input);
  const pairwise = coders.length === 2;
  const perCode = new Map(input.codes.map((code) => [code, new Accumulator()]));
  for (const document of input.documents) {
    const present = codersPresent(document, coders);
    if (present.length < 2) continue;
    const universe = universeOf(document, spans, present, units);
    for (const [code, accumulator] of perCode) {
      const layers = present.map((coder) =>
        mergeIntervals(spans.segments(document.id, code, coder)),
      );
      forEachStretch(layers, universe, (length, covering, coveredBy) =>
        accumulator.addStretch(length, present.length, covering, coveredBy),
      );
    }
  }
  const overall = new Accumulator();
  const byCode = new Map<string, CharacterAgreementStats>();
  for (const [code, accumulator] of perCode) {
    overall.merge(accumulator);
    byCode.set(code, accumulator.stats(pairwise));
  }
  return { byCode, overall: overall.stats(pairwise) };
}
