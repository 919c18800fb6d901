import { useLanguageStore, useT } from '../i18n/i18n';
import { errorText } from '../errors/error-text';
import type { FieldSnapshot } from './autosave-field';
import './messages';
import './autosave.css';

/**
 * One field's own saving state beside it: why it was not saved (the text stays in the
 * field), saving…, or saved — the last only once something was saved while it was open.
 */
export function FieldState({
  field,
  testId,
  errorsOnly = false,
}: {
  field: FieldSnapshot<unknown>;
  testId?: string;
  /** Where space is short (a table cell): only a refusal is shown. */
  errorsOnly?: boolean;
}) {
  const t = useT();
  const language = useLanguageStore((s) => s.language);
  if (field.status === 'failed')
    return (
      <span className="autosave-field autosave-field-failed" role="alert" data-testid={testId}>
        {errorText(field.error, language)}
      </span>
    );
  if (errorsOnly) return null;
  if (field.status === 'saving' || field.status === 'pending')
    return (
      <span className="autosave-field" data-testid={testId} data-status="saving">
        {t('autosave.field.saving')}
      </span>
    );
  if (!field.savedOnce) return null;
  return (
    <span className="autosave-field autosave-field-saved" data-testid={testId} data-status="saved">
      ✓ {t('autosave.field.saved')}
    </span>
  );
}
