import { useId, useState } from 'react';
import type { Attribute, Case } from '@shared/domain/entities';
import type { CaseAttributeValue, DocumentSummary, SpeakerSummary } from '@shared/api/types';
import { useT } from '../../i18n/i18n';
import { EditableCell } from './EditableCell';
import { useSpeakersStore } from './speakers-store';
import { useCaseDrafts } from './case-drafts-store';
import { buildCaseGrid, membersOfCase, newColumnName, stillPending } from './case-grid';
import './messages';

interface PendingColumn {
  name: string;
  valueType: 'text' | 'number';
}

/** Cases as rows, their documents and speakers, and one column per case attribute. */
export function CasesSection({
  cases,
  attributes,
  values,
  documents,
  speakers,
}: {
  cases: Case[];
  attributes: Attribute[];
  values: CaseAttributeValue[];
  documents: DocumentSummary[];
  speakers: SpeakerSummary[];
}) {
  const t = useT();
  const { createCase, saveAttribute } = useSpeakersStore();
  // Half-typed names of a new case or column outlive a view change (they are created by
  // their button, not saved as typed: each would otherwise become a case or attribute).
  const { caseName, columnName, setDraft } = useCaseDrafts();
  const setCaseName = (value: string) => setDraft('caseName', value);
  const setColumnName = (value: string) => setDraft('columnName', value);
  const [pending, setPending] = useState<PendingColumn[]>([]);
  const [columnType, setColumnType] = useState<'text' | 'number'>('text');
  const ids = { caseName: useId(), column: useId(), columnType: useId() };

  const pendingNames = stillPending(
    pending.map((p) => p.name),
    attributes,
  );
  const grid = buildCaseGrid(cases, attributes, values, pendingNames);
  const typeOf = (name: string) =>
    attributes.find((a) => a.name === name)?.valueType ??
    pending.find((p) => p.name === name)?.valueType ??
    'text';
  const candidate = newColumnName(columnName, grid.columns);

  return (
    <section className="speakers-section" aria-labelledby="cases-heading">
      <h2 id="cases-heading" className="speakers-heading">
        {t('cases.heading')}
      </h2>
      <p className="speakers-intro">{t('cases.intro')}</p>
      <form
        className="speakers-inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          const name = caseName.trim();
          if (!name) return;
          void createCase(name).then((created) => created && setCaseName(''));
        }}
      >
        <label htmlFor={ids.caseName}>{t('cases.new.label')}</label>
        <input
          id={ids.caseName}
          value={caseName}
          data-testid="case-name-input"
          onChange={(e) => setCaseName(e.target.value)}
          placeholder={t('cases.new.placeholder')}
        />
        <button type="submit" disabled={!caseName.trim()} data-testid="case-create">
          {t('cases.new.button')}
        </button>
      </form>
      {cases.length === 0 ? (
        <p className="speakers-empty">{t('cases.empty')}</p>
      ) : (
        <>
          <div className="speakers-scroll">
            <table className="speakers-table" data-testid="cases-table">
              <thead>
                <tr>
                  <th scope="col">{t('cases.col.case')}</th>
                  <th scope="col">{t('cases.col.documents')}</th>
                  <th scope="col">{t('cases.col.speakers')}</th>
                  {grid.columns.map((column) => (
                    <th
                      scope="col"
                      key={column.name}
                      className={column.id ? undefined : 'speakers-pending'}
                    >
                      {column.name}
                      {typeOf(column.name) === 'number' && (
                        <span className="speakers-type"> (#)</span>
                      )}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {grid.rows.map((row) => {
                  const members = membersOfCase(row.theCase.id, documents, speakers);
                  return (
                    <tr key={row.theCase.id} data-testid="case-row" data-name={row.theCase.name}>
                      <th scope="row">{row.theCase.name}</th>
                      <td className="speakers-docs">{members.documents.join(', ') || '—'}</td>
                      <td className="speakers-docs">{members.speakers.join(', ') || '—'}</td>
                      {grid.columns.map((column, index) => (
                        <td key={column.name}>
                          <EditableCell
                            fieldKey={`case-attribute:${row.theCase.id}:${column.name}`}
                            value={row.values[index] ?? ''}
                            label={t('cases.edit.value', {
                              attribute: column.name,
                              name: row.theCase.name,
                            })}
                            testId="case-attribute"
                            inputMode={typeOf(column.name) === 'number' ? 'decimal' : undefined}
                            save={(draft, session) =>
                              saveAttribute(
                                row.theCase.id,
                                column.name,
                                draft,
                                typeOf(column.name),
                                session,
                              )
                            }
                          />
                        </td>
                      ))}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <form
            className="speakers-inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              if (!candidate) return;
              setPending([...pending, { name: candidate, valueType: columnType }]);
              setColumnName('');
            }}
          >
            <label htmlFor={ids.column}>{t('cases.attribute.label')}</label>
            <input
              id={ids.column}
              value={columnName}
              data-testid="attribute-name-input"
              placeholder={t('cases.attribute.placeholder')}
              onChange={(e) => setColumnName(e.target.value)}
            />
            <label htmlFor={ids.columnType} className="visually-hidden">
              {t('cases.attribute.type')}
            </label>
            <select
              id={ids.columnType}
              value={columnType}
              onChange={(e) => setColumnType(e.target.value as 'text' | 'number')}
            >
              <option value="text">{t('cases.attribute.text')}</option>
              <option value="number">{t('cases.attribute.number')}</option>
            </select>
            <button type="submit" disabled={!candidate} data-testid="attribute-add">
              {t('cases.attribute.button')}
            </button>
          </form>
          {pendingNames.length > 0 && (
            <p className="speakers-intro">{t('cases.attribute.pending')}</p>
          )}
        </>
      )}
    </section>
  );
}
