import { memo } from 'react';
import type { CodedSegment } from '@shared/api/types';
import { formatLineRange, formatTimestamp } from '@shared/citation/template';
import { useT } from '../../i18n/i18n';
import { useUiStore } from '../../stores/ui-store';
import { ColorSwatch } from '../../ui/ColorSwatch';
import { AnchorToggle } from '../codebook/AnchorToggle';

interface Props {
  segment: CodedSegment;
  color: string | undefined;
}

/**
 * One coded quote with where it comes from (a click opens the transcript at it), and
 * whether it is an anchor example of its code.
 */
export const RetrievalQuote = memo(function RetrievalQuote({ segment, color }: Props) {
  const t = useT();
  const lines = formatLineRange(segment.lineStart, segment.lineEnd);
  const speakers = segment.speakers
    .map((s) => (s.name ? `${s.label} (${s.name})` : s.label))
    .join(', ');
  return (
    <li className="retrieval-quote" data-testid="retrieval-quote">
      <div className="retrieval-quote-code">
        {color && <ColorSwatch color={color} />}
        <span>{segment.codePath.join(' › ')}</span>
        <AnchorToggle
          codeId={segment.codeId}
          codingId={segment.codingId}
          codeName={segment.codePath.at(-1) ?? ''}
        />
      </div>
      <button
        type="button"
        className="retrieval-quote-open"
        title={t('retrieval.open', { document: segment.documentName, lines })}
        onClick={() =>
          useUiStore
            .getState()
            .revealPassage(segment.documentId, segment.startUtf16, segment.endUtf16)
        }
      >
        {segment.display}
      </button>
      <p className="retrieval-quote-source">
        <span className="retrieval-quote-speaker">{speakers || t('retrieval.noSpeaker')}</span>
        {' · '}
        {segment.documentName}
        {' · '}
        {t('retrieval.lines', { lines })}
        {segment.timestampMs !== null && ` · ${formatTimestamp(segment.timestampMs)}`}
        {' · '}
        {t('retrieval.coder', { coder: segment.coder })}
      </p>
      {segment.note && (
        <p className="retrieval-quote-meta">
          {t('retrieval.note')} {segment.note}
        </p>
      )}
      {segment.memo && (
        <p className="retrieval-quote-meta">
          {t('retrieval.memo')} {segment.memo}
        </p>
      )}
    </li>
  );
});
