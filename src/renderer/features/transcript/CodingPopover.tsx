/**
 * The codings at a clicked point or stripe: code and colour, coder, memo, the curated
 * print form of the quote next to the original, and removal.
 */
import { useEffect, useRef, useState } from 'react';
import type { DocumentCoding } from '@shared/api/types';
import { useT } from '../../i18n/i18n';
import type { Placement } from './placement';
import { useTranscriptStore } from '../../stores/transcript-store';
import { ColorSwatch } from '../../ui/ColorSwatch';

interface Props {
  codingIds: readonly string[];
  position: Placement;
  onClose: () => void;
}

function CodingCard({ coding, original }: { coding: DocumentCoding; original: string }) {
  const t = useT();
  const { setMemo, curate, removeCoding, setActive } = useTranscriptStore.getState();
  const [memo, setMemoDraft] = useState(coding.memo ?? '');
  const [print, setPrint] = useState(coding.displayText ?? original);
  const memoChanged = memo !== (coding.memo ?? '');
  const printChanged = print !== (coding.displayText ?? original);
  const id = coding.id;

  return (
    <li
      className="transcript-coding"
      data-testid="coding-card"
      onMouseEnter={() => setActive([{ start: coding.startUtf16, end: coding.endUtf16 }])}
      onMouseLeave={() => setActive([])}
    >
      <div className="transcript-coding-head">
        <ColorSwatch color={coding.color} />
        <strong>{coding.codePath.join(' / ')}</strong>
        <span className="transcript-muted">
          {t('transcript.popover.by', { coder: coding.coder })}
        </span>
      </div>
      <label className="transcript-field">
        <span>{t('transcript.popover.memo')}</span>
        <textarea
          rows={2}
          value={memo}
          onChange={(e) => setMemoDraft(e.target.value)}
          data-testid="coding-memo"
        />
      </label>
      {memoChanged && (
        <button type="button" onClick={() => void setMemo(id, memo)} data-testid="coding-memo-save">
          {t('transcript.popover.save')}
        </button>
      )}
      <label className="transcript-field">
        <span>{t('transcript.popover.print')}</span>
        <textarea
          rows={3}
          value={print}
          onChange={(e) => setPrint(e.target.value)}
          data-testid="coding-print"
        />
      </label>
      <p className="transcript-muted transcript-small">{t('transcript.popover.print.hint')}</p>
      {coding.displayText !== null && (
        <p className="transcript-original">
          <span className="transcript-muted">{t('transcript.popover.original')}: </span>«{original}»
        </p>
      )}
      <div className="transcript-coding-actions">
        {printChanged && (
          <button
            type="button"
            onClick={() => void curate(id, print === original ? null : print)}
            data-testid="coding-print-save"
          >
            {t('transcript.popover.save')}
          </button>
        )}
        {coding.displayText !== null && (
          <button
            type="button"
            onClick={() => void curate(id, null).then(() => setPrint(original))}
          >
            {t('transcript.popover.reset')}
          </button>
        )}
        <span className="transcript-spacer" />
        <button
          type="button"
          className="danger"
          onClick={() => void removeCoding(id)}
          data-testid="coding-remove"
        >
          {t('transcript.popover.remove')}
        </button>
      </div>
    </li>
  );
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
  // Escape closes it wherever focus went (a saved field's button disappears); so does a
  // press outside it.
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
