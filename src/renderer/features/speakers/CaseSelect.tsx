import type { Case } from '@shared/domain/entities';
import { useT } from '../../i18n/i18n';
import './messages';

/** Choosing the case a speaker or document belongs to; '' means none. */
export function CaseSelect({
  cases,
  value,
  label,
  onChange,
  testId,
}: {
  cases: readonly Case[];
  value: string | null;
  label: string;
  onChange: (caseId: string | null) => void;
  testId: string;
}) {
  const t = useT();
  return (
    <select
      className="speakers-case-select"
      aria-label={label}
      value={value ?? ''}
      data-testid={testId}
      onChange={(e) => onChange(e.target.value || null)}
    >
      <option value="">{t('speakers.case.none')}</option>
      {cases.map((c) => (
        <option key={c.id} value={c.id}>
          {c.name}
        </option>
      ))}
    </select>
  );
}
