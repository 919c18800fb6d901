import type { DocumentSummary } from '@shared/api/types';
import type { Case } from '@shared/domain/entities';
import { useT } from '../../i18n/i18n';
import { CaseSelect } from './CaseSelect';
import { useSpeakersStore } from './speakers-store';
import './messages';

/** Which case each document belongs to (matrix columns can group by case). */
export function DocumentCasesTable({
  documents,
  cases,
}: {
  documents: DocumentSummary[];
  cases: Case[];
}) {
  const t = useT();
  const setDocumentCase = useSpeakersStore((s) => s.setDocumentCase);
  if (documents.length === 0) return null;
  return (
    <section className="speakers-section" aria-labelledby="document-cases-heading">
      <h2 id="document-cases-heading" className="speakers-heading">
        {t('cases.documents.heading')}
      </h2>
      <div className="speakers-scroll">
        <table className="speakers-table" data-testid="document-cases-table">
          <thead>
            <tr>
              <th scope="col">{t('cases.documents.col.document')}</th>
              <th scope="col">{t('cases.documents.col.speakers')}</th>
              <th scope="col">{t('cases.documents.col.case')}</th>
            </tr>
          </thead>
          <tbody>
            {documents.map((doc) => (
              <tr key={doc.id} data-testid="document-case-row" data-name={doc.name}>
                <th scope="row">{doc.name}</th>
                <td className="speakers-docs">{doc.speakerLabels.join(', ')}</td>
                <td>
                  <CaseSelect
                    cases={cases}
                    value={doc.caseId}
                    label={t('cases.documents.edit', { name: doc.name })}
                    testId="document-case"
                    onChange={(caseId) => void setDocumentCase(doc.id, caseId)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
