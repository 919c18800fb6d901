/**
 * The disagreement list: two coders, optionally one code, the overlap threshold, and the
 * passages where the two differ as the core found them. Reloaded when coding changes.
 */
import { create } from 'zustand';
import type { DisagreementReport } from '@shared/api/types';
import { callApi } from '../../api/client';
import {
  DEFAULT_DISAGREEMENT_FORM,
  disagreementProblem,
  pickCoders,
  type DisagreementForm,
} from './disagreement-form';

interface DisagreementsState {
  form: DisagreementForm;
  report: DisagreementReport | null;
  loading: boolean;
  error: string | null;
  setForm(patch: Partial<DisagreementForm>): void;
  /** Picks two coders when none are chosen yet (or a chosen one is gone). */
  defaultCoders(candidates: readonly string[], known: readonly string[]): void;
  load(): Promise<void>;
}

let serial = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
const LOAD_DELAY_MS = 250;

export const useDisagreementsStore = create<DisagreementsState>((set, get) => ({
  form: DEFAULT_DISAGREEMENT_FORM,
  report: null,
  loading: false,
  error: null,
  setForm(patch) {
    set({ form: { ...get().form, ...patch } });
    clearTimeout(timer);
    timer = setTimeout(() => void get().load(), LOAD_DELAY_MS);
  },
  defaultCoders(candidates, known) {
    const form = get().form;
    const picked = pickCoders(form, candidates, known);
    if (picked.coderA !== form.coderA || picked.coderB !== form.coderB)
      set({ form: { ...form, ...picked } });
  },
  async load() {
    clearTimeout(timer);
    const { form } = get();
    if (disagreementProblem(form)) {
      set({ report: null, error: null });
      return;
    }
    const mine = ++serial;
    set({ loading: true });
    try {
      const report = await callApi('agreement.disagreements', {
        coderA: form.coderA!,
        coderB: form.coderB!,
        overlapThreshold: form.overlap,
        ...(form.codeId === null ? {} : { codeId: form.codeId }),
      });
      if (mine === serial) set({ report, loading: false, error: null });
    } catch (err) {
      if (mine === serial)
        set({
          report: null,
          loading: false,
          error: err instanceof Error ? err.message : String(err),
        });
    }
  },
}));
