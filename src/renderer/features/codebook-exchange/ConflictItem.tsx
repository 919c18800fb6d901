import type { CodebookConflict, ConflictChoice } from '@shared/api/codebook-import-types';
import { useLanguageStore, useT } from '../../i18n/i18n';
import { ColorSwatch } from '../../ui/ColorSwatch';
import { fieldLabel, fieldList, readablePath } from './import-wording';
import './messages';

/** One value as the preview shows it: a colour as its swatch and code, text as written. */
function Value({ field, value }: { field: string; value: string }) {
  if (field !== 'color') return <span className="cbx-text">{value}</span>;
  return (
    <span className="cbx-color">
      <ColorSwatch color={value} />
      <code>{value}</code>
    </span>
  );
}

/** A code in the project and in the file with different values: both sides and the choice. */
export function ConflictItem({
  conflict,
  choice,
  onChoose,
}: {
  conflict: CodebookConflict;
  choice: ConflictChoice;
  onChoose: (choice: ConflictChoice) => void;
}) {
  const t = useT();
  const language = useLanguageStore((s) => s.language);
  const path = readablePath(conflict.path);
  const moved = readablePath(conflict.filePath) !== path;
  const name = `cbx-choice-${conflict.codeId}`;
  return (
    <li className="cbx-conflict" data-testid="cbx-conflict" data-path={conflict.path.join('/')}>
      <div className="cbx-conflict-head">
        <strong>{path}</strong>
        {moved && (
          <span className="cbx-muted">
            {t('codebookExchange.conflict.inFile', { path: readablePath(conflict.filePath) })}
          </span>
        )}
      </div>
      <table className="cbx-sides">
        <thead>
          <tr>
            <th scope="col">{t('codebookExchange.conflict.field')}</th>
            <th scope="col">{t('codebookExchange.conflict.mine')}</th>
            <th scope="col">{t('codebookExchange.conflict.theirs')}</th>
          </tr>
        </thead>
        <tbody>
          {conflict.differences.map((difference) => (
            <tr key={difference.field}>
              <th scope="row">{fieldLabel(language, difference.field)}</th>
              <td className={choice === 'mine' ? 'cbx-kept' : 'cbx-dropped'}>
                <Value field={difference.field} value={difference.mine} />
              </td>
              <td className={choice === 'theirs' ? 'cbx-kept' : 'cbx-dropped'}>
                <Value field={difference.field} value={difference.theirs} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {conflict.fills.length > 0 && (
        <p className="cbx-muted">
          {t('codebookExchange.conflict.fills', { fields: fieldList(language, conflict.fills) })}
        </p>
      )}
      <div
        className="cbx-choice"
        role="radiogroup"
        aria-label={t('codebookExchange.conflict.choice', { path })}
      >
        {(['mine', 'theirs'] as const).map((option) => (
          <label key={option}>
            <input
              type="radio"
              name={name}
              value={option}
              checked={choice === option}
              data-testid={`cbx-choice-${option}`}
              onChange={() => onChoose(option)}
            />
            {t(
              option === 'mine'
                ? 'codebookExchange.conflict.keepMine'
                : 'codebookExchange.conflict.takeTheirs',
            )}
          </label>
        ))}
      </div>
    </li>
  );
}
