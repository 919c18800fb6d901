import { useId } from 'react';
import type { SpeakerSummary } from '@shared/api/types';
import type { Case } from '@shared/domain/entities';
import { useT } from '../../i18n/i18n';
import { SpeakerRow } from './SpeakerRow';
import { lacksLegendName } from './speaker-fields';
import './messages';

/** Every speaker label found in the transcripts, described once for all documents. */
export function SpeakersTable({ speakers, cases }: { speakers: SpeakerSummary[]; cases: Case[] }) {
  const t = useT();
  const warningId = useId();
  const unnamed = speakers.filter(lacksLegendName);

  return (
    <section className="speakers-section" aria-labelledby="speakers-heading">
      <h2 id="speakers-heading" className="speakers-heading">
        {t('speakers.heading')}
      </h2>
      <p className="speakers-intro">{t('speakers.intro')}</p>
      {unnamed.length > 0 && (
        <p className="speakers-warning" id={warningId} data-testid="speakers-unnamed-warning">
          <span aria-hidden="true">⚠ </span>
          {t('speakers.unnamed', { labels: unnamed.map((s) => s.label).join(', ') })}
        </p>
      )}
      {speakers.length === 0 ? (
        <p className="speakers-empty">{t('speakers.empty')}</p>
      ) : (
        <div className="speakers-scroll">
          <table className="speakers-table" data-testid="speakers-table">
            <thead>
              <tr>
                <th scope="col">{t('speakers.col.label')}</th>
                <th scope="col">{t('speakers.col.name')}</th>
                <th scope="col">{t('speakers.col.title')}</th>
                <th scope="col">{t('speakers.col.organisation')}</th>
                <th scope="col">{t('speakers.col.case')}</th>
              </tr>
            </thead>
            <tbody>
              {speakers.map((speaker) => (
                <SpeakerRow
                  key={speaker.id}
                  speaker={speaker}
                  cases={cases}
                  warningId={warningId}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
