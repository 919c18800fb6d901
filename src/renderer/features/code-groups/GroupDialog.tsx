import { useId } from 'react';
import type { CodeGroup } from '@shared/api/types';
import { formatCodePath } from '@shared/domain/codebook';
import { Modal } from '../../ui/Modal';
import { ColorSwatch } from '../../ui/ColorSwatch';
import { useT } from '../../i18n/i18n';
import { useAutosavedField } from '../../autosave/use-autosaved-field';
import { FieldState } from '../../autosave/FieldState';
import '../../autosave/messages';
import { useCodebookStore } from '../../stores/codebook-store';
import { removeCodeFromGroup, saveGroupDescription } from './group-actions';
import './messages';

/**
 * A group's description (saved as it is typed, as a code's is) and its codes, each
 * removable. Codes are added from their own menu in the code tree.
 */
export function GroupDialog({ group, onClose }: { group: CodeGroup; onClose: () => void }) {
  const t = useT();
  const id = useId();
  const codes = useCodebookStore((s) => s.codes);
  const description = useAutosavedField({
    key: `group-describe:${group.id}`,
    stored: group.description ?? '',
    save: (value, session) => saveGroupDescription(group.id, value, session),
  });
  const members = group.codeIds
    .map((codeId) => codes.find((c) => c.id === codeId))
    .filter((c) => c !== undefined);

  return (
    <Modal title={t('groups.edit.title', { name: group.name })} onClose={onClose}>
      <div className="documents-dialog groups-dialog">
        <div className="codebook-describe-field">
          <div className="documents-dialog-label-row">
            <label htmlFor={id} className="documents-dialog-label">
              {t('groups.edit.description')}
            </label>
            <FieldState field={description} testId="group-description-state" />
          </div>
          <textarea
            id={id}
            rows={3}
            value={description.value}
            readOnly={description.readOnly}
            data-testid="group-description"
            onChange={(e) => description.change(e.target.value)}
            onBlur={() => void description.end()}
          />
        </div>
        <h3 className="groups-dialog-heading">{t('groups.edit.codes')}</h3>
        {members.length === 0 ? (
          <p className="codebook-hint">{t('groups.edit.noCodes')}</p>
        ) : (
          <ul className="groups-dialog-codes" data-testid="group-codes">
            {members.map((code) => (
              <li key={code.id} data-testid="group-code" data-path={code.path.join('/')}>
                <ColorSwatch color={code.color} />
                <span className="groups-dialog-code">{formatCodePath(code.path)}</span>
                <button
                  type="button"
                  disabled={description.readOnly}
                  aria-label={t('groups.edit.removeLabel', { code: code.name })}
                  data-testid="group-code-remove"
                  onClick={() => void removeCodeFromGroup(group, code)}
                >
                  {t('groups.edit.remove')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="documents-dialog-buttons">
          <span className="autosave-hint">{t('autosave.hint')}</span>
          <button type="button" className="primary" onClick={onClose} data-testid="group-close">
            {t('groups.edit.close')}
          </button>
        </div>
      </div>
    </Modal>
  );
}
