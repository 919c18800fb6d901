import { useLanguageStore, useT } from '../../i18n/i18n';
import { useImportStore } from './import-store';
import { isFinished, progressFraction, tally, type ImportFileResult } from './import-progress';
import { pluralKey } from './plural';
import './messages';

function ResultLine({ result }: { result: ImportFileResult }) {
  const t = useT();
  const language = useLanguageStore((s) => s.language);
  const symbol = { imported: '✓', duplicate: '=', failed: '✗' }[result.status];
  return (
    <li className={`documents-import-result documents-import-${result.status}`}>
      <span aria-hidden="true" className="documents-import-symbol">
        {symbol}
      </span>
      <span>
        <strong>{result.fileName}</strong>{' '}
        {result.status === 'imported'
          ? t('documents.import.imported', {
              words: new Intl.NumberFormat(language).format(result.words ?? 0),
              speakers: result.speakers.join(', ') || '—',
            })
          : t(`documents.import.${result.status}`)}
        {result.message && <span className="documents-import-message">{result.message}</span>}
        {result.warnings.map((warning) => (
          <span key={warning} className="documents-import-message">
            {warning}
          </span>
        ))}
        {result.cleaned.length > 0 && (
          <span className="documents-import-message" data-testid="import-cleaned">
            {t('documents.import.cleaned', {
              changes: result.cleaned
                .map(({ kind, count }) =>
                  t(pluralKey(`documents.import.cleaned.${kind}`, count), { count }),
                )
                .join(', '),
            })}
          </span>
        )}
      </span>
    </li>
  );
}

/** "Importing 2 of 5: JW.txt" with a bar while running; each file's result afterwards. */
export function ImportProgress() {
  const t = useT();
  const { run, dismiss } = useImportStore();
  if (!run) return null;
  const finished = isFinished(run);
  const counts = tally(run);
  return (
    <section
      className="documents-import"
      aria-label={t('documents.import.heading')}
      data-testid="import-progress"
    >
      <p className="documents-import-status" role="status">
        {finished
          ? [
              t(pluralKey('documents.import.summary.imported', counts.imported), {
                count: counts.imported,
              }),
              counts.duplicate > 0 &&
                t(pluralKey('documents.import.summary.duplicate', counts.duplicate), {
                  count: counts.duplicate,
                }),
              counts.failed > 0 &&
                t(pluralKey('documents.import.summary.failed', counts.failed), {
                  count: counts.failed,
                }),
            ]
              .filter(Boolean)
              .join(' · ')
          : t('documents.import.running', {
              n: Math.min(run.done + 1, run.total),
              m: run.total,
              file: run.current ?? '',
            })}
      </p>
      <progress
        className="documents-import-bar"
        max={run.total}
        value={run.done}
        aria-label={t('documents.import.heading')}
        aria-valuetext={`${Math.round(progressFraction(run) * 100)} %`}
      />
      {run.results.length > 0 && (
        <ul className="documents-import-results">
          {run.results.map((result, index) => (
            <ResultLine key={`${index}-${result.fileName}`} result={result} />
          ))}
        </ul>
      )}
      {finished && (
        <button
          type="button"
          className="link-button"
          onClick={dismiss}
          data-testid="import-dismiss"
        >
          {t('documents.import.dismiss')}
        </button>
      )}
    </section>
  );
}
