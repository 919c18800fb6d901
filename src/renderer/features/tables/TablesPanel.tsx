import { useEffect, useState } from 'react';
import type { SavedTable, TableReport } from '@shared/matrix/tables';
import { useT } from '../../i18n/i18n';
import { useReadOnly } from '../../stores/project-store';
import { reportInfo } from '../../stores/notice-store';
import { ConfirmDialog } from '../documents/ConfirmDialog';
import { TableCard } from './TableCard';
import { editTable } from './edit-table';
import { useTablesStore } from './tables-store';
import { planRegeneration, type RegenerationPlan } from './table-status';
import './messages';
import './tables.css';

/**
 * The saved tables: regenerate one or all, edit one in the matrix, delete one (undoable),
 * and read what changed. A file that would be replaced without Citat having written it is
 * asked about first.
 */
export function TablesPanel() {
  const t = useT();
  const tables = useTablesStore((s) => s.tables);
  const loaded = useTablesStore((s) => s.loaded);
  const previews = useTablesStore((s) => s.previews);
  const runs = useTablesStore((s) => s.runs);
  const busy = useTablesStore((s) => s.busy);
  const readOnly = useReadOnly();
  const [replacing, setReplacing] = useState<RegenerationPlan | null>(null);
  const [deleting, setDeleting] = useState<SavedTable | null>(null);

  // Files are changed in other programs too: look again when the user comes back.
  useEffect(() => {
    const reload = () => void useTablesStore.getState().load();
    window.addEventListener('focus', reload);
    return () => window.removeEventListener('focus', reload);
  }, []);

  const run = (plan: RegenerationPlan) => {
    setReplacing(null);
    if (plan.skipped.length > 0)
      reportInfo(
        t(plan.skipped.length === 1 ? 'tables.skipped.one' : 'tables.skipped.other', {
          names: plan.skipped.map((table) => table.name).join(', '),
        }),
      );
    void useTablesStore.getState().regenerate(plan.names);
  };
  const regenerate = (names?: string[]) => {
    const reports: Record<string, TableReport | undefined> = {};
    for (const [name, preview] of Object.entries(previews))
      if ('report' in preview) reports[name] = preview.report;
    const plan = planRegeneration(tables, reports, names);
    if (plan.foreign.length > 0) setReplacing(plan);
    else run(plan);
  };

  return (
    <section className="tables-panel" aria-labelledby="tables-heading" data-feature="tables">
      <header className="tables-header">
        <div>
          <h2 id="tables-heading">{t('tables.heading')}</h2>
          <p className="tables-intro">{t('tables.intro')}</p>
        </div>
        <button
          type="button"
          className="primary"
          data-testid="tables-regenerate-all"
          disabled={tables.length === 0 || busy.length > 0 || readOnly}
          onClick={() => regenerate()}
        >
          {t('tables.regenerateAll')}
        </button>
      </header>
      {loaded && tables.length === 0 && (
        <p className="tables-empty" data-testid="tables-empty">
          {t('tables.empty')}
        </p>
      )}
      <ul className="tables-list" aria-label={t('tables.list')}>
        {tables.map((table) => (
          <TableCard
            key={table.name}
            table={table}
            preview={previews[table.name]}
            run={runs[table.name]}
            busy={busy.includes(table.name)}
            readOnly={readOnly}
            onRegenerate={() => regenerate([table.name])}
            onEdit={() => editTable(table)}
            onDelete={() => setDeleting(table)}
          />
        ))}
      </ul>
      {replacing && (
        <ConfirmDialog
          title={t('tables.replace.title')}
          confirmLabel={t('tables.replace.confirm')}
          onConfirm={() => run(replacing)}
          onClose={() => setReplacing(null)}
        >
          <p>{t('tables.replace.body')}</p>
          <ul data-testid="tables-replace-files">
            {replacing.foreign.map((table) => (
              <li key={table.name}>
                <code>{table.file}</code> ({table.name})
              </li>
            ))}
          </ul>
        </ConfirmDialog>
      )}
      {deleting && (
        <ConfirmDialog
          title={t('tables.delete.title', { name: deleting.name })}
          confirmLabel={t('tables.delete.confirm')}
          onConfirm={() => {
            const { name } = deleting;
            setDeleting(null);
            void useTablesStore
              .getState()
              .remove(name)
              .then((done) => done && reportInfo(t('tables.deleted', { name })));
          }}
          onClose={() => setDeleting(null)}
        >
          <p>{t('tables.delete.body', { file: deleting.file })}</p>
          <p>{t('tables.delete.undo')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
