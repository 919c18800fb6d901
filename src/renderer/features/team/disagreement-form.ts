/** The disagreement controls: what keeps them from loading, and which two coders to start with. */
import { validOverlap } from './agreement-form';

export interface DisagreementForm {
  coderA: string | null;
  coderB: string | null;
  /** null = every code the two used. */
  codeId: string | null;
  overlap: number;
}

export const DEFAULT_DISAGREEMENT_FORM: DisagreementForm = {
  coderA: null,
  coderB: null,
  codeId: null,
  overlap: 90,
};

/** i18n key of what keeps the list from loading, or null. */
export function disagreementProblem(form: DisagreementForm): string | null {
  if (form.coderA === null || form.coderB === null) return 'team.dis.chooseTwo';
  if (form.coderA === form.coderB) return 'team.dis.sameCoder';
  if (!validOverlap(form.overlap)) return 'team.form.overlap';
  return null;
}

/**
 * Keeps chosen coders that still exist and fills the others, preferring `candidates`
 * (those the agreement table compared, i.e. who coded) over the rest of `known`.
 */
export function pickCoders(
  form: DisagreementForm,
  candidates: readonly string[],
  known: readonly string[],
): { coderA: string | null; coderB: string | null } {
  const valid = (name: string | null): name is string => name !== null && known.includes(name);
  const pool = [...new Set([...candidates.filter((c) => known.includes(c)), ...known])];
  const coderA = valid(form.coderA)
    ? form.coderA
    : (pool.find((n) => !(valid(form.coderB) && n === form.coderB)) ?? null);
  const coderB =
    valid(form.coderB) && form.coderB !== coderA
      ? form.coderB
      : (pool.find((n) => n !== coderA) ?? null);
  return { coderA, coderB };
}
