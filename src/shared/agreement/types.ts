/**
 * Inputs and results of the inter-coder agreement statistics. The inputs are plain data
 * (ranges per coder, code and document), so the maths runs anywhere and is tested
 * without a project. See docs/agreement.md for the method.
 */
import type { TwoByTwo } from './cohen-kappa';

/** One coding: `coder` applied `code` to [start, end) of `document`. */
export interface CodedSpan {
  document: string;
  code: string;
  coder: string;
  start: number;
  end: number;
}

export interface ComparedDocument {
  id: string;
  /** Length in the unit the spans count in (code points in the service). */
  length: number;
  /**
   * Coders who coded this document at all (with any code, compared or not). For the
   * others the document is missing data, not a "no" on every character.
   */
  coders: readonly string[];
}

export interface AgreementInput {
  documents: readonly ComparedDocument[];
  /** The codes compared, each on its own codings (children are not folded in). */
  codes: readonly string[];
  spans: readonly CodedSpan[];
}

export type AgreementLevel = 'character' | 'segment';

/**
 * Which characters are units at the character level: `coded` = characters that at least
 * one of the compared coders coded with at least one of the compared codes; `all` =
 * every character of the compared documents (NVivo's coding comparison).
 */
export type CharacterUnits = 'coded' | 'all';

export interface CharacterAgreementStats {
  /** Characters compared (summed over documents; over codes too in the overall row). */
  units: number;
  /** The 2×2 table, for two coders only. */
  table: TwoByTwo | null;
  /** Observed agreement 0–1: p_o for two coders, pairwise agreement for more. */
  agreement: number | null;
  /** Cohen's kappa, two coders only; null when undefined (see cohenKappa). */
  kappa: number | null;
  /** Krippendorff's alpha (nominal); null when undefined (no units or no variation). */
  alpha: number | null;
}

export interface SegmentAgreementStats {
  segmentsFirst: number;
  segmentsSecond: number;
  /** Segments of the first coder that the second coder matched, and vice versa. */
  agreedFirst: number;
  agreedSecond: number;
  /** agreedFirst + agreedSecond: MAXQDA counts every segment of both coders once. */
  agreements: number;
  /** segmentsFirst + segmentsSecond. */
  total: number;
  /** agreements / total, 0–1; null without segments. */
  agreement: number | null;
}

export interface SegmentAgreementOverall extends SegmentAgreementStats {
  /** k: codes with at least one segment by either coder (MAXQDA's result table rows). */
  codesInTable: number;
  /** Brennan & Prediger's chance agreement 1/k; null when k < 2. */
  chance: number | null;
  kappa: number | null;
}

export interface AgreementDocuments {
  /** Names of the documents the statistics are computed on. */
  compared: string[];
  /** Documents left out because only one of the compared coders coded them. */
  excluded: { document: string; codedBy: string[] }[];
}

export interface CodeLabel {
  codeId: string;
  /** The code's path, "Parent/Child". */
  code: string;
}

export interface CharacterAgreementReport {
  level: 'character';
  coders: string[];
  units: CharacterUnits;
  documents: AgreementDocuments;
  rows: (CodeLabel & CharacterAgreementStats)[];
  overall: CharacterAgreementStats;
}

export interface SegmentAgreementReport {
  level: 'segment';
  coders: string[];
  /** Minimum overlap in percent for two segments to agree. */
  overlapThreshold: number;
  documents: AgreementDocuments;
  rows: (CodeLabel & SegmentAgreementStats)[];
  overall: SegmentAgreementOverall;
}

export type AgreementReport = CharacterAgreementReport | SegmentAgreementReport;
