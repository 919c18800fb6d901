import { useState } from 'react';
import { useT } from '../../i18n/i18n';
import { useCodebookStore } from '../../stores/codebook-store';
import { Modal } from '../../ui/Modal';
import { SEARCH_LIMIT, useSearchStore } from './search-store';

/** "Code all hits with …": pick a code, confirm, and every shown hit is coded with it. */
export function CodeAllHits() {
  const t = useT();
  const codes = useCodebookStore((s) => s.codes);
  const result = useSearchStore((s) => s.result);
  const coding = useSearchStore((s) => s.coding);
  const [codeId, setCodeId] = useState('');
  const [confirming, setConfirming] = useState(false);
  const count = result?.hits.length ?? 0;
  const code = codes.find((c) => c.id === codeId);
  if (!result || count === 0) return null;

  return (
    <div className="search-code-all">
      <label className="search-code-all-field">
        <span>{t('search.codeAll')}</span>
        <select
          data-testid="search-code-all-code"
          value={code ? codeId : ''}
          disabled={coding !== null}
          onChange={(e) => setCodeId(e.target.value)}
        >
          <option value="">{t('search.codeAll.pick')}</option>
          {codes.map((c) => (
            <option key={c.id} value={c.id}>
              {'\u2003'.repeat(c.depth)}
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        data-testid="search-code-all"
        disabled={!code || coding !== null}
        onClick={() => setConfirming(true)}
      >
        {t(count === 1 ? 'search.codeAll.run.one' : 'search.codeAll.run.other', { count })}
      </button>
      {coding && (
        <span className="search-code-all-progress" role="status">
          {t('search.codeAll.progress', coding)}
        </span>
      )}
      {confirming && code && (
        <Modal title={t('search.codeAll.confirmTitle')} onClose={() => setConfirming(false)}>
          <p className="search-dialog-text">
            {t('search.codeAll.confirm', {
              hits: t(count === 1 ? 'search.hits.one' : 'search.hits.other', { count }),
              query: result.query,
              code: code.path.join(' / '),
            })}
          </p>
          {result.truncated && (
            <p className="search-dialog-text">
              {t('search.codeAll.confirmTruncated', { limit: SEARCH_LIMIT })}
            </p>
          )}
          <div className="search-dialog-buttons">
            <button type="button" onClick={() => setConfirming(false)}>
              {t('search.codeAll.cancel')}
            </button>
            <button
              type="button"
              className="primary"
              data-testid="search-code-all-confirm"
              autoFocus
              onClick={() => {
                setConfirming(false);
                void useSearchStore.getState().codeAllHits(code.id);
              }}
            >
              {t('search.codeAll.ok')}
            </button>
          </div>
        </Modal>
      )}
    </div>
  );
}
