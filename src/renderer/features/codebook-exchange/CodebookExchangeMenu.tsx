import { useEffect, useRef, useState } from 'react';
import { isDesktop, onDesktopCommand, openCodebookFile } from '../../api/desktop-bridge';
import { translate, useLanguageStore, useT } from '../../i18n/i18n';
import { useReadOnly } from '../../stores/project-store';
import { RowMenu } from '../documents/RowMenu';
import { CODEBOOK_FILE_ACCEPT } from './codebook-files';
import { ExportCodebookDialog } from './ExportCodebookDialog';
import { ImportCodebookDialog } from './ImportCodebookDialog';
import { useCodebookExportStore } from './export-store';
import { useCodebookImportStore } from './import-store';
import './messages';

/**
 * Picks a codebook file and opens its preview: the system's dialog in the desktop app (so
 * the File menu can open it too), else the page's file input.
 */
function chooseFile(input: HTMLInputElement | null): void {
  if (!isDesktop()) return void input?.click();
  const title = translate(useLanguageStore.getState().language, 'codebookExchange.choose.title');
  openCodebookFile(title).then(
    (file) => file && void useCodebookImportStore.getState().open(file),
    (err: unknown) => {
      const name = (err as { details?: { name?: unknown } }).details?.name;
      useCodebookImportStore.getState().fail(typeof name === 'string' ? name : '', err);
    },
  );
}

/**
 * The codebook panel's header menu (Import codebook…, Export codebook…) and the dialogs it
 * opens; the desktop File menu sends the same two commands here.
 */
export function CodebookExchangeMenu() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const readOnly = useReadOnly();
  const startImport = () => chooseFile(input.current);
  const startExport = () => useCodebookExportStore.getState().show();

  useEffect(() => {
    const offImport = onDesktopCommand('importCodebook', () => {
      if (!readOnly) chooseFile(null);
    });
    const offExport = onDesktopCommand('exportCodebook', startExport);
    return () => {
      offImport();
      offExport();
    };
  }, [readOnly]);

  return (
    <>
      <RowMenu
        label={t('codebookExchange.menu')}
        testId="codebook-menu"
        open={open}
        onOpenChange={setOpen}
        actions={[
          {
            id: 'import',
            label: t('codebookExchange.menu.import'),
            onSelect: startImport,
            disabled: readOnly,
          },
          { id: 'export', label: t('codebookExchange.menu.export'), onSelect: startExport },
        ]}
      />
      <input
        ref={input}
        type="file"
        accept={CODEBOOK_FILE_ACCEPT}
        hidden
        data-testid="codebook-import-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (!file) return;
          void file
            .arrayBuffer()
            .then((buffer) =>
              useCodebookImportStore
                .getState()
                .open({ fileName: file.name, bytes: new Uint8Array(buffer) }),
            );
        }}
      />
      <ImportCodebookDialog />
      <ExportCodebookDialog />
    </>
  );
}
