import { useT } from '../../i18n/i18n';
import { shownCoders, toggleCoder, validOverlap } from './agreement-form';
import { useAgreementStore, type AgreementExportFormat } from './agreement-store';
import { useTeamCodersStore } from './team-coders-store';

const EXPORTS: { format: AgreementExportFormat; label: string }[] = [
  { format: 'csv', label: 'CSV' },
  { format: 'md', label: 'Markdown' },
];

/** Coders, level, overlap or units, and the export buttons of the agreement table. */
export function AgreementControls({ blocked }: { blocked: boolean }) {
  const t = useT();
  const form = useAgreementStore((s) => s.form);
  const reportCoders = useAgreementStore((s) => s.report?.coders ?? null);
  const exporting = useAgreementStore((s) => s.exporting);
  const { setForm, exportAs } = useAgreementStore.getState();
  const known = useTeamCodersStore((s) => s.names);
  const shown = shownCoders(form, reportCoders);

  return (
    <div className="team-controls">
      <fieldset className="team-fieldset" data-testid="team-agreement-coders">
        <legend>{t('team.agreement.coders')}</legend>
        {known.length === 0 && <span className="team-muted">{t('team.agreement.noCoders')}</span>}
        {known.map((name) => (
          <label key={name} className="team-check">
            <input
              type="checkbox"
              checked={shown.includes(name)}
              data-testid="team-agreement-coder"
              data-coder={name}
              onChange={() => setForm({ coders: toggleCoder(known, shown, name) })}
            />
            {name}
          </label>
        ))}
      </fieldset>
      <fieldset className="team-fieldset">
        <legend>{t('team.agreement.level')}</legend>
        {(['character', 'segment'] as const).map((level) => (
          <label key={level} className="team-check">
            <input
              type="radio"
              name="team-agreement-level"
              checked={form.level === level}
              data-testid={`team-agreement-level-${level}`}
              onChange={() => setForm({ level })}
            />
            {t(`team.agreement.level.${level}`)}
          </label>
        ))}
      </fieldset>
      {form.level === 'segment' ? (
        <label className="team-field">
          <span>{t('team.agreement.overlap')}</span>
          <input
            type="number"
            min={1}
            max={100}
            step={1}
            value={Number.isFinite(form.overlap) ? form.overlap : ''}
            aria-invalid={!validOverlap(form.overlap) || undefined}
            data-testid="team-agreement-overlap"
            onChange={(e) => setForm({ overlap: e.target.valueAsNumber })}
          />
        </label>
      ) : (
        <fieldset className="team-fieldset">
          <legend>{t('team.agreement.units')}</legend>
          {(['coded', 'all'] as const).map((units) => (
            <label
              key={units}
              className="team-check"
              title={t(`team.agreement.units.${units}.title`)}
            >
              <input
                type="radio"
                name="team-agreement-units"
                checked={form.units === units}
                data-testid={`team-agreement-units-${units}`}
                onChange={() => setForm({ units })}
              />
              {t(`team.agreement.units.${units}`)}
            </label>
          ))}
        </fieldset>
      )}
      <div className="team-export" role="group" aria-label={t('team.agreement.export')}>
        <span aria-hidden="true" className="team-muted">
          {t('team.agreement.export')}
        </span>
        {EXPORTS.map(({ format, label }) => (
          <button
            key={format}
            type="button"
            data-testid={`team-agreement-export-${format}`}
            aria-label={t('team.agreement.exportAs', { format: label })}
            title={t('team.agreement.exportAs', { format: label })}
            disabled={blocked || exporting !== null}
            aria-busy={exporting === format || undefined}
            onClick={() => void exportAs(format)}
          >
            {label}
          </button>
        ))}
      </div>
    </div>
  );
}
