/**
 * One coding in the popover: code and coder, whether it is an anchor example of its code,
 * its memo, the printed form of the quote and a note on it, and removal. Every field saves itself (see useAutosavedField); there is no
 * Save button, and closing the popover any way saves what was typed.
 */
import { useMemo, useState } from 'react';
import type { DocumentCoding } from '@shared/api/types';
import { useT } from '../../i18n/i18n';
import { useTranscriptStore } from '../../stores/transcript-store';
import { ColorSwatch } from '../../ui/ColorSwatch';
import { useAutosavedField } from '../../autosave/use-autosaved-field';
import { FieldState } from '../../autosave/FieldState';
import { AnchorToggle } from '../codebook/AnchorToggle';
import { saveCodingMemo, saveCuration, sameCuration } from './coding-fields';
import './messages';

export function CodingCard({ coding, original }: { coding: DocumentCoding; original: string }) {
  const t = useT();
  const { removeCoding, setActive } = useTranscriptStore.getState();
  const id = coding.id;
  const memo = useAutosavedField({
    key: `coding-memo:${id}`,
    stored: coding.memo ?? '',
    save: (value, session) => saveCodingMemo(id, value, session),
  });
  const stored = useMemo(
    () => ({ print: coding.displayText ?? original, note: coding.note ?? '' }),
    [coding.displayText, coding.note, original],
  );
  const curation = useAutosavedField({
    key: `coding-curation:${id}`,
    stored,
    equals: sameCuration,
    save: (value, session) => saveCuration(id, value, original, session),
  });
  const curated = curation.value.print.trim() !== original.trim();
  // The printed quote and its note save together; their state shows by the one typed in.
  const [curationEdited, setCurationEdited] = useState<'print' | 'note'>('print');
  const editCuration = (part: 'print' | 'note', text: string) => {
    setCurationEdited(part);
    curation.change({ ...curation.value, [part]: text });
  };

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
        <span className="transcript-field-label">
          {t('transcript.popover.memo')}
          <FieldState field={memo} testId="coding-memo-state" />
        </span>
        <textarea
          rows={2}
          value={memo.value}
          readOnly={memo.readOnly}
          onChange={(e) => memo.change(e.target.value)}
          onBlur={() => void memo.end()}
          data-testid="coding-memo"
        />
      </label>
      <label className="transcript-field">
        <span className="transcript-field-label">
          {t('transcript.popover.print')}
          {curationEdited === 'print' && (
            <FieldState field={curation} testId="coding-curation-state" />
          )}
        </span>
        <textarea
          rows={3}
          value={curation.value.print}
          readOnly={curation.readOnly}
          onChange={(e) => editCuration('print', e.target.value)}
          onBlur={() => void curation.end()}
          data-testid="coding-print"
        />
      </label>
      <p className="transcript-muted transcript-small">{t('transcript.popover.print.hint')}</p>
      {curated && (
        <p className="transcript-original">
          <span className="transcript-muted">{t('transcript.popover.original')}: </span>«{original}»
        </p>
      )}
      <label className="transcript-field">
        <span className="transcript-field-label">
          {t('transcript.popover.note')}
          {curationEdited === 'note' && (
            <FieldState field={curation} testId="coding-curation-state" />
          )}
        </span>
        <textarea
          rows={2}
          value={curation.value.note}
          readOnly={curation.readOnly}
          placeholder={t('transcript.popover.note.placeholder')}
          onChange={(e) => editCuration('note', e.target.value)}
          onBlur={() => void curation.end()}
          data-testid="coding-note"
        />
      </label>
      <div className="transcript-coding-actions">
        <AnchorToggle
          codeId={coding.codeId}
          codingId={id}
          codeName={coding.codePath.at(-1) ?? ''}
        />
        {curated && !curation.readOnly && (
          <button
            type="button"
            data-testid="coding-print-reset"
            onClick={() => {
              editCuration('print', original);
              void curation.end();
            }}
          >
            {t('transcript.popover.reset')}
          </button>
        )}
        <span className="transcript-spacer" />
        <button
          type="button"
          className="danger"
          disabled={memo.readOnly}
          onClick={() => {
            // Text typed into a coding being removed has nothing left to be saved on.
            memo.discard();
            curation.discard();
            void removeCoding(id);
          }}
          data-testid="coding-remove"
        >
          {t('transcript.popover.remove')}
        </button>
      </div>
    </li>
  );
}
