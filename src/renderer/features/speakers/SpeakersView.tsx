import { useEffect } from 'react';
import { useT } from '../../i18n/i18n';
import { useDocumentsStore } from '../../stores/documents-store';
import { useSpeakersStore } from './speakers-store';
import { SpeakersTable } from './SpeakersTable';
import { CasesSection } from './CasesSection';
import { DocumentCasesTable } from './DocumentCasesTable';
import './messages';
import './speakers.css';

/** Speakers & cases: who said what (names for the legend), and how interviews group into cases. */
export function SpeakersView() {
  const t = useT();
  const { speakers, cases, attributes, values, loaded, load } = useSpeakersStore();
  const documents = useDocumentsStore((s) => s.documents);
  useEffect(() => {
    void load();
  }, [load]);

  if (!loaded) return <p className="speakers-loading">{t('speakers.loading')}</p>;
  return (
    <section className="speakers-view" data-feature="speakers" data-testid="speakers-view">
      <SpeakersTable speakers={speakers} cases={cases} />
      <CasesSection
        cases={cases}
        attributes={attributes}
        values={values}
        documents={documents}
        speakers={speakers}
      />
      <DocumentCasesTable documents={documents} cases={cases} />
    </section>
  );
}
