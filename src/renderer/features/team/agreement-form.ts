/**
 * The agreement controls as the user sets them, what is wrong with them (if anything),
 * and their translation into `agreement.compute` options.
 */
import type { MethodInput } from '@shared/api/contract';
import type { AgreementLevel, CharacterUnits } from '@shared/agreement/types';

export interface AgreementForm {
  /** Chosen coder names in list order; null = everyone who coded (the core decides). */
  coders: string[] | null;
  level: AgreementLevel;
  /** Segment level: minimum overlap in percent (MAXQDA's default is 90). */
  overlap: number;
  /** Character level: which characters are units. */
  units: CharacterUnits;
}

export const DEFAULT_AGREEMENT_FORM: AgreementForm = {
  coders: null,
  level: 'character',
  overlap: 90,
  units: 'coded',
};

/** i18n key of the reason the form cannot be computed, or null when it can. */
export type FormProblem = 'team.form.fewCoders' | 'team.form.segmentTwo' | 'team.form.overlap';

export function formProblem(form: AgreementForm): FormProblem | null {
  if (form.coders !== null && form.coders.length < 2) return 'team.form.fewCoders';
  if (form.level === 'segment' && form.coders !== null && form.coders.length !== 2)
    return 'team.form.segmentTwo';
  if (form.level === 'segment' && !validOverlap(form.overlap)) return 'team.form.overlap';
  return null;
}

export function validOverlap(value: number): boolean {
  return Number.isFinite(value) && value >= 1 && value <= 100;
}

export function toAgreementOptions(form: AgreementForm): MethodInput<'agreement.compute'> {
  return {
    ...(form.coders === null ? {} : { coders: form.coders }),
    level: form.level,
    ...(form.level === 'segment' ? { overlapThreshold: form.overlap } : { units: form.units }),
  };
}

/**
 * The coders after ticking or unticking `name`: `shown` is what the boxes show now
 * (the explicit choice, or the coders of the last report), `known` gives the order.
 */
export function toggleCoder(
  known: readonly string[],
  shown: readonly string[],
  name: string,
): string[] {
  const chosen = new Set(shown);
  if (chosen.has(name)) chosen.delete(name);
  else chosen.add(name);
  return known.filter((coder) => chosen.has(coder));
}

/** Which boxes are ticked: the explicit choice, else the coders the core compared. */
export function shownCoders(form: AgreementForm, reportCoders: readonly string[] | null): string[] {
  return form.coders ?? [...(reportCoders ?? [])];
}
