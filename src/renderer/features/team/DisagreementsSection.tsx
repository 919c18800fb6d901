import { useEffect } from 'react';
import { onProjectChanged } from '../../api/changes';
import { useT } from '../../i18n/i18n';
import { useCodebookStore } from '../../stores/codebook-store';
import { DisagreementItem } from './DisagreementItem';
import { validOverlap } from './agreement-form';
import { useAgreementStore } from './agreement-store';
import { disagreementProblem } from './disagreement-form';
import { groupByDocument, unmatchedCounts } from './disagreement-groups';
import { useDisagreementsStore } from './disagreements-store';
import { useTeamCodersStore } from './team-coders-store';

/** Where two coders differ, passage by passage, side by side. */
export function DisagreementsSection() {
  const t = useT();
  const form = useDisagreementsStore((s) => s.form);
  const report = useDisagreementsStore((s) => s.report);
  const loading = useDisagreementsStore((s) => s.loading);
  const error = useDisagreementsStore((s) => s.error);
  const setForm = useDisagreementsStore((s) => s.setForm);
  const known = useTeamCodersStore((s) => s.names);
  const codes = useCodebookStore((s) => s.codes);
  const problem = disagreementProblem(form);

  useEffect(() => {
    const store = useDisagreementsStore.getState();
    store.defaultCoders(useAgreementStore.getState().report?.coders ?? [], known);
    void store.load();
  }, [known]);
  useEffect(
    () =>
      onProjectChanged((scopes) => {
        if (scopes.has('codings') || scopes.has('codebook') || scopes.has('documents'))
          void useDisagreementsStore.getState().load();
      }),
    [],
  );

  const [a, b] = report ? report.coders : [form.coderA ?? '', form.coderB ?? ''];
  const counts = report ? unmatchedCounts(report) : null;
  return (
    <section className="team-card" aria-labelledby="team-dis-heading" aria-busy={loading}>
      <h2 id="team-dis-heading">{t('team.dis.heading')}</h2>
      <p className="team-intro">{t('team.dis.intro')}</p>
      <div className="team-controls">
        {(['coderA', 'coderB'] as const).map((side) => (
          <label key={side} className="team-field">
            <span>{t(`team.dis.${side}`)}</span>
            <select
              value={form[side] ?? ''}
              data-testid={`team-dis-${side}`}
              onChange={(e) => setForm({ [side]: e.target.value || null })}
            >
              <option value="">{t('team.dis.chooseCoder')}</option>
              {known.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </label>
        ))}
        <label className="team-field">
          <span>{t('team.dis.code')}</span>
          <select
            value={form.codeId ?? ''}
            data-testid="team-dis-code"
            onChange={(e) => setForm({ codeId: e.target.value || null })}
          >
            <option value="">{t('team.dis.allCodes')}</option>
            {codes.map((code) => (
              <option key={code.id} value={code.id}>
                {`${'\u00a0\u00a0'.repeat(code.depth)}${code.name}`}
              </option>
            ))}
          </select>
        </label>
        <label className="team-field">
          <span>{t('team.agreement.overlap')}</span>
          <input
            type="number"
            min={1}
            max={100}
            step={1}
            value={Number.isFinite(form.overlap) ? form.overlap : ''}
            aria-invalid={!validOverlap(form.overlap) || undefined}
            data-testid="team-dis-overlap"
            onChange={(e) => setForm({ overlap: e.target.valueAsNumber })}
          />
        </label>
      </div>
      {problem && (
        <p className="team-problem" role="alert">
          {t(problem)}
        </p>
      )}
      {!problem && error && (
        <p className="team-problem" role="alert" data-testid="team-dis-error">
          {error}
        </p>
      )}
      {report && counts && !problem && (
        <div className={loading ? 'team-stale' : undefined}>
          <p className="team-caption" role="status" data-testid="team-dis-summary">
            {report.disagreements.length === 0
              ? t('team.dis.none', {
                  a,
                  b,
                  count: report.documents.length,
                  overlap: report.overlapThreshold,
                })
              : t('team.dis.summary', {
                  a,
                  b,
                  countA: counts[0],
                  countB: counts[1],
                  overlap: report.overlapThreshold,
                  documents: report.documents.length,
                })}
          </p>
          {report.excluded.length > 0 && (
            <p className="team-notes">
              {t('team.agreement.excluded')}{' '}
              {report.excluded
                .map((d) =>
                  t('team.agreement.excludedOne', {
                    document: d.document,
                    coders: d.codedBy.join(', '),
                  }),
                )
                .join('; ')}
            </p>
          )}
          {groupByDocument(report.disagreements).map((group) => (
            <section
              key={group.documentId}
              className="team-dis-document"
              aria-label={group.document}
            >
              <h3>{group.document}</h3>
              <div className="team-dis-head" aria-hidden="true">
                <span>{a}</span>
                <span>{b}</span>
              </div>
              <ul className="team-dis-list">
                {group.items.map((item) => (
                  <DisagreementItem
                    key={`${item.codeId}:${item.first?.startUtf16 ?? ''}:${item.second?.startUtf16 ?? ''}`}
                    item={item}
                    coders={[a, b]}
                    threshold={report.overlapThreshold}
                  />
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </section>
  );
}
