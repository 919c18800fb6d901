import { useEffect } from 'react';
import type { AgreementReport } from '@shared/agreement/types';
import { onProjectChanged } from '../../api/changes';
import { useT } from '../../i18n/i18n';
import { AgreementControls } from './AgreementControls';
import { AgreementTableView } from './AgreementTableView';
import { MethodNote } from './MethodNote';
import { formProblem } from './agreement-form';
import { useAgreementStore } from './agreement-store';

/** Inter-coder agreement per code and overall, with what was compared and how. */
export function AgreementSection() {
  const t = useT();
  const form = useAgreementStore((s) => s.form);
  const report = useAgreementStore((s) => s.report);
  const computing = useAgreementStore((s) => s.computing);
  const error = useAgreementStore((s) => s.error);
  const problem = formProblem(form);

  useEffect(() => {
    void useAgreementStore.getState().compute();
    return onProjectChanged((scopes) => {
      if (scopes.has('codings') || scopes.has('codebook') || scopes.has('documents'))
        useAgreementStore.getState().scheduleCompute();
    });
  }, []);

  return (
    <section className="team-card" aria-labelledby="team-agreement-heading" aria-busy={computing}>
      <h2 id="team-agreement-heading">{t('team.agreement.heading')}</h2>
      <p className="team-intro">{t('team.agreement.intro')}</p>
      <AgreementControls blocked={problem !== null || report === null} />
      {problem && (
        <p className="team-problem" role="alert" data-testid="team-agreement-problem">
          {t(problem)}
        </p>
      )}
      {!problem && error && (
        <p className="team-problem" role="alert" data-testid="team-agreement-error">
          {error}
        </p>
      )}
      <p className="team-status" aria-live="polite">
        {computing ? t('team.agreement.computing') : ''}
      </p>
      {report && !problem && (
        <div className={computing ? 'team-stale' : undefined}>
          <p className="team-caption" data-testid="team-agreement-caption">
            {t(
              report.level === 'segment'
                ? 'team.agreement.captionSegment'
                : 'team.agreement.caption',
              {
                coders: report.coders.join(', '),
                count: report.documents.compared.length,
                overlap: report.level === 'segment' ? report.overlapThreshold : '',
              },
            )}
          </p>
          {report.rows.length === 0 ? (
            <p className="team-muted">{t('team.agreement.noRows')}</p>
          ) : (
            <AgreementTableView report={report} />
          )}
          <DocumentsNote report={report} />
        </div>
      )}
      <MethodNote />
    </section>
  );
}

/** Which documents were compared and which left out, and why a measure may be missing. */
function DocumentsNote({ report }: { report: AgreementReport }) {
  const t = useT();
  const { compared, excluded } = report.documents;
  return (
    <div className="team-notes" data-testid="team-agreement-documents">
      <p>
        {t('team.agreement.compared')}{' '}
        {compared.length ? compared.join(', ') : t('team.agreement.comparedNone')}
      </p>
      {report.level === 'character' && report.coders.length > 2 && (
        <p>{t('team.agreement.kappaTwo')}</p>
      )}
      {excluded.length > 0 && (
        <p>
          {t('team.agreement.excluded')}{' '}
          {excluded
            .map((d) =>
              t('team.agreement.excludedOne', {
                document: d.document,
                coders: d.codedBy.join(', '),
              }),
            )
            .join('; ')}
        </p>
      )}
    </div>
  );
}
