import type { QdpxImportReport } from '@shared/api/exchange-types';
import { useT } from '../../i18n/i18n';
import { createdLines, matchedLines, type CountLine } from './exchange-files';
import type { ImportPurpose } from './exchange-store';
import { pluralKey } from './plural';
import { useRevealWhen } from './use-reveal-when';
import { useTeamCodersStore } from './team-coders-store';

interface Props {
  report: QdpxImportReport;
  purpose: ImportPurpose;
  onDismiss(): void;
}

function Counts({ lines }: { lines: CountLine[] }) {
  const t = useT();
  return (
    <>
      {lines.map((line) => t(pluralKey(line.key, line.count), { count: line.count })).join(' · ')}
    </>
  );
}

/** What a REFI-QDA import created, found already here, read how, and left out. */
export function ImportReportView({ report, purpose, onDismiss }: Props) {
  const t = useT();
  const ref = useRevealWhen<HTMLElement>(report);
  const coders = useTeamCodersStore((s) => s.names);
  const created = createdLines(report);
  const matched = matchedLines(report);
  return (
    <section
      ref={ref}
      className="team-report"
      aria-labelledby="team-import-report-heading"
      data-testid="team-import-report"
    >
      <h3 id="team-import-report-heading">
        {report.origin
          ? t('team.import.doneFrom', { file: report.file, origin: report.origin })
          : t('team.import.done', { file: report.file })}
      </h3>
      <dl className="team-facts">
        <dt>{t('team.import.created')}</dt>
        <dd data-testid="team-import-created">
          {created.length ? <Counts lines={created} /> : t('team.import.nothing')}
        </dd>
        {matched.length > 0 && (
          <>
            <dt>{t('team.import.matched')}</dt>
            <dd>
              <Counts lines={matched} />
              {report.matched.documents.length > 0 && (
                <ul className="team-plain-list">
                  {report.matched.documents.map((d) => (
                    <li key={d.source}>
                      {d.source === d.document
                        ? d.document
                        : t('team.import.matchedDocument', {
                            source: d.source,
                            document: d.document,
                          })}
                    </li>
                  ))}
                </ul>
              )}
            </dd>
          </>
        )}
        <dt>{t('team.import.positions')}</dt>
        <dd data-testid="team-import-positions">
          <strong>{report.positions.unit}</strong> — {report.positions.reason}
        </dd>
        {purpose === 'coder' && (
          <>
            <dt>{t('team.import.coders')}</dt>
            <dd>
              {t('team.import.codersNote')} <strong>{coders.join(', ')}</strong>
            </dd>
          </>
        )}
      </dl>
      {report.skippedCodings > 0 && (
        <p className="team-warning">
          {t(pluralKey('team.import.skipped', report.skippedCodings), {
            count: report.skippedCodings,
          })}
        </p>
      )}
      {report.notImported.length > 0 && (
        <>
          <h4>{t('team.import.notImported')}</h4>
          <ul className="team-plain-list" data-testid="team-import-not-imported">
            {report.notImported.map((item) => (
              <li key={item.what}>
                <strong>
                  {item.what} ({item.count})
                </strong>
                : {item.detail}
              </li>
            ))}
          </ul>
        </>
      )}
      {report.warnings.length > 0 && (
        <>
          <h4>{t('team.import.warnings')}</h4>
          <ul className="team-plain-list team-warning" data-testid="team-import-warnings">
            {report.warnings.map((warning, i) => (
              <li key={i}>{warning}</li>
            ))}
          </ul>
        </>
      )}
      <button type="button" className="link-button" onClick={onDismiss}>
        {t('team.report.dismiss')}
      </button>
    </section>
  );
}
