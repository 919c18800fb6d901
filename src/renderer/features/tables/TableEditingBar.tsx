import { useLanguageStore, useT } from '../../i18n/i18n';
import { useCodebookStore } from '../../stores/codebook-store';
import { useCodeGroupsStore } from '../code-groups/groups-store';
import { reportInfo } from '../../stores/notice-store';
import { useReadOnly } from '../../stores/project-store';
import { toMatrixOptions } from '../matrix/matrix-form';
import { useMatrixStore } from '../matrix/matrix-store';
import { sameDefinition } from './table-definition';
import { useTablesStore } from './tables-store';
import './messages';
import './tables.css';

/**
 * Above the matrix controls while they hold a saved table's settings: which table, whether
 * the controls still say what it says, and saving them back (its file is written at once).
 */
export function TableEditingBar({ onSaveAs }: { onSaveAs: () => void }) {
  const t = useT();
  const table = useTablesStore((s) => s.tables.find((table) => table.name === s.editing));
  const busy = useTablesStore((s) => table !== undefined && s.busy.includes(table.name));
  const form = useMatrixStore((s) => s.form);
  const blocked = useMatrixStore((s) => s.citationError !== null);
  const codes = useCodebookStore((s) => s.codes);
  const groups = useCodeGroupsStore((s) => s.groups);
  const uiLanguage = useLanguageStore((s) => s.language);
  const readOnly = useReadOnly();
  if (!table) return null;
  const options = toMatrixOptions(form, codes, uiLanguage, groups);
  const same =
    options !== null &&
    sameDefinition(
      { options, standalone: form.standalone },
      { options: table.options, standalone: table.standalone },
      table.format === 'tex',
    );

  const save = () => {
    if (!options) return;
    void useTablesStore
      .getState()
      .save({
        name: table.name,
        options,
        format: table.format,
        standalone: form.standalone,
        file: table.file,
      })
      .then((saved) => saved && reportInfo(t('tables.saved', { name: saved.name })));
  };

  return (
    <div
      className="tables-editing"
      role="group"
      aria-label={t('tables.editing.group')}
      data-testid="table-editing"
    >
      <p className="tables-editing-what">
        {t('tables.editing', { name: table.name, file: table.file })}
        <span
          className={same ? 'tables-editing-same' : 'tables-editing-unsaved'}
          data-testid="table-editing-state"
        >
          {t(same ? 'tables.editing.same' : 'tables.editing.unsaved')}
        </span>
      </p>
      <div className="tables-editing-actions">
        <button
          type="button"
          className="primary"
          data-testid="table-editing-save"
          disabled={same || busy || blocked || readOnly || options === null}
          onClick={save}
        >
          {t('tables.editing.save')}
        </button>
        <button type="button" disabled={readOnly || blocked} onClick={onSaveAs}>
          {t('tables.editing.saveAs')}
        </button>
        <button
          type="button"
          data-testid="table-editing-stop"
          onClick={() => useTablesStore.getState().setEditing(null)}
        >
          {t('tables.editing.stop')}
        </button>
      </div>
    </div>
  );
}
