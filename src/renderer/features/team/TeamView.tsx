import { useEffect } from 'react';
import { useT } from '../../i18n/i18n';
import { AgreementSection } from './AgreementSection';
import { DisagreementsSection } from './DisagreementsSection';
import { ExchangeSection } from './ExchangeSection';
import { MergeSection } from './MergeSection';
import { useTeamCodersStore } from './team-coders-store';
import { useTeamViewStore, type TeamSection } from './team-view-store';
import './messages';
import './team.css';

const SECTIONS: TeamSection[] = ['exchange', 'agreement', 'disagreements'];

/** Team coding and project exchange: REFI-QDA, merging a co-coder, agreement, disagreements. */
export function TeamView() {
  const t = useT();
  const section = useTeamViewStore((s) => s.section);
  const setSection = useTeamViewStore((s) => s.setSection);
  useEffect(() => {
    void useTeamCodersStore.getState().load();
  }, []);

  return (
    <section className="team-view" data-feature="team">
      <nav className="team-sections" role="tablist" aria-label={t('team.sections')}>
        {SECTIONS.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`team-tab-${name}`}
            aria-selected={section === name}
            aria-controls="team-panel"
            className={section === name ? 'active' : undefined}
            data-testid={`team-tab-${name}`}
            onClick={() => setSection(name)}
          >
            {t(`team.section.${name}`)}
          </button>
        ))}
      </nav>
      <div
        className="team-panel"
        role="tabpanel"
        id="team-panel"
        aria-labelledby={`team-tab-${section}`}
      >
        {section === 'exchange' && (
          <>
            <ExchangeSection />
            <MergeSection />
          </>
        )}
        {section === 'agreement' && <AgreementSection />}
        {section === 'disagreements' && <DisagreementsSection />}
      </div>
    </section>
  );
}
