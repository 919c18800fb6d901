/**
 * The agreement table: its controls, the last report the core computed, and exports.
 * Recomputed shortly after the controls change and whenever coding changes; an answer
 * that arrives after a newer request is dropped.
 */
import { create } from 'zustand';
import type { AgreementReport } from '@shared/agreement/types';
import { callApi } from '../../api/client';
import { reportError } from '../../stores/notice-store';
import { downloadFile } from '../../ui/download';
import {
  DEFAULT_AGREEMENT_FORM,
  formProblem,
  toAgreementOptions,
  type AgreementForm,
} from './agreement-form';

export type AgreementExportFormat = 'csv' | 'md';

const COMPUTE_DELAY_MS = 250;

interface AgreementState {
  form: AgreementForm;
  report: AgreementReport | null;
  computing: boolean;
  /** Why the core could not compute (e.g. only one coder has coded). */
  error: string | null;
  exporting: AgreementExportFormat | null;
  setForm(patch: Partial<AgreementForm>): void;
  scheduleCompute(): void;
  compute(): Promise<void>;
  exportAs(format: AgreementExportFormat): Promise<void>;
}

let serial = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

export const useAgreementStore = create<AgreementState>((set, get) => {
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void get().compute(), COMPUTE_DELAY_MS);
  };
  return {
    form: DEFAULT_AGREEMENT_FORM,
    report: null,
    computing: false,
    error: null,
    exporting: null,
    setForm(patch) {
      set({ form: { ...get().form, ...patch } });
      schedule();
    },
    scheduleCompute() {
      schedule();
    },
    async compute() {
      clearTimeout(timer);
      const { form } = get();
      if (formProblem(form)) return;
      const mine = ++serial;
      set({ computing: true });
      try {
        const report = await callApi('agreement.compute', toAgreementOptions(form));
        if (mine !== serial) return;
        // From now on the boxes show exactly who is compared: a coder merged in later
        // appears unticked instead of silently joining the table.
        const pinned = get().form.coders ?? report.coders;
        set({ report, computing: false, error: null, form: { ...get().form, coders: pinned } });
      } catch (err) {
        if (mine === serial)
          set({
            report: null,
            computing: false,
            error: err instanceof Error ? err.message : String(err),
          });
      }
    },
    async exportAs(format) {
      const { form } = get();
      if (formProblem(form)) return;
      set({ exporting: format });
      try {
        downloadFile(
          await callApi('agreement.export', { options: toAgreementOptions(form), format }),
        );
      } catch (err) {
        reportError(err);
      } finally {
        set({ exporting: null });
      }
    },
  };
});
