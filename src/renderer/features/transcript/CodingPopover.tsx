/**
 * The codings at a clicked point or stripe, one card each (see CodingCard). Closing it
 * (✕, Escape, a press outside) unmounts the cards, which saves what was typed in them.
 */
import { useEffect, useRef } from 'react';
import type { DocumentCoding } from '@shared/api/types';
import { useT } from '../../i18n/i18n';
import type { Placement } from './placement';
import { useTranscriptStore } from '../../stores/transcript-store';
import { CodingCard } from './CodingCard';

interface Props {
  codingIds: readonly string[];
  position: Placement;
  onClose: () => void;
}

export function CodingPopover({ codingIds, position, onClose }: Props) {
  const t = useT();
  const codings = useTranscriptStore((s) => s.codings);
  const text = useTranscriptStore((s) => s.text);
  const ref = useRef<HTMLDivElement>(null);
  const shown = codingIds
    .map((id) => codings.find((c) => c.id === id))
    .filter((c): c is DocumentCoding => c !== undefined);

  useEffect(() => {
    (ref.current?.querySelector('textarea') ?? ref.current?.querySelector('button'))?.focus();
  }, []);
  useEffect(() => {
    if (shown.length === 0) onClose();
  }, [shown.length, onClose]);
  useEffect(() => () => useTranscriptStore.getState().setActive([]), []);
  // Escape closes it wherever focus is inside it; so does a press outside it.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    const onPointer = (event: PointerEvent) => {
      if (!ref.current?.contains(event.target as Node)) onClose();
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [onClose]);

  return (
    <div
      ref={ref}
      className="transcript-popover"
      role="dialog"
      aria-label={t('transcript.popover.label')}
      style={position}
      data-testid="coding-popover"
    >
      <div className="transcript-popover-head">
        <h2 className="panel-heading">{t('transcript.popover.label')}</h2>
        <button
          type="button"
          className="link-button"
          onClick={onClose}
          aria-label={t('transcript.popover.close')}
        >
          ✕
        </button>
      </div>
      <ul className="transcript-coding-list">
        {shown.map((coding) => (
          <CodingCard
            key={coding.id}
            coding={coding}
            original={text.slice(coding.startUtf16, coding.endUtf16)}
          />
        ))}
      </ul>
    </div>
  );
}
