import { useId, useState } from 'react';
import type { CodeListEntry } from '@shared/api/types';
import { useT } from '../../i18n/i18n';
import { useCodebookStore } from '../../stores/codebook-store';
import { useReadOnly } from '../../stores/project-store';
import { CodeTree, type CodeDialogKind } from './CodeTree';
import { useCodebookView } from './codebook-view-store';
import { visibleRows } from './code-tree';
import { CodeColorDialog } from './CodeColorDialog';
import { DescribeCodeDialog } from './DescribeCodeDialog';
import { MoveCodeDialog } from './MoveCodeDialog';
import { MergeCodeDialog } from './MergeCodeDialog';
import { DeleteCodeDialog } from './DeleteCodeDialog';
import { CodeGroupsSection, GroupFilterNote } from '../code-groups/CodeGroupsSection';
import { useShownCodes } from '../code-groups/use-groups';
import { CodebookExchangeMenu } from '../codebook-exchange/CodebookExchangeMenu';
import './messages';
import '../documents/documents.css';
import './codebook.css';

/** The codebook (right pane): a filterable tree to select, create, arrange and describe codes. */
export function CodebookPanel() {
  const t = useT();
  const codes = useCodebookStore((s) => s.codes);
  const { filter, setFilter, startCreate, creating } = useCodebookView();
  const [dialog, setDialog] = useState<{ kind: CodeDialogKind; codeId: string } | null>(null);
  const filterId = useId();
  const readOnly = useReadOnly();
  const code = dialog && codes.find((c) => c.id === dialog.codeId);
  const close = () => setDialog(null);
  const shownCodes = useShownCodes(codes);
  const matches = filter.trim()
    ? visibleRows(shownCodes, new Set(), filter).filter((r) => r.match).length
    : null;

  return (
    <section
      className="codebook-panel"
      data-feature="codebook"
      aria-labelledby="codebook-heading"
      data-testid="codebook-panel"
    >
      <div className="codebook-header">
        <h2 id="codebook-heading" className="panel-heading">
          {t('codebook.heading')} <span className="codebook-total">{codes.length}</span>
        </h2>
        <button
          type="button"
          onClick={() => startCreate({ parentId: null })}
          disabled={readOnly}
          data-testid="code-create"
          title={t('codebook.create.title')}
        >
          {t('codebook.create.button')}
        </button>
        <CodebookExchangeMenu />
      </div>
      <CodeGroupsSection />
      {codes.length > 0 && (
        <div className="codebook-filter">
          <label htmlFor={filterId} className="visually-hidden">
            {t('codebook.filter.label')}
          </label>
          <input
            id={filterId}
            type="search"
            placeholder={t('codebook.filter.placeholder')}
            value={filter}
            data-testid="code-filter"
            onChange={(e) => setFilter(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape' && filter) {
                e.preventDefault();
                setFilter('');
              }
            }}
          />
          {matches !== null && (
            <span className="codebook-matches" role="status">
              {t('codebook.filter.matches', { count: matches })}
            </span>
          )}
        </div>
      )}
      <GroupFilterNote />
      {codes.length === 0 && !creating ? (
        <p className="codebook-empty">{t('codebook.empty')}</p>
      ) : (
        <CodeTree
          codes={codes}
          onDialog={(kind, c: CodeListEntry) => setDialog({ kind, codeId: c.id })}
        />
      )}
      {codes.length > 0 && <p className="codebook-hint">{t('codebook.drag.hint')}</p>}
      {code && dialog.kind === 'color' && <CodeColorDialog code={code} onClose={close} />}
      {code && dialog.kind === 'describe' && <DescribeCodeDialog code={code} onClose={close} />}
      {code && dialog.kind === 'move' && (
        <MoveCodeDialog code={code} codes={codes} onClose={close} />
      )}
      {code && dialog.kind === 'merge' && (
        <MergeCodeDialog code={code} codes={codes} onClose={close} />
      )}
      {code && dialog.kind === 'delete' && <DeleteCodeDialog code={code} onClose={close} />}
    </section>
  );
}
