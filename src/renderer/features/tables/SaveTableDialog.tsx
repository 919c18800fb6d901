import { useId, useState } from 'react';
import { MATRIX_FILE_FORMATS, type MatrixFileFormat } from '@shared/matrix/options';
import { chooseTableFile, isDesktop } from '../../api/desktop-bridge';
import { useT } from '../../i18n/i18n';
import { reportError, reportInfo } from '../../stores/notice-store';
import { Modal } from '../../ui/Modal';
import { currentMatrixOptions, useMatrixStore } from '../matrix/matrix-store';
import {
  draftProblems,
  initialDraft,
  replacedTable,
  withFile,
  withFileFormat,
  withName,
} from './table-draft';
import { useTablesStore } from './tables-store';
import './messages';
import './tables.css';

const formatName = (format: MatrixFileFormat) =>
  format === 'tex' ? 'LaTeX' : format.toUpperCase();

/**
 * Saves the matrix settings as a named table with its file, and writes the file. In the
 * desktop app the file can be chosen in the system's save dialog; in the browser it is
 * typed, relative to the project's folder.
 */
export function SaveTableDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const id = useId();
  const tables = useTablesStore((s) => s.tables);
  const editing = useTablesStore((s) => s.tables.find((table) => table.name === s.editing));
  const standalone = useMatrixStore((s) => s.form.standalone);
  const [draft, setDraft] = useState(() =>
    initialDraft(editing, tables, (number) => t('tables.save.defaultName', { number })),
  );
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  const problems = draftProblems(draft);
  const replaces = replacedTable(draft, tables);
  const fileProblem = tried ? problems.file : null;

  const choose = () =>
    void chooseTableFile(draft.file, draft.format, t('tables.save.choose.title'))
      .then((file) => file && setDraft((d) => withFileFormat(withFile(d, file), d.format)))
      .catch(reportError);

  const submit = async () => {
    setTried(true);
    const options = currentMatrixOptions(useMatrixStore.getState().form);
    if (problems.name || problems.file || !options) return;
    setSaving(true);
    const saved = await useTablesStore.getState().save({
      name: draft.name.trim(),
      options,
      format: draft.format,
      standalone: draft.format === 'tex' && standalone,
      file: draft.file.trim(),
    });
    setSaving(false);
    if (!saved) return;
    reportInfo(t('tables.saved', { name: saved.name }));
    onClose();
  };

  return (
    <Modal title={t('tables.save.title')} onClose={onClose}>
      <form
        className="tables-dialog"
        data-testid="table-save-dialog"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <label className="tables-dialog-field">
          <span>{t('tables.save.name')}</span>
          <input
            type="text"
            data-testid="table-save-name"
            value={draft.name}
            autoFocus
            aria-invalid={tried && problems.name ? true : undefined}
            onChange={(e) => setDraft(withName(draft, e.target.value))}
          />
        </label>
        {tried && problems.name && (
          <p className="tables-problem" role="alert">
            {t('tables.save.name.empty')}
          </p>
        )}
        {replaces && (
          <p className="tables-note" data-testid="table-save-replaces">
            {t('tables.save.replaces', { name: replaces.name })}
          </p>
        )}
        <label className="tables-dialog-field">
          <span>{t('tables.save.format')}</span>
          <select
            data-testid="table-save-format"
            value={draft.format}
            onChange={(e) =>
              setDraft(
                withFileFormat(
                  draft,
                  MATRIX_FILE_FORMATS.find((f) => f === e.target.value) ?? 'docx',
                ),
              )
            }
          >
            {MATRIX_FILE_FORMATS.map((format) => (
              <option key={format} value={format}>
                {formatName(format)}
              </option>
            ))}
          </select>
        </label>
        {draft.format === 'tex' && (
          <label className="tables-dialog-check">
            <input
              type="checkbox"
              data-testid="table-save-standalone"
              checked={standalone}
              onChange={(e) => useMatrixStore.getState().setForm({ standalone: e.target.checked })}
            />
            {t('tables.save.standalone')}
          </label>
        )}
        <label className="tables-dialog-field" htmlFor={`${id}-file`}>
          <span>{t('tables.save.file')}</span>
        </label>
        <div className="tables-dialog-file">
          <input
            id={`${id}-file`}
            type="text"
            data-testid="table-save-file"
            spellCheck={false}
            value={draft.file}
            aria-invalid={fileProblem ? true : undefined}
            aria-describedby={`${id}-file-hint`}
            onChange={(e) => setDraft(withFile(draft, e.target.value))}
          />
          {isDesktop() && (
            <button type="button" data-testid="table-save-choose" onClick={choose}>
              {t('tables.save.choose')}
            </button>
          )}
        </div>
        {fileProblem ? (
          <p className="tables-problem" role="alert" id={`${id}-file-hint`}>
            {t(`tables.save.file.${fileProblem}`, {
              format: formatName(draft.format),
              ext: draft.format,
            })}
          </p>
        ) : (
          <p className="tables-hint" id={`${id}-file-hint`}>
            {t('tables.save.file.hint')}
          </p>
        )}
        <p className="tables-hint">{t('tables.save.note')}</p>
        <div className="tables-dialog-buttons">
          <button type="button" onClick={onClose}>
            {t('tables.save.cancel')}
          </button>
          <button
            type="submit"
            className="primary"
            data-testid="table-save-submit"
            disabled={saving}
          >
            {t('tables.save.submit')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
