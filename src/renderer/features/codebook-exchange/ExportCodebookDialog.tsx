import { isDesktop } from '../../api/desktop-bridge';
import { useT } from '../../i18n/i18n';
import { Modal } from '../../ui/Modal';
import { EXPORT_CHOICES, useCodebookExportStore, type ExportChoice } from './export-store';
import './messages';
import './codebook-exchange.css';

/** One format to choose, with what it is for (the coding guide's formats need no hint). */
function FormatOption({ choice }: { choice: ExportChoice }) {
  const t = useT();
  const selected = useCodebookExportStore((s) => s.choice);
  const { setChoice } = useCodebookExportStore.getState();
  const hint = choice.group === 'codebook' ? t(`codebookExchange.format.${choice.id}.hint`) : null;
  return (
    <label className="cbx-format">
      <input
        type="radio"
        name="cbx-export-format"
        value={choice.id}
        checked={selected === choice.id}
        data-testid={`cbx-export-${choice.id}`}
        onChange={() => setChoice(choice.id)}
      />
      <span>
        <span className="cbx-format-name">{t(`codebookExchange.format.${choice.id}`)}</span>
        {hint && <span className="cbx-muted cbx-format-hint">{hint}</span>}
      </span>
    </label>
  );
}

/** Export the codebook (or its coding guide) in one of the formats other tools and theses use. */
export function ExportCodebookDialog() {
  const t = useT();
  const { open, busy, done } = useCodebookExportStore();
  const { save, close } = useCodebookExportStore.getState();
  if (!open) return null;
  const group = (name: ExportChoice['group']) =>
    EXPORT_CHOICES.filter((choice) => choice.group === name).map((choice) => (
      <FormatOption key={choice.id} choice={choice} />
    ));
  return (
    <Modal title={t('codebookExchange.export.title')} onClose={close}>
      <form
        className="cbx-dialog cbx-export"
        data-testid="cbx-export-dialog"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <div className="cbx-body">
          <fieldset className="cbx-formats">
            <legend>{t('codebookExchange.export.codebook')}</legend>
            {group('codebook')}
          </fieldset>
          <fieldset className="cbx-formats">
            <legend>{t('codebookExchange.export.guide')}</legend>
            <p className="cbx-muted">{t('codebookExchange.export.guide.hint')}</p>
            <div className="cbx-guide-formats">{group('guide')}</div>
          </fieldset>
          {done && (
            <div className="cbx-section" role="status" data-testid="cbx-export-notes">
              <p>{t('codebookExchange.export.warnings', { file: done.fileName })}</p>
              <ul className="cbx-list cbx-warnings">
                {done.warnings.map((warning, index) => (
                  <li key={index}>{warning}</li>
                ))}
              </ul>
            </div>
          )}
        </div>
        <div className="cbx-buttons">
          <button type="button" onClick={close} disabled={busy}>
            {done ? t('codebookExchange.close') : t('codebookExchange.export.cancel')}
          </button>
          <button type="submit" className="primary" data-testid="cbx-export-submit" disabled={busy}>
            {busy
              ? t('codebookExchange.export.saving')
              : isDesktop()
                ? t('codebookExchange.export.save')
                : t('codebookExchange.export.download')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
