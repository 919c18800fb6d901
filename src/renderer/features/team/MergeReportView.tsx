import type { MergeReport } from '@shared/api/types';
import { useT } from '../../i18n/i18n';
import { pluralKey } from './plural';
import { useRevealWhen } from './use-reveal-when';

interface Props {
  report: MergeReport;
  onDismiss(): void;
}

/** What merging a co-coder's project brought in, what it could not, and what to check. */
export function MergeReportView({ report, onDismiss }: Props) {
  const t = useT();
  const ref = useRevealWhen<HTMLElement>(report);
  const { documents, codes, coders, codings } = report;
  const checks = [
    ...(codes.matchedByPath.length > 0
      ? [t('team.merge.check.byPath', { paths: codes.matchedByPath.map((c) => c.path).join(', ') })]
      : []),
    ...codes.matchedByIdElsewhere.map((c) =>
      t('team.merge.check.elsewhere', { path: c.path, other: c.otherPath, file: report.source }),
    ),
    ...codes.warnings,
  ];
  return (
    <section
      ref={ref}
      className="team-report"
      aria-labelledby="team-merge-report-heading"
      data-testid="team-merge-report"
    >
      <h3 id="team-merge-report-heading">{t('team.merge.done', { file: report.source })}</h3>
      <dl className="team-facts">
        <dt>{t('team.merge.codings')}</dt>
        <dd data-testid="team-merge-codings">
          {t(pluralKey('team.merge.added', codings.added), { count: codings.added })}
          {codings.duplicates > 0 &&
            ` · ${t(pluralKey('team.merge.duplicates', codings.duplicates), { count: codings.duplicates })}`}
          {coders.codings.length > 0 && (
            <ul className="team-plain-list">
              {coders.codings.map((c) => (
                <li key={c.coder}>
                  <strong>{c.coder}</strong>:{' '}
                  {t(pluralKey('team.merge.added', c.added), { count: c.added })}
                  {coders.created.includes(c.coder) && ` (${t('team.merge.newCoder')})`}
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t('team.merge.matched')}</dt>
        <dd>
          {documents.matched.length === 0 ? (
            t('team.merge.noneMatched')
          ) : (
            <ul className="team-plain-list">
              {documents.matched.map((d) => (
                <li key={d.name}>
                  {d.name === d.otherName
                    ? d.name
                    : t('team.merge.renamed', { name: d.name, other: d.otherName })}{' '}
                  <span className="team-muted">
                    ({t(pluralKey('team.count.codings', d.codings), { count: d.codings })})
                  </span>
                </li>
              ))}
            </ul>
          )}
        </dd>
        {documents.missingHere.length > 0 && (
          <>
            <dt className="team-warning">{t('team.merge.missing')}</dt>
            <dd>
              <ul className="team-plain-list" data-testid="team-merge-missing">
                {documents.missingHere.map((d) => (
                  <li key={d.name}>
                    {d.name}{' '}
                    <span className="team-muted">
                      ({t(pluralKey('team.count.codings', d.codings), { count: d.codings })})
                    </span>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {codes.created.length > 0 && (
          <>
            <dt>{t('team.merge.codesCreated')}</dt>
            <dd>{codes.created.join(', ')}</dd>
          </>
        )}
        {report.curations > 0 && (
          <>
            <dt>{t('team.merge.curations')}</dt>
            <dd>{report.curations}</dd>
          </>
        )}
      </dl>
      {checks.length > 0 && (
        <>
          <h4>{t('team.merge.check')}</h4>
          <ul className="team-plain-list team-warning" data-testid="team-merge-checks">
            {checks.map((text, i) => (
              <li key={i}>{text}</li>
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
