import type { SavedTable } from '@shared/matrix/tables';
import { errorText } from '../../errors/error-text';
import { useLanguageStore, useT } from '../../i18n/i18n';
import { ChangeList } from './ChangeList';
import type { TablePreview, TableRun } from './tables-store';
import {
  changeCounts,
  changeItems,
  fileSituation,
  formatWhen,
  runKey,
  statusText,
} from './table-status';

interface Props {
  table: SavedTable;
  preview: TablePreview | undefined;
  run: TableRun | undefined;
  busy: boolean;
  readOnly: boolean;
  onRegenerate(): void;
  onEdit(): void;
  onDelete(): void;
}

const formatName = (table: SavedTable, t: (key: string) => string) =>
  table.format === 'tex'
    ? t(table.standalone ? 'tables.format.texDocument' : 'tables.format.tex')
    : table.format.toUpperCase();

/**
 * One saved table: its file, its status against the last time it was written (with the
 * changes regenerating will write), what is in the way at its file, and the report of its
 * last regeneration in this window.
 */
export function TableCard({ table, preview, run, busy, readOnly, ...actions }: Props) {
  const t = useT();
  const language = useLanguageStore((s) => s.language);
  const report = preview && 'report' in preview ? preview.report : null;
  const situation = report ? fileSituation(table, report) : null;
  const status = report?.status ?? 'error';
  // People read times in their own locale ("16:49" in en-GB), in the UI's language.
  const locale = navigator.language.toLowerCase().startsWith(language)
    ? navigator.language
    : language;
  const runCounts =
    run?.result.status === 'changed'
      ? changeCounts(run.result, t) || t('tables.run.layoutOnly')
      : '';

  return (
    <li className="tables-card" data-testid="table-card" data-name={table.name}>
      <div className="tables-card-head">
        <h3 className="tables-card-name">{table.name}</h3>
        <span className="tables-card-format">{formatName(table, t)}</span>
        <div className="tables-card-actions">
          <button
            type="button"
            data-testid="table-regenerate"
            title={t('tables.regenerate.title', { file: table.file })}
            disabled={busy || readOnly}
            aria-busy={busy || undefined}
            onClick={actions.onRegenerate}
          >
            {busy ? t('tables.busy') : t('tables.regenerate')}
          </button>
          <button
            type="button"
            data-testid="table-edit"
            title={t('tables.edit.title')}
            disabled={busy}
            onClick={actions.onEdit}
          >
            {t('tables.edit')}
          </button>
          <button
            type="button"
            className="danger"
            data-testid="table-delete"
            disabled={busy || readOnly}
            onClick={actions.onDelete}
          >
            {t('tables.delete')}
          </button>
        </div>
      </div>
      <p className="tables-card-file">
        <code data-testid="table-file" title={table.path}>
          {table.file}
        </code>
        <span>
          {' · '}
          {table.lastExport
            ? t('tables.lastExported', { when: formatWhen(table.lastExport.at, locale) })
            : t('tables.neverExported')}
        </span>
      </p>
      <p className={`tables-status tables-status-${status}`} data-testid="table-status">
        {report
          ? statusText(report, t)
          : preview && 'error' in preview
            ? t('tables.status.error', { message: errorText(preview.error, language) })
            : '\u00a0'}
      </p>
      {situation === 'missing' && <p className="tables-note">{t('tables.file.missing')}</p>}
      {situation === 'changed-outside' && (
        <p className="tables-warning" data-testid="table-file-warning">
          {t('tables.file.changedOutside', { file: table.file })}
        </p>
      )}
      {situation === 'foreign' && (
        <p className="tables-warning" data-testid="table-file-warning">
          {t('tables.file.foreign', { file: table.file })}
        </p>
      )}
      {report && (
        <ChangeList
          heading={t('tables.pending')}
          items={changeItems(report)}
          testId="table-pending"
        />
      )}
      {run && (
        <div className="tables-run" data-testid="table-report">
          <p className="tables-run-line">
            {t(runKey(run.result), {
              when: formatWhen(run.at, locale),
              file: run.result.file,
            })}
            {runCounts && ` — ${runCounts}`}
          </p>
          <ChangeList
            heading={t('tables.report')}
            items={changeItems(run.result)}
            testId="table-report-changes"
          />
        </div>
      )}
    </li>
  );
}
