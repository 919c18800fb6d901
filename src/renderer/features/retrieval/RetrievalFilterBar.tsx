import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../i18n/i18n';
import { useCodebookStore } from '../../stores/codebook-store';
import { useDocumentsStore } from '../../stores/documents-store';
import { useSelectedCode } from '../codebook/selected-code-store';
import { activeFilterCount, attributeValueChoices } from './retrieval-filter';
import { useRetrievalStore } from './retrieval-store';

/** The code and the filters that narrow its quotes. */
export function RetrievalFilterBar() {
  const t = useT();
  const codes = useCodebookStore((s) => s.codes);
  const documents = useDocumentsStore((s) => s.documents);
  const selectedCodeId = useSelectedCode((s) => s.selectedCodeId);
  const { filters, speakers, cases, attributes, attributeValues, setFilters, clearFilters } =
    useRetrievalStore(
      useShallow((s) => ({
        filters: s.filters,
        speakers: s.speakers,
        cases: s.cases,
        attributes: s.attributes,
        attributeValues: s.attributeValues,
        setFilters: s.setFilters,
        clearFilters: s.clearFilters,
      })),
    );
  const attribute = attributes.find((a) => a.name === filters.attributeName);
  const values = attributeValueChoices(attribute, attributeValues);

  return (
    <form
      className="retrieval-filters"
      aria-label={t('retrieval.filters')}
      onSubmit={(e) => e.preventDefault()}
    >
      <label className="retrieval-field retrieval-code">
        <span>{t('retrieval.code')}</span>
        <select
          data-testid="retrieval-code"
          value={selectedCodeId ?? ''}
          onChange={(e) => useSelectedCode.getState().selectCode(e.target.value || null)}
        >
          <option value="">{t('retrieval.code.all')}</option>
          {codes.map((code) => (
            <option key={code.id} value={code.id}>
              {'\u2003'.repeat(code.depth)}
              {code.name} ({code.totalCodingCount})
            </option>
          ))}
        </select>
      </label>
      <label className="retrieval-check">
        <input
          type="checkbox"
          data-testid="retrieval-children"
          checked={filters.includeChildCodes}
          disabled={!selectedCodeId}
          onChange={(e) => setFilters({ includeChildCodes: e.target.checked })}
        />
        {t('retrieval.children')}
      </label>
      <label className="retrieval-field">
        <span>{t('retrieval.speaker')}</span>
        <select
          data-testid="retrieval-speaker"
          value={filters.speakerId}
          onChange={(e) => setFilters({ speakerId: e.target.value })}
        >
          <option value="">{t('retrieval.any')}</option>
          {speakers.map((speaker) => (
            <option key={speaker.id} value={speaker.id}>
              {speaker.name ? `${speaker.label} – ${speaker.name}` : speaker.label}
            </option>
          ))}
        </select>
      </label>
      <label className="retrieval-field">
        <span>{t('retrieval.document')}</span>
        <select
          data-testid="retrieval-document"
          value={filters.documentId}
          onChange={(e) => setFilters({ documentId: e.target.value })}
        >
          <option value="">{t('retrieval.any')}</option>
          {documents.map((document) => (
            <option key={document.id} value={document.id}>
              {document.name}
            </option>
          ))}
        </select>
      </label>
      {cases.length > 0 && (
        <label className="retrieval-field">
          <span>{t('retrieval.case')}</span>
          <select
            data-testid="retrieval-case"
            value={filters.caseId}
            onChange={(e) => setFilters({ caseId: e.target.value })}
          >
            <option value="">{t('retrieval.any')}</option>
            {cases.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {attributes.length > 0 && (
        <>
          <label className="retrieval-field">
            <span>{t('retrieval.attribute')}</span>
            <select
              data-testid="retrieval-attribute"
              value={filters.attributeName}
              onChange={(e) => setFilters({ attributeName: e.target.value, attributeValue: '' })}
            >
              <option value="">{t('retrieval.any')}</option>
              {attributes.map((a) => (
                <option key={a.id} value={a.name}>
                  {a.name}
                </option>
              ))}
            </select>
          </label>
          {filters.attributeName && (
            <label className="retrieval-field">
              <span>{t('retrieval.value')}</span>
              <select
                data-testid="retrieval-attribute-value"
                value={filters.attributeValue}
                onChange={(e) => setFilters({ attributeValue: e.target.value })}
              >
                <option value="">{t('retrieval.any')}</option>
                {values.map((value) => (
                  <option key={value} value={value}>
                    {value}
                  </option>
                ))}
              </select>
            </label>
          )}
        </>
      )}
      <label className="retrieval-field">
        <span>{t('retrieval.text')}</span>
        <input
          type="search"
          data-testid="retrieval-text"
          value={filters.text}
          onChange={(e) => setFilters({ text: e.target.value })}
        />
      </label>
      <button
        type="button"
        data-testid="retrieval-clear"
        disabled={activeFilterCount(filters) === 0}
        onClick={clearFilters}
      >
        {t('retrieval.clear')}
      </button>
    </form>
  );
}
