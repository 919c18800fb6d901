import {
  defaultQuoteMarks,
  QUOTE_MARKS,
  ROW_LABELS,
  type QuoteMarks,
} from '@shared/matrix/options';
import { useLanguageStore, useT } from '../../i18n/i18n';
import { useMatrixStore } from './matrix-store';
import { useMatrixViewStore } from './matrix-view-store';

const MARKS: Record<QuoteMarks, string> = { guillemets: '»…«', curly: '“…”', none: '…' };

/**
 * How the exported (and copied, and saved) table prints: its language — the UI's unless
 * chosen — quote marks, row labels, memos, and LaTeX as a whole document. Folded to one
 * line saying what is chosen, as these are set once per thesis, not per matrix.
 */
export function MatrixOutputOptions() {
  const t = useT();
  const uiLanguage = useLanguageStore((s) => s.language);
  const form = useMatrixStore((s) => s.form);
  const setForm = useMatrixStore((s) => s.setForm);
  const open = useMatrixViewStore((s) => s.outputOpen);
  const language = form.language ?? uiLanguage;
  const marks = form.quoteMarks ?? defaultQuoteMarks(language);
  const summary = [
    t(`matrix.language.${language}`),
    MARKS[marks],
    t(`matrix.rowLabels.${form.rowLabels}`),
    t(form.memos ? 'matrix.output.memos' : 'matrix.output.noMemos'),
  ].join(' · ');

  return (
    <details
      className="matrix-output"
      data-testid="matrix-output"
      open={open}
      onToggle={(e) => useMatrixViewStore.getState().setOutputOpen(e.currentTarget.open)}
    >
      <summary>
        <span className="matrix-output-title">{t('matrix.output')}:</span>{' '}
        <span data-testid="matrix-output-summary">{summary}</span>
      </summary>
      <fieldset className="matrix-output-fields">
        <legend className="visually-hidden">{t('matrix.output')}</legend>
        <label className="matrix-field">
          <span>{t('matrix.language')}</span>
          <select
            data-testid="matrix-language"
            value={language}
            onChange={(e) => setForm({ language: e.target.value === 'da' ? 'da' : 'en' })}
          >
            <option value="da">{t('matrix.language.da')}</option>
            <option value="en">{t('matrix.language.en')}</option>
          </select>
        </label>
        <label className="matrix-field">
          <span>{t('matrix.quoteMarks')}</span>
          <select
            data-testid="matrix-quote-marks"
            value={form.quoteMarks ?? ''}
            onChange={(e) => setForm({ quoteMarks: (e.target.value || null) as QuoteMarks | null })}
          >
            <option value="">
              {t('matrix.quoteMarks.auto', { marks: MARKS[defaultQuoteMarks(language)] })}
            </option>
            {QUOTE_MARKS.map((marks) => (
              <option key={marks} value={marks}>
                {t(`matrix.quoteMarks.${marks}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="matrix-field">
          <span>{t('matrix.rowLabels')}</span>
          <select
            data-testid="matrix-row-labels"
            value={form.rowLabels}
            onChange={(e) =>
              setForm({ rowLabels: ROW_LABELS.find((r) => r === e.target.value) ?? 'indent' })
            }
          >
            {ROW_LABELS.map((labels) => (
              <option key={labels} value={labels}>
                {t(`matrix.rowLabels.${labels}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="matrix-check">
          <input
            type="checkbox"
            data-testid="matrix-memos"
            checked={form.memos}
            onChange={(e) => setForm({ memos: e.target.checked })}
          />
          {t('matrix.memos')}
        </label>
        <label className="matrix-check">
          <input
            type="checkbox"
            data-testid="matrix-standalone"
            checked={form.standalone}
            onChange={(e) => setForm({ standalone: e.target.checked })}
          />
          {t('matrix.standalone')}
        </label>
      </fieldset>
    </details>
  );
}
