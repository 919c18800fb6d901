import { useId, useState } from 'react';
import type { CodeListEntry } from '@shared/api/types';
import { Modal } from '../../ui/Modal';
import { useT } from '../../i18n/i18n';
import { CODE_PALETTE as CODE_COLORS } from '@shared/domain/palette';
import { recolorCode } from './codebook-actions';
import './messages';

/** Pick one of the palette's colours, or any colour with the system picker. */
export function CodeColorDialog({ code, onClose }: { code: CodeListEntry; onClose: () => void }) {
  const t = useT();
  const [custom, setCustom] = useState(code.color.toLowerCase());
  const customId = useId();
  const apply = (color: string) => {
    onClose();
    if (color.toUpperCase() !== code.color.toUpperCase()) void recolorCode(code.id, color);
  };
  return (
    <Modal title={t('codebook.color.title', { name: code.name })} onClose={onClose}>
      <div className="codebook-palette" role="group" aria-label={t('codebook.color.palette')}>
        {CODE_COLORS.map((color) => (
          <button
            key={color}
            type="button"
            className="codebook-palette-color"
            style={{ background: color }}
            aria-label={color}
            title={color}
            aria-pressed={color === code.color.toUpperCase()}
            data-testid="code-palette-color"
            onClick={() => apply(color)}
          />
        ))}
      </div>
      <div className="codebook-custom-color">
        <label htmlFor={customId}>{t('codebook.color.custom')}</label>
        <input
          id={customId}
          type="color"
          value={custom}
          data-testid="code-color-input"
          onChange={(e) => setCustom(e.target.value)}
        />
        <button type="button" onClick={() => apply(custom)} data-testid="code-color-apply">
          {t('codebook.color.apply')}
        </button>
      </div>
      <div className="documents-dialog-buttons">
        <button type="button" onClick={onClose}>
          {t('codebook.cancel')}
        </button>
      </div>
    </Modal>
  );
}
