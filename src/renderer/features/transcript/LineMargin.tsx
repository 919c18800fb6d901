/**
 * Line numbers beside the text — the 1-based lines of the stored text that the CLI's
 * "located" citation uses — and each turn's timestamp where the source had one.
 */
import { memo, useMemo } from 'react';
import { useT } from '../../i18n/i18n';
import { useTranscriptStore } from '../../stores/transcript-store';
import { useLayoutStore } from './layout-store';
import { formatTimestamp, turnTimestampsByLine } from './transcript-layout';

export const LineMargin = memo(function LineMargin() {
  const t = useT();
  const lineTops = useLayoutStore((s) => s.lineTops);
  const text = useTranscriptStore((s) => s.text);
  const turns = useTranscriptStore((s) => s.turns);
  const stamps = useMemo(() => turnTimestampsByLine(text, turns), [text, turns]);
  return (
    <div
      className={stamps.size > 0 ? 'transcript-lines with-times' : 'transcript-lines'}
      aria-label={t('transcript.lines')}
      aria-hidden
      data-testid="transcript-line-numbers"
    >
      {lineTops.map((top, i) => {
        const stamp = stamps.get(i);
        return (
          <div key={i} className="transcript-line-number" style={{ top }}>
            {stamp !== undefined && (
              <span className="transcript-line-time">{formatTimestamp(stamp)}</span>
            )}
            {i + 1}
          </div>
        );
      })}
    </div>
  );
});
