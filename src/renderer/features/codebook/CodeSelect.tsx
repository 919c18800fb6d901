import type { CodeListEntry } from '@shared/api/types';

/** A drop-down of codes showing each one's full path, for Move to… and Merge into…. */
export function CodeSelect({
  id,
  codes,
  value,
  onChange,
  topLevelLabel,
  testId,
}: {
  id: string;
  codes: readonly CodeListEntry[];
  value: string;
  onChange: (value: string) => void;
  /** When given, an option for "no parent" with the value ''. */
  topLevelLabel?: string;
  testId: string;
}) {
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
      {topLevelLabel !== undefined && <option value="">{topLevelLabel}</option>}
      {codes.map((code) => (
        <option key={code.id} value={code.id}>
          {code.path.join(' / ')}
        </option>
      ))}
    </select>
  );
}
