/** The quick code picker: type to filter, Enter or 1–9 applies, recent codes first. */
import { useMemo, useState, type KeyboardEvent } from 'react';
import { useT } from '../../i18n/i18n';
import type { Placement } from './placement';
import { useCodebookStore } from '../../stores/codebook-store';
import { ColorSwatch } from '../../ui/ColorSwatch';
import { entryForDigit, pickerEntries } from './picker-model';

interface Props {
  /** Viewport position to open at (below the selection). */
  position: Placement;
  selectedText: string;
  onApply: (codeId: string) => void;
  onClose: () => void;
}

const MAX_LISTED = 60;

export function CodePicker({ position, selectedText, onApply, onClose }: Props) {
  const t = useT();
  const codes = useCodebookStore((s) => s.codes);
  const recent = useCodebookStore((s) => s.recentCodeIds);
  const [query, setQuery] = useState('');
  const [activeIndex, setActiveIndex] = useState(0);
  const entries = useMemo(
    () => pickerEntries(codes, recent, query).slice(0, MAX_LISTED),
    [codes, recent, query],
  );
  const active = Math.min(activeIndex, Math.max(0, entries.length - 1));

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const digitCode = query === '' ? entryForDigit(entries, event.key) : null;
    if (digitCode) {
      event.preventDefault();
      onApply(digitCode.id);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActiveIndex((active + step + entries.length) % Math.max(1, entries.length));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const entry = entries[active];
      if (entry) onApply(entry.code.id);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    }
  };

  const excerpt = selectedText.length > 80 ? `${selectedText.slice(0, 77)}…` : selectedText;
  return (
    <div
      className="transcript-picker"
      role="dialog"
      aria-label={t('transcript.picker.label')}
      style={position}
      data-testid="code-picker"
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) onClose();
      }}
    >
      <p className="transcript-picker-selection">
        {t('transcript.picker.selection', { text: excerpt })}
      </p>
      <input
        autoFocus
        role="combobox"
        aria-label={t('transcript.picker.filter')}
        aria-expanded
        aria-controls="transcript-picker-list"
        aria-activedescendant={
          entries[active] ? `transcript-pick-${entries[active].code.id}` : undefined
        }
        placeholder={t('transcript.picker.placeholder')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActiveIndex(0);
        }}
        onKeyDown={onKeyDown}
        data-testid="code-picker-filter"
      />
      <ul
        id="transcript-picker-list"
        role="listbox"
        className="transcript-picker-list"
        aria-label={t('transcript.picker.label')}
      >
        {entries.map((entry, i) => (
          <li
            key={entry.code.id}
            id={`transcript-pick-${entry.code.id}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'active' : undefined}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onApply(entry.code.id)}
            onMouseMove={() => i !== active && setActiveIndex(i)}
            data-testid="code-picker-option"
          >
            <span className="transcript-picker-key">{i < 9 ? i + 1 : ''}</span>
            <ColorSwatch color={entry.code.color} />
            <span className="transcript-picker-name">
              {entry.code.path.length > 1 && (
                <span className="transcript-picker-parent">
                  {entry.code.path.slice(0, -1).join(' / ')} /{' '}
                </span>
              )}
              {entry.code.name}
            </span>
            {entry.recent && (
              <span className="transcript-picker-recent">{t('transcript.picker.recent')}</span>
            )}
          </li>
        ))}
      </ul>
      {entries.length === 0 && (
        <p className="transcript-picker-empty">
          {codes.length === 0
            ? t('transcript.picker.nocodes')
            : t('transcript.picker.none', { query })}
        </p>
      )}
      <p className="transcript-picker-keys">{t('transcript.picker.keys')}</p>
    </div>
  );
}
