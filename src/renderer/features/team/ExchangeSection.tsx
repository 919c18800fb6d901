import { useRef } from 'react';
import { useT } from '../../i18n/i18n';
import { BusyBar } from './BusyBar';
import { ImportReportView } from './ImportReportView';
import { useExchangeStore } from './exchange-store';

/** The whole project to and from NVivo, ATLAS.ti, MAXQDA, QualCoder… as REFI-QDA (.qdpx). */
export function ExchangeSection() {
  const t = useT();
  const picker = useRef<HTMLInputElement>(null);
  const busy = useExchangeStore((s) => s.busy);
  const report = useExchangeStore((s) => s.importReport);
  const { exportProject, importQdpx, dismissImport } = useExchangeStore.getState();
  const mine = busy && (busy.task === 'export' || busy.task === 'import') ? busy : null;

  return (
    <section className="team-card" aria-labelledby="team-exchange-heading">
      <h2 id="team-exchange-heading">{t('team.exchange.heading')}</h2>
      <p className="team-intro">{t('team.exchange.intro')}</p>
      <div className="team-actions">
        <button
          type="button"
          data-testid="team-export-qdpx"
          disabled={busy !== null}
          onClick={() => void exportProject()}
        >
          {t('team.exchange.export')}
        </button>
        <button
          type="button"
          data-testid="team-import-qdpx"
          disabled={busy !== null}
          onClick={() => picker.current?.click()}
        >
          {t('team.exchange.import')}
        </button>
        <input
          ref={picker}
          type="file"
          accept=".qdpx"
          hidden
          data-testid="team-import-qdpx-input"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void importQdpx(file, 'project');
          }}
        />
      </div>
      {mine && (
        <BusyBar
          testId="team-exchange-busy"
          text={
            mine.task === 'export'
              ? t('team.exchange.exporting')
              : t('team.exchange.importing', { file: mine.fileName ?? '' })
          }
        />
      )}
      {report && <ImportReportView report={report} purpose="project" onDismiss={dismissImport} />}
    </section>
  );
}
