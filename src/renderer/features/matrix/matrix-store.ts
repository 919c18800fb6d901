/**
 * The quote matrix view's state: the controls, the last matrix the core built, and the
 * build/export requests. Builds are debounced while the user types and stale answers
 * (an older build finishing after a newer one) are dropped.
 */
import { create } from 'zustand';
import type { QuoteMatrix } from '@shared/matrix/model';
import type { MethodInput } from '@shared/api/contract';
import { ApiError, callApi } from '../../api/client';
import { reportError, reportInfo } from '../../stores/notice-store';
import { useCodebookStore } from '../../stores/codebook-store';
import { errorText } from '../../errors/error-text';
import { useCodeGroupsStore } from '../code-groups/groups-store';
import { downloadFile } from '../../ui/download';
import { translate, useLanguageStore } from '../../i18n/i18n';
import { citationProblem, problemFromReason, type CitationProblem } from './citation-problem';
import { copyRichText } from './copy-table';
import { debounce } from './debounce';
import { DEFAULT_MATRIX_FORM, toMatrixOptions, type MatrixForm } from './matrix-form';

export type MatrixFormat = MethodInput<'matrix.export'>['format'];
/** The thesis formats first (Word, Excel, LaTeX), then the plain and machine-readable ones. */
export const MATRIX_FORMATS: readonly MatrixFormat[] = [
  'docx',
  'xlsx',
  'tex',
  'csv',
  'md',
  'html',
  'json',
];

const BUILD_DELAY_MS = 250;
const SHOWN_AS_BUILT: ReadonlySet<string> = new Set([
  'mode',
  'memos',
  'quoteMarks',
  'rowLabels',
  'standalone',
]);

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
  copying: boolean;
  setForm(patch: Partial<MatrixForm>): void;
  /** Replaces every control at once (a saved table loaded for editing). */
  loadForm(form: MatrixForm): void;
  /** Builds after a short pause; repeated calls collapse into one build. */
  scheduleBuild(): void;
  build(): Promise<void>;
  loadAttributes(): Promise<void>;
  exportAs(format: MatrixFormat): Promise<void>;
  /** Puts the table on the clipboard as HTML (a real table in Word) and as plain text. */
  copyTable(): Promise<void>;
}

let buildSerial = 0;

const uiLanguage = () => useLanguageStore.getState().language;

/** The options the controls stand for, with everything the exports print. */
export function currentMatrixOptions(form: MatrixForm) {
  return toMatrixOptions(
    form,
    useCodebookStore.getState().codes,
    uiLanguage(),
    useCodeGroupsStore.getState().groups,
  );
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
    copying: false,
    setForm(patch) {
      const form = { ...get().form, ...patch };
      const citationError =
        form.citation === 'custom' ? citationProblem(form.customTemplate) : null;
      set({ form, citationError });
      // Counts are shown from the quotes already built, and how exports print is not shown
      // on screen: neither needs a build.
      if (Object.keys(patch).some((key) => !SHOWN_AS_BUILT.has(key))) debouncedBuild();
    },
    loadForm(form) {
      set({
        form,
        citationError: form.citation === 'custom' ? citationProblem(form.customTemplate) : null,
      });
      // Nothing is being typed: the table loaded is shown at once.
      void get().build();
    },
    scheduleBuild() {
      debouncedBuild();
    },
    async build() {
      debouncedBuild.cancel();
      const { form } = get();
      if (form.citation === 'custom' && citationProblem(form.customTemplate)) return;
      const options = currentMatrixOptions(form);
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
          set({ building: false, buildError: errorText(err, uiLanguage()) });
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
      const { form, citationError } = get();
      const options = currentMatrixOptions(form);
      if (!options || citationError) return;
      set({ exporting: format });
      try {
        downloadFile(
          await callApi('matrix.export', {
            options,
            format,
            ...(format === 'tex' ? { standalone: form.standalone } : {}),
          }),
        );
      } catch (err) {
        reportError(err);
      } finally {
        set({ exporting: null });
      }
    },
    async copyTable() {
      const options = currentMatrixOptions(get().form);
      if (!options || get().citationError || get().copying) return;
      set({ copying: true });
      // One writer for every table: the core's HTML export, and its Markdown as the plain text.
      const exported = (format: 'html' | 'md') =>
        callApi('matrix.export', { options, format }).then((file) => file.bytes);
      try {
        await copyRichText({ html: exported('html'), text: exported('md') });
        reportInfo(translate(uiLanguage(), 'matrix.copy.done'));
      } catch (err) {
        reportError(err);
      } finally {
        set({ copying: false });
      }
    },
  };
});
