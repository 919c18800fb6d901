/**
 * The quote matrix view's state: the controls, the last matrix the core built, and the
 * build/export requests. Builds are debounced while the user types and stale answers
 * (an older build finishing after a newer one) are dropped.
 */
import { create } from 'zustand';
import type { QuoteMatrix } from '@shared/matrix/model';
import type { MethodInput } from '@shared/api/contract';
import { ApiError, callApi } from '../../api/client';
import { reportError } from '../../stores/notice-store';
import { useCodebookStore } from '../../stores/codebook-store';
import { downloadFile } from '../../ui/download';
import { citationProblem, problemFromReason, type CitationProblem } from './citation-problem';
import { debounce } from './debounce';
import { DEFAULT_MATRIX_FORM, toMatrixOptions, type MatrixForm } from './matrix-form';
import type { MatrixColumnsBy } from '@shared/matrix/options';
import { translate, useLanguageStore } from '../../i18n/i18n';

export type MatrixFormat = MethodInput<'matrix.export'>['format'];
export const MATRIX_FORMATS: readonly MatrixFormat[] = [
  'docx',
  'xlsx',
  'csv',
  'md',
  'html',
  'json',
];

const BUILD_DELAY_MS = 250;

interface MatrixState {
  form: MatrixForm;
  /** Names of the case attributes, for "attribute:<name>" columns. */
  attributes: string[];
  /** Always built with quotes; count mode shows each cell's `count`. */
  matrix: QuoteMatrix | null;
  /** Whether `matrix` was built with folded rows (decides what "also coded" leaves out). */
  matrixFolded: boolean;
  building: boolean;
  /** Why the last build failed (other than the citation template). */
  buildError: string | null;
  /** What is wrong with the custom citation template, from the compiler or the core. */
  citationError: CitationProblem | null;
  exporting: MatrixFormat | null;
  setForm(patch: Partial<MatrixForm>): void;
  /** Builds after a short pause; repeated calls collapse into one build. */
  scheduleBuild(): void;
  build(): Promise<void>;
  loadAttributes(): Promise<void>;
  exportAs(format: MatrixFormat): Promise<void>;
}

let buildSerial = 0;

function automaticTitle(rowsRoot: string[] | null, columns: MatrixColumnsBy): string {
  const language = useLanguageStore.getState().language;
  const rows = rowsRoot ? rowsRoot.join(' / ') : translate(language, 'matrix.rows.all');
  const cols =
    columns.kind === 'attribute'
      ? translate(language, 'matrix.columns.attribute', { name: columns.name })
      : translate(language, `matrix.columns.${columns.kind}`);
  return `${rows} × ${cols}`;
}

function currentOptions(form: MatrixForm) {
  return toMatrixOptions(form, useCodebookStore.getState().codes, automaticTitle);
}

export const useMatrixStore = create<MatrixState>((set, get) => {
  const debouncedBuild = debounce(() => void get().build(), BUILD_DELAY_MS);
  return {
    form: DEFAULT_MATRIX_FORM,
    attributes: [],
    matrix: null,
    matrixFolded: false,
    building: false,
    buildError: null,
    citationError: null,
    exporting: null,
    setForm(patch) {
      const form = { ...get().form, ...patch };
      const citationError =
        form.citation === 'custom' ? citationProblem(form.customTemplate) : null;
      set({ form, citationError });
      // Counts are shown from the quotes already built, so switching mode needs no build.
      if (Object.keys(patch).some((key) => key !== 'mode')) debouncedBuild();
    },
    scheduleBuild() {
      debouncedBuild();
    },
    async build() {
      debouncedBuild.cancel();
      const { form } = get();
      if (form.citation === 'custom' && citationProblem(form.customTemplate)) return;
      const options = currentOptions(form);
      if (!options) return;
      const serial = ++buildSerial;
      set({ building: true });
      try {
        const matrix = await callApi('matrix.build', { ...options, mode: 'quotes' });
        if (serial !== buildSerial) return;
        set({
          matrix,
          matrixFolded: options.foldChildren ?? false,
          building: false,
          buildError: null,
          citationError: null,
        });
      } catch (err) {
        if (serial !== buildSerial) return;
        if (err instanceof ApiError && err.code === 'matrix.bad-citation') {
          set({ building: false, citationError: problemFromReason(err.message) });
        } else {
          set({ building: false, buildError: err instanceof Error ? err.message : String(err) });
        }
      }
    },
    async loadAttributes() {
      try {
        const attributes = (await callApi('attributes.list', {})).map((a) => a.name);
        const { form } = get();
        // An attribute column whose attribute is gone falls back to speakers.
        const stale =
          form.columns.startsWith('attribute:') &&
          !attributes.includes(form.columns.slice('attribute:'.length));
        set({ attributes });
        if (stale) get().setForm({ columns: 'speakers' });
      } catch (err) {
        reportError(err);
      }
    },
    async exportAs(format) {
      const options = currentOptions(get().form);
      if (!options || get().citationError) return;
      set({ exporting: format });
      try {
        downloadFile(await callApi('matrix.export', { options, format }));
      } catch (err) {
        reportError(err);
      } finally {
        set({ exporting: null });
      }
    },
  };
});
