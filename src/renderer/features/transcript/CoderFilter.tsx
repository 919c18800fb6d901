/**
 * Show or hide codings per coder. Hidden codings are never silent: each hidden coder's
 * count stays in view.
 */
import { useMemo } from 'react';
import { useT } from '../../i18n/i18n';
import { useProjectStore } from '../../stores/project-store';
import { useTranscriptStore } from '../../stores/transcript-store';

export function CoderFilter() {
  const t = useT();
  const codings = useTranscriptStore((s) => s.codings);
  const hidden = useTranscriptStore((s) => s.hiddenCoders);
  const toggleCoder = useTranscriptStore((s) => s.toggleCoder);
  const currentCoder = useProjectStore((s) => s.info?.currentCoder ?? '');
  const counts = useMemo(() => {
    const map = new Map<string, number>();
    for (const c of codings) if (c.coder) map.set(c.coder, (map.get(c.coder) ?? 0) + 1);
    return [...map].sort(([a], [b]) =>
      a === currentCoder ? -1 : b === currentCoder ? 1 : a.localeCompare(b),
    );
  }, [codings, currentCoder]);
  const hiddenNotes = counts.filter(([coder]) => hidden.includes(coder));
  if (
    counts.length === 0 ||
    (counts.length === 1 && counts[0]![0] === currentCoder && hiddenNotes.length === 0)
  )
    return null;

  return (
    <div className="transcript-coders" data-testid="coder-filter">
      <fieldset>
        <legend>{t('transcript.coders.label')}</legend>
        {counts.map(([coder, count]) => (
          <label key={coder}>
            <input
              type="checkbox"
              checked={!hidden.includes(coder)}
              onChange={() => toggleCoder(coder)}
            />
            {t('transcript.coders.count', {
              coder: coder === currentCoder ? t('transcript.coders.you', { coder }) : coder,
              count,
            })}
          </label>
        ))}
      </fieldset>
      {hiddenNotes.map(([coder, count]) => (
        <span
          key={coder}
          className="transcript-hidden-note"
          role="status"
          data-testid="coder-hidden-note"
        >
          {t('transcript.coders.hidden', { count, coder })}
        </span>
      ))}
    </div>
  );
}
