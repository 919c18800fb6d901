import { useId, useState } from 'react';
import type { CodeListEntry } from '@shared/api/types';
import { Modal } from '../../ui/Modal';
import { useT } from '../../i18n/i18n';
import { reportInfo } from '../../stores/notice-store';
import { pluralKey } from '../documents/plural';
import { codesOutside } from './code-tree';
import { mergeCodes } from './codebook-actions';
import { CodeSelect } from './CodeSelect';
import './messages';

/** Merging one code into another, saying beforehand exactly what will happen. */
export function MergeCodeDialog({
  code,
  codes,
  onClose,
}: {
  code: CodeListEntry;
  codes: readonly CodeListEntry[];
  onClose: () => void;
}) {
  const t = useT();
  const selectId = useId();
  const targets = codesOutside(codes, code.id);
  const [targetId, setTargetId] = useState(targets[0]?.id ?? '');
  const [busy, setBusy] = useState(false);
  const target = targets.find((c) => c.id === targetId);
  const children = codes.filter((c) => c.parentId === code.id).length;
  const described = [code.definition, code.whenToUse, code.whenNotToUse, code.example].some(
    (text) => text !== null,
  );

  return (
    <Modal title={t('codebook.merge.title', { name: code.name })} onClose={onClose}>
      <form
        className="documents-dialog"
        onSubmit={(e) => {
          e.preventDefault();
          if (!target) return;
          setBusy(true);
          void mergeCodes(code.id, target.id).then((result) => {
            setBusy(false);
            if (!result) return;
            onClose();
            const parts = [
              t('codebook.merge.done', { source: code.name, target: target.name }),
              result.moved > 0 &&
                t(pluralKey('codebook.merge.moved', result.moved), { count: result.moved }),
              result.duplicatesFolded > 0 &&
                t(pluralKey('codebook.merge.folded', result.duplicatesFolded), {
                  count: result.duplicatesFolded,
                }),
            ];
            reportInfo(parts.filter(Boolean).join(' '));
          });
        }}
      >
        {targets.length === 0 ? (
          <p>{t('codebook.merge.none')}</p>
        ) : (
          <>
            <label htmlFor={selectId} className="documents-dialog-label">
              {t('codebook.merge.into')}
            </label>
            <CodeSelect
              id={selectId}
              codes={targets}
              value={targetId}
              onChange={setTargetId}
              testId="code-merge-target"
            />
          </>
        )}
        {target && (
          <ul className="codebook-consequences" data-testid="code-merge-summary">
            <li>
              {t(pluralKey('codebook.merge.codings', code.codingCount, true), {
                count: code.codingCount,
                target: target.name,
              })}
            </li>
            {children > 0 && (
              <li>
                {t(pluralKey('codebook.merge.children', children), {
                  count: children,
                  target: target.name,
                })}
              </li>
            )}
            {described && <li>{t('codebook.merge.description', { target: target.name })}</li>}
            <li>{t('codebook.merge.removed', { name: code.name })}</li>
          </ul>
        )}
        <div className="documents-dialog-buttons">
          <button type="button" onClick={onClose}>
            {t('codebook.cancel')}
          </button>
          <button
            type="submit"
            className="danger"
            disabled={!target || busy}
            data-testid="code-merge-confirm"
          >
            {t('codebook.merge.confirm')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
