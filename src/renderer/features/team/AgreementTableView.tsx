import type { AgreementReport } from '@shared/agreement/types';
import { useLanguageStore, useT } from '../../i18n/i18n';
import { useCodebookStore } from '../../stores/codebook-store';
import { ColorSwatch } from '../../ui/ColorSwatch';
import {
  agreementTable,
  footnotes,
  type MessageRef,
  type TableCell,
  type TableRow,
} from './agreement-table';
import { useDisagreementsStore } from './disagreements-store';
import { formatCell, UNDEFINED_MARK } from './number-format';
import { useTeamViewStore } from './team-view-store';

function Cell({ cell, markOf }: { cell: TableCell; markOf: (ref: MessageRef) => string }) {
  const t = useT();
  const language = useLanguageStore((s) => s.language);
  const text = formatCell(cell, language);
  if (cell.kind === 'count' || cell.value !== null || !cell.why) return <td>{text}</td>;
  const mark = markOf(cell.why);
  return (
    <td>
      <span
        className="team-undefined"
        title={t(cell.why.key, cell.why.params)}
        data-testid="team-undefined"
      >
        <span aria-hidden="true">{UNDEFINED_MARK}</span>
        <sup aria-hidden="true">{mark}</sup>
        <span className="visually-hidden">{t('team.undefinedNote', { mark })}</span>
      </span>
    </td>
  );
}

/** Opens the side-by-side disagreements of the two coders, for one code or all. */
function showDisagreements(report: AgreementReport, codeId: string | null) {
  const [coderA = null, coderB = null] = report.coders;
  useDisagreementsStore.getState().setForm({
    coderA,
    coderB,
    codeId,
    ...(report.level === 'segment' ? { overlap: report.overlapThreshold } : {}),
  });
  useTeamViewStore.getState().setSection('disagreements');
}

function Row({
  row,
  report,
  markOf,
  overall,
}: {
  row: TableRow;
  report: AgreementReport;
  markOf: (ref: MessageRef) => string;
  overall?: boolean;
}) {
  const t = useT();
  const color = useCodebookStore((s) => s.codes.find((c) => c.id === row.codeId)?.color);
  const pair = report.coders.length === 2;
  return (
    <tr
      className={overall ? 'team-overall' : undefined}
      data-testid={overall ? 'team-agreement-overall' : 'team-agreement-row'}
    >
      <th scope="row">
        <span className="team-code-label">
          {color && <ColorSwatch color={color} />}
          {overall ? t('team.agreement.overall') : row.label}
        </span>
      </th>
      {row.cells.map((cell, i) => (
        <Cell key={i} cell={cell} markOf={markOf} />
      ))}
      {pair && (
        <td className="team-row-action">
          <button
            type="button"
            className="link-button"
            data-testid="team-agreement-show-disagreements"
            aria-label={t('team.agreement.showDisagreementsOf', {
              code: overall ? t('team.agreement.allCodes') : row.label,
            })}
            onClick={() => showDisagreements(report, row.codeId)}
          >
            {t('team.agreement.showDisagreements')}
          </button>
        </td>
      )}
    </tr>
  );
}

/** The agreement table: one row per code, the pooled overall row last. */
export function AgreementTableView({ report }: { report: AgreementReport }) {
  const t = useT();
  const table = agreementTable(report);
  const notes = footnotes(table);
  return (
    <div className="team-table-wrap">
      <table className="team-table" data-testid="team-agreement-table">
        <thead>
          <tr>
            <th scope="col">{t('team.col.code')}</th>
            {table.columns.map((column, i) => (
              <th key={i} scope="col" title={t(column.help)}>
                {column.term ? (
                  <a href={`#team-term-${column.term}`} className="team-term-link">
                    {t(column.label.key, column.label.params)}
                  </a>
                ) : (
                  t(column.label.key, column.label.params)
                )}
              </th>
            ))}
            {report.coders.length === 2 && (
              <th scope="col">
                <span className="visually-hidden">{t('team.agreement.actions')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <Row key={row.codeId} row={row} report={report} markOf={notes.markOf} />
          ))}
        </tbody>
        <tfoot>
          <Row row={table.overall} report={report} markOf={notes.markOf} overall />
        </tfoot>
      </table>
      {notes.notes.length > 0 && (
        <ul className="team-footnotes" data-testid="team-agreement-footnotes">
          {notes.notes.map((note) => (
            <li key={note.mark}>
              <span className="team-footnote-mark">
                {UNDEFINED_MARK}
                <sup>{note.mark}</sup>
              </span>{' '}
              {t(note.why.key, note.why.params)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
