import type { CodebookImportPreview } from '@shared/api/codebook-import-types';
import { useLanguageStore, useT } from '../../i18n/i18n';
import { Modal } from '../../ui/Modal';
import { pluralKey } from '../documents/plural';
import { ConflictItem } from './ConflictItem';
import { CreatedList, GroupsList, MatchedList, WarningsList } from './ImportPreviewLists';
import { importErrorText } from './import-wording';
import { useCodebookImportStore } from './import-store';
import './messages';
import './codebook-exchange.css';

function Counts({ preview }: { preview: CodebookImportPreview }) {
  const t = useT();
  const { created, matched, conflicts } = preview.counts;
  return (
    <p className="cbx-counts" data-testid="cbx-counts">
      <span>{t(pluralKey('codebookExchange.count.created', created), { count: created })}</span>
      <span>{t(pluralKey('codebookExchange.count.matched', matched), { count: matched })}</span>
      <span className={conflicts > 0 ? 'cbx-count-conflicts' : undefined}>
        {t(pluralKey('codebookExchange.count.conflicts', conflicts, true), { count: conflicts })}
      </span>
    </p>
  );
}

function Conflicts({ preview }: { preview: CodebookImportPreview }) {
  const t = useT();
  const choices = useCodebookImportStore((s) => s.choices);
  const { choose, chooseAll } = useCodebookImportStore.getState();
  if (preview.counts.conflicts === 0) return null;
  const hidden = preview.counts.conflicts - preview.conflicts.length;
  return (
    <section className="cbx-section" data-testid="cbx-conflicts">
      <div className="cbx-section-head">
        <h3>{t('codebookExchange.conflicts.heading', { count: preview.counts.conflicts })}</h3>
        <div className="cbx-all">
          <button type="button" data-testid="cbx-all-mine" onClick={() => chooseAll('mine')}>
            {t('codebookExchange.conflicts.allMine')}
          </button>
          <button type="button" data-testid="cbx-all-theirs" onClick={() => chooseAll('theirs')}>
            {t('codebookExchange.conflicts.allTheirs')}
          </button>
        </div>
      </div>
      <p className="cbx-muted">{t('codebookExchange.conflicts.intro')}</p>
      <ul className="cbx-conflicts">
        {preview.conflicts.map((conflict) => (
          <ConflictItem
            key={conflict.codeId}
            conflict={conflict}
            choice={choices[conflict.codeId] ?? 'mine'}
            onChoose={(choice) => choose(conflict.codeId, choice)}
          />
        ))}
      </ul>
      {hidden > 0 && <p className="cbx-muted">{t('codebookExchange.more', { count: hidden })}</p>}
    </section>
  );
}

/** The preview of a codebook import: what it creates, matches and where it conflicts. */
export function ImportCodebookDialog() {
  const t = useT();
  const language = useLanguageStore((s) => s.language);
  const { phase, file, preview, error, refreshed } = useCodebookImportStore();
  const { apply, close } = useCodebookImportStore.getState();
  if (phase === 'closed' || !file) return null;
  const fileName = file.fileName;
  const nothing =
    preview !== null &&
    preview.counts.created === 0 &&
    preview.counts.matched === preview.counts.unchanged;

  return (
    <Modal title={t('codebookExchange.import.title', { file: fileName })} onClose={close}>
      <div className="cbx-dialog" data-testid="cbx-import-dialog" aria-busy={phase === 'reading'}>
        <div className="cbx-body">
          {phase === 'reading' && <p>{t('codebookExchange.import.reading', { file: fileName })}</p>}
          {phase === 'failed' && (
            <p className="cbx-problem" role="alert" data-testid="cbx-import-error">
              {importErrorText(error, fileName, language)}
            </p>
          )}
          {preview && phase !== 'failed' && phase !== 'reading' && (
            <>
              {refreshed && (
                <p className="cbx-problem" role="alert" data-testid="cbx-refreshed">
                  {t('codebookExchange.import.refreshed')}
                </p>
              )}
              <p className="cbx-muted">{t('codebookExchange.import.intro')}</p>
              <Counts preview={preview} />
              {nothing && <p>{t('codebookExchange.nothing')}</p>}
              <Conflicts preview={preview} />
              <CreatedList preview={preview} />
              <GroupsList preview={preview} />
              <MatchedList preview={preview} />
              <WarningsList preview={preview} />
            </>
          )}
        </div>
        <div className="cbx-buttons">
          {preview && phase !== 'failed' && (
            <span className="cbx-muted cbx-undo-hint">{t('codebookExchange.import.undoHint')}</span>
          )}
          <button type="button" onClick={close} disabled={phase === 'importing'}>
            {phase === 'failed' ? t('codebookExchange.close') : t('codebookExchange.import.cancel')}
          </button>
          {phase !== 'failed' && (
            <button
              type="button"
              className="primary"
              data-testid="cbx-import-submit"
              disabled={phase !== 'preview'}
              onClick={() => void apply()}
            >
              {phase === 'importing'
                ? t('codebookExchange.import.importing')
                : t('codebookExchange.import.submit')}
            </button>
          )}
        </div>
      </div>
    </Modal>
  );
}
