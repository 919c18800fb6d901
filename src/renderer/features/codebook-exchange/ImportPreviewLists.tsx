import type { CodebookImportPreview } from '@shared/api/codebook-import-types';
import { useLanguageStore, useT } from '../../i18n/i18n';
import { ColorSwatch } from '../../ui/ColorSwatch';
import { pluralKey } from '../documents/plural';
import { fieldList, readablePath } from './import-wording';
import './messages';

/** "… and 12 more" under a list the preview cut at its limit. */
function More({ shown, total }: { shown: number; total: number }) {
  const t = useT();
  if (total <= shown) return null;
  return <li className="cbx-muted">{t('codebookExchange.more', { count: total - shown })}</li>;
}

/** The codes the import creates, with the colour each will have. */
export function CreatedList({ preview }: { preview: CodebookImportPreview }) {
  const t = useT();
  if (preview.counts.created === 0) return null;
  return (
    <section className="cbx-section" data-testid="cbx-created">
      <h3>{t('codebookExchange.created.heading', { count: preview.counts.created })}</h3>
      <ul className="cbx-list">
        {preview.created.map((code) => (
          <li key={code.path.join('/')} data-testid="cbx-created-code">
            <ColorSwatch color={code.color} />
            <span>{readablePath(code.path)}</span>
          </li>
        ))}
        <More shown={preview.created.length} total={preview.counts.created} />
      </ul>
    </section>
  );
}

/** Matched codes without a conflict: folded, since most of them simply stay as they are. */
export function MatchedList({ preview }: { preview: CodebookImportPreview }) {
  const t = useT();
  const language = useLanguageStore((s) => s.language);
  const total = preview.counts.matched - preview.counts.conflicts;
  if (total === 0) return null;
  return (
    <details className="cbx-section" data-testid="cbx-matched">
      <summary>{t('codebookExchange.matched.heading', { count: total })}</summary>
      <ul className="cbx-list">
        {preview.matched.map((code) => (
          <li key={code.codeId}>
            <span>{readablePath(code.path)}</span>
            {readablePath(code.filePath) !== readablePath(code.path) && (
              <span className="cbx-muted">
                {t('codebookExchange.matched.moved', { path: readablePath(code.filePath) })}
              </span>
            )}
            {code.fills.length > 0 && (
              <span className="cbx-muted">
                {t('codebookExchange.matched.fills', { fields: fieldList(language, code.fills) })}
              </span>
            )}
          </li>
        ))}
        <More shown={preview.matched.length} total={total} />
      </ul>
    </details>
  );
}

/** The file's code groups (REFI-QDA Sets) the import adds. */
export function GroupsList({ preview }: { preview: CodebookImportPreview }) {
  const t = useT();
  if (preview.groups.length === 0) return null;
  return (
    <section className="cbx-section" data-testid="cbx-groups">
      <h3>{t('codebookExchange.groups.heading', { count: preview.groups.length })}</h3>
      <ul className="cbx-list">
        {preview.groups.map((group, index) => (
          <li key={index}>
            <span>{group.name}</span>
            <span className="cbx-muted">
              {t(pluralKey('codebookExchange.groups.codes', group.codes), { count: group.codes })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** What the reading of the file noticed (in the core's words, as every import report has). */
export function WarningsList({ preview }: { preview: CodebookImportPreview }) {
  const t = useT();
  if (preview.warnings.length === 0) return null;
  return (
    <section className="cbx-section" data-testid="cbx-warnings">
      <h3>{t('codebookExchange.warnings.heading')}</h3>
      <ul className="cbx-list cbx-warnings">
        {preview.warnings.map((warning, index) => (
          <li key={index}>{warning}</li>
        ))}
      </ul>
    </section>
  );
}
