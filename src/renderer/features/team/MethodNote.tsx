import { useT } from '../../i18n/i18n';

const TERMS = ['percent', 'cohen', 'bp', 'alpha', 'units', 'segment', 'undefined'] as const;

/** How the numbers are computed, in a few lines (the full method is docs/agreement.md). */
export function MethodNote() {
  const t = useT();
  return (
    <section
      className="team-method"
      aria-labelledby="team-method-heading"
      data-testid="team-method-note"
    >
      <h3 id="team-method-heading">{t('team.method.heading')}</h3>
      <dl>
        {TERMS.map((term) => (
          <div key={term} id={`team-term-${term}`}>
            <dt>{t(`team.method.${term}`)}</dt>
            <dd>{t(`team.method.${term}.text`)}</dd>
          </div>
        ))}
      </dl>
      <p className="team-muted">{t('team.method.more')}</p>
    </section>
  );
}
