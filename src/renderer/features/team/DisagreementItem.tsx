import type { Disagreement, DisagreementSegment } from '@shared/api/types';
import { formatLineRange } from '@shared/citation/template';
import { useLanguageStore, useT } from '../../i18n/i18n';
import { useCodebookStore } from '../../stores/codebook-store';
import { useUiStore } from '../../stores/ui-store';
import { ColorSwatch } from '../../ui/ColorSwatch';
import { sideParts } from './disagreement-groups';
import { formatOverlap } from './number-format';

function Side({
  segment,
  other,
  coder,
  document,
  documentId,
}: {
  segment: DisagreementSegment | null;
  other: DisagreementSegment | null;
  coder: string;
  document: string;
  documentId: string;
}) {
  const t = useT();
  if (!segment)
    return (
      <div className="team-dis-side team-dis-empty" data-testid="team-dis-not-coded">
        {t('team.dis.notCoded', { coder })}
      </div>
    );
  const lines = formatLineRange(segment.lineStart, segment.lineEnd);
  const parts = sideParts(segment, other);
  return (
    <div className="team-dis-side">
      <button
        type="button"
        className="team-dis-open"
        data-testid="team-dis-segment"
        title={t('team.dis.open', { document, lines })}
        aria-label={`${coder}, ${t('team.dis.lines', { lines })}: ${segment.text.trim()}`}
        onClick={() =>
          useUiStore.getState().revealPassage(documentId, segment.startUtf16, segment.endUtf16)
        }
      >
        <span className="team-dis-where">{t('team.dis.lines', { lines })}</span>
        <span className="team-dis-text">
          {parts.before}
          {parts.shared && (
            <mark className="team-dis-shared" title={t('team.dis.shared')}>
              {parts.shared}
            </mark>
          )}
          {parts.after}
        </span>
      </button>
      {segment.agreed && (
        <p className="team-muted team-dis-agreed">{t('team.dis.agreedElsewhere')}</p>
      )}
    </div>
  );
}

/** One passage where the coders differ: the code, then coder A's and coder B's segment. */
export function DisagreementItem({
  item,
  coders,
  threshold,
}: {
  item: Disagreement;
  coders: [string, string];
  threshold: number;
}) {
  const t = useT();
  const language = useLanguageStore((s) => s.language);
  const color = useCodebookStore((s) => s.codes.find((c) => c.id === item.codeId)?.color);
  return (
    <li className="team-dis-item" data-testid="team-dis-item">
      <div className="team-dis-code">
        {color && <ColorSwatch color={color} />}
        <span>{item.codePath}</span>
        {item.first && item.second && (
          <span className="team-muted">
            {t('team.dis.overlap', {
              overlap: formatOverlap(item.overlapPercent, language),
              threshold: formatOverlap(threshold, language),
            })}
          </span>
        )}
      </div>
      <div className="team-dis-sides">
        <Side
          segment={item.first}
          other={item.second}
          coder={coders[0]}
          document={item.document}
          documentId={item.documentId}
        />
        <Side
          segment={item.second}
          other={item.first}
          coder={coders[1]}
          document={item.document}
          documentId={item.documentId}
        />
      </div>
    </li>
  );
}
