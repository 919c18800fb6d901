import { useRef } from 'react';
import { useT } from '../../i18n/i18n';
import { BusyBar } from './BusyBar';
import { ImportReportView } from './ImportReportView';
import { MergeReportView } from './MergeReportView';
import { useExchangeStore } from './exchange-store';
import { useTeamViewStore } from './team-view-store';

/** Brings a co-coder's codings in: their .citat copy (merged) or a .qdpx from another program. */
export function MergeSection() {
  const t = useT();
  const picker = useRef<HTMLInputElement>(null);
  const busy = useExchangeStore((s) => s.busy);
  const report = useExchangeStore((s) => s.mergeReport);
  const coderName = useExchangeStore((s) => s.mergeCoderName);
  const { mergeCoderFile, setMergeCoderName, dismissMerge } = useExchangeStore.getState();

  return (
    <section className="team-card" aria-labelledby="team-merge-heading">
      <h2 id="team-merge-heading">{t('team.merge.heading')}</h2>
      <p className="team-intro">{t('team.merge.intro')}</p>
      <ul className="team-plain-list team-intro">
        <li>{t('team.merge.citat')}</li>
        <li>{t('team.merge.qdpx')}</li>
      </ul>
      <div className="team-actions">
        <label className="team-field">
          <span>{t('team.merge.coderName')}</span>
          <input
            type="text"
            value={coderName}
            placeholder={t('team.merge.coderName.placeholder')}
            aria-describedby="team-merge-coder-hint"
            data-testid="team-merge-coder"
            onChange={(e) => setMergeCoderName(e.target.value)}
          />
        </label>
        <button
          type="button"
          className="primary"
          data-testid="team-merge-file"
          disabled={busy !== null}
          onClick={() => picker.current?.click()}
        >
          {t('team.merge.choose')}
        </button>
        <input
          ref={picker}
          type="file"
          accept=".citat,.qdpx"
          hidden
          data-testid="team-merge-input"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void mergeCoderFile(file);
          }}
        />
      </div>
      <p id="team-merge-coder-hint" className="team-hint">
        {t('team.merge.coderName.hint')}
      </p>
      {busy?.task === 'merge' && (
        <BusyBar
          testId="team-merge-busy"
          text={t('team.merge.running', { file: busy.fileName ?? '' })}
        />
      )}
      {report?.kind === 'citat' && (
        <MergeReportView report={report.report} onDismiss={dismissMerge} />
      )}
      {report?.kind === 'qdpx' && (
        <ImportReportView report={report.report} purpose="coder" onDismiss={dismissMerge} />
      )}
      {report && (
        <button
          type="button"
          data-testid="team-merge-compare"
          onClick={() => useTeamViewStore.getState().setSection('agreement')}
        >
          {t('team.merge.compare')}
        </button>
      )}
    </section>
  );
}
