/**
 * The "coded quotes" view: the filters, the choices they offer (speakers, cases,
 * attributes) and the quotes the core retrieved. The code comes from the codebook panel's
 * selection, so selecting a code there and here is one and the same.
 */
import { create } from 'zustand';
import type { CodedSegment, CaseAttributeValue } from '@shared/api/types';
import type { Attribute, Case, Speaker } from '@shared/domain/entities';
import { callApi } from '../../api/client';
import { reportError } from '../../stores/notice-store';
import { useDocumentsStore } from '../../stores/documents-store';
import { useSelectedCode } from '../codebook/selected-code-store';
import { debounce } from '../matrix/debounce';
import {
  EMPTY_FILTERS,
  toRetrieveInput,
  withoutStaleChoices,
  type RetrievalFilters,
} from './retrieval-filter';

const TYPING_DELAY_MS = 250;

interface RetrievalState {
  filters: RetrievalFilters;
  segments: CodedSegment[];
  /** The quotes shown belong to the current filters (false while a request is out). */
  loading: boolean;
  error: string | null;
  speakers: Speaker[];
  cases: Case[];
  attributes: Attribute[];
  attributeValues: CaseAttributeValue[];
  setFilters(patch: Partial<RetrievalFilters>): void;
  clearFilters(): void;
  load(): Promise<void>;
  loadChoices(): Promise<void>;
}

let loadSerial = 0;

export const useRetrievalStore = create<RetrievalState>((set, get) => {
  const debouncedLoad = debounce(() => void get().load(), TYPING_DELAY_MS);
  return {
    filters: EMPTY_FILTERS,
    segments: [],
    loading: false,
    error: null,
    speakers: [],
    cases: [],
    attributes: [],
    attributeValues: [],
    setFilters(patch) {
      set({ filters: { ...get().filters, ...patch } });
      // Typing waits for a pause; a choice from a list loads at once.
      if ('text' in patch) debouncedLoad();
      else void get().load();
    },
    clearFilters() {
      set({ filters: { ...EMPTY_FILTERS, includeChildCodes: get().filters.includeChildCodes } });
      void get().load();
    },
    async load() {
      debouncedLoad.cancel();
      const input = toRetrieveInput(useSelectedCode.getState().selectedCodeId, get().filters);
      const serial = ++loadSerial;
      set({ loading: true });
      try {
        const segments = await callApi('codings.retrieve', input);
        if (serial === loadSerial) set({ segments, loading: false, error: null });
      } catch (err) {
        if (serial === loadSerial) {
          set({ loading: false, error: err instanceof Error ? err.message : String(err) });
        }
      }
    },
    async loadChoices() {
      try {
        const [speakers, cases, attributes, attributeValues] = await Promise.all([
          callApi('speakers.list', {}),
          callApi('cases.list', {}),
          callApi('attributes.list', {}),
          callApi('cases.attributeValues', {}),
        ]);
        const before = get().filters;
        const documents = useDocumentsStore.getState().documents;
        const filters = withoutStaleChoices(before, {
          speakerIds: new Set(speakers.map((s) => s.id)),
          // Before the documents list has loaded, keep the document filter as it is.
          documentIds: new Set(
            documents.length > 0 ? documents.map((d) => d.id) : [before.documentId],
          ),
          caseIds: new Set(cases.map((c) => c.id)),
          attributeNames: new Set(attributes.map((a) => a.name)),
        });
        const changed = JSON.stringify(filters) !== JSON.stringify(before);
        set({ speakers, cases, attributes, attributeValues, filters });
        if (changed) void get().load();
      } catch (err) {
        reportError(err);
      }
    },
  };
});
