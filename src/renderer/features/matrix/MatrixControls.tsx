import { useId } from 'react';
import { CITATION_FIELDS } from '@shared/citation/template';
import { useT } from '../../i18n/i18n';
import { useCodebookStore } from '../../stores/codebook-store';
import { useCodeGroupsStore } from '../code-groups/groups-store';
import {
  CITATION_CHOICES,
  fromRowsChoice,
  rowRootChoices,
  rowsChoice,
  type CitationChoice,
} from './matrix-form';
import { useMatrixStore } from './matrix-store';

/** Rows, columns, mode, citation, interviewer, title (and a saved table's coders) of the matrix. */
export function MatrixControls() {
  const t = useT();
  const id = useId();
  const form = useMatrixStore((s) => s.form);
  const attributes = useMatrixStore((s) => s.attributes);
  const citationError = useMatrixStore((s) => s.citationError);
  const autoTitle = useMatrixStore((s) => s.matrix?.title ?? '');
  const setForm = useMatrixStore((s) => s.setForm);
  const codes = useCodebookStore((s) => s.codes);
  const groups = useCodeGroupsStore((s) => s.groups);
  const roots = rowRootChoices(codes);
  const rowsValue = rowsChoice(form, codes, groups);
  const templateErrorId = `${id}-template-error`;

  return (
    <form
      className="matrix-controls"
      aria-label={t('matrix.controls')}
      onSubmit={(e) => e.preventDefault()}
    >
      <label className="matrix-field">
        <span>{t('matrix.rows')}</span>
        <select
          data-testid="matrix-rows"
          value={rowsValue}
          onChange={(e) => setForm(fromRowsChoice(e.target.value))}
        >
          <option value="">{t('matrix.rows.all')}</option>
          {roots.length > 0 && (
            <optgroup label={t('matrix.rows.below')}>
              {roots.map((code) => (
                <option key={code.id} value={`code:${code.id}`}>
                  {'\u2003'.repeat(code.depth)}
                  {code.name}
                </option>
              ))}
            </optgroup>
          )}
          {groups.length > 0 && (
            <optgroup label={t('matrix.rows.groups')}>
              {groups.map((group) => (
                <option key={group.id} value={`group:${group.id}`}>
                  {group.name}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </label>
      <label className="matrix-check">
        <input
          type="checkbox"
          data-testid="matrix-fold"
          checked={form.foldChildren}
          onChange={(e) => setForm({ foldChildren: e.target.checked })}
        />
        {t('matrix.fold')}
      </label>
      <label className="matrix-field">
        <span>{t('matrix.columns')}</span>
        <select
          data-testid="matrix-columns"
          value={form.columns}
          onChange={(e) => setForm({ columns: e.target.value })}
        >
          <option value="speakers">{t('matrix.columns.speakers')}</option>
          <option value="cases">{t('matrix.columns.cases')}</option>
          <option value="documents">{t('matrix.columns.documents')}</option>
          {attributes.map((name) => (
            <option key={name} value={`attribute:${name}`}>
              {t('matrix.columns.attribute', { name })}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="matrix-mode">
        <legend>{t('matrix.mode')}</legend>
        {(['quotes', 'counts'] as const).map((mode) => (
          <label key={mode}>
            <input
              type="radio"
              name={`${id}-mode`}
              data-testid={`matrix-mode-${mode}`}
              checked={form.mode === mode}
              onChange={() => setForm({ mode })}
            />
            {t(`matrix.mode.${mode}`)}
          </label>
        ))}
      </fieldset>
      <label className="matrix-field">
        <span>{t('matrix.citation')}</span>
        <select
          data-testid="matrix-citation"
          value={form.citation}
          onChange={(e) => setForm({ citation: e.target.value as CitationChoice })}
        >
          {CITATION_CHOICES.map((choice) => (
            <option key={choice} value={choice}>
              {t(`matrix.citation.${choice}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="matrix-check">
        <input
          type="checkbox"
          data-testid="matrix-interviewer"
          checked={form.includeInterviewer}
          onChange={(e) => setForm({ includeInterviewer: e.target.checked })}
        />
        {t('matrix.interviewer')}
      </label>
      <label className="matrix-field matrix-title-field">
        <span>{t('matrix.title')}</span>
        <input
          type="text"
          data-testid="matrix-title"
          value={form.title}
          placeholder={autoTitle ? t('matrix.title.placeholder', { title: autoTitle }) : undefined}
          onChange={(e) => setForm({ title: e.target.value })}
        />
      </label>
      {form.coders && (
        <p className="matrix-coders" data-testid="matrix-coders">
          {t('matrix.coders', { coders: form.coders.join(', ') })}{' '}
          <button type="button" className="link-button" onClick={() => setForm({ coders: null })}>
            {t('matrix.coders.clear')}
          </button>
        </p>
      )}
      {form.citation === 'custom' && (
        <div className="matrix-template">
          <label className="matrix-field">
            <span>{t('matrix.citation.template')}</span>
            <input
              type="text"
              data-testid="matrix-template"
              className="matrix-template-input"
              spellCheck={false}
              value={form.customTemplate}
              aria-invalid={citationError ? true : undefined}
              aria-describedby={citationError ? templateErrorId : `${id}-template-help`}
              onChange={(e) => setForm({ customTemplate: e.target.value })}
            />
          </label>
          {citationError ? (
            <p
              id={templateErrorId}
              className="matrix-template-error"
              role="alert"
              data-testid="matrix-template-error"
            >
              {t(citationError.key, citationError.params)}
            </p>
          ) : (
            <p id={`${id}-template-help`} className="matrix-template-help">
              {t('matrix.citation.fields', {
                fields: CITATION_FIELDS.map((f) => `{${f}}`).join(' '),
              })}
            </p>
          )}
        </div>
      )}
    </form>
  );
}
