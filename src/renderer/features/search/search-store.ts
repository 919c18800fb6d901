/** The search view: the query, the hits the core found, and "code all hits with …". */
import { create } from 'zustand';
import type { SearchResult } from '@shared/api/types';
import { callApi } from '../../api/client';
import { notifyProjectChanged } from '../../api/changes';
import { reportError } from '../../stores/notice-store';
import { useCodebookStore } from '../../stores/codebook-store';
import { summariseCodeAll, type CodeAllSummary } from './search-results';

export const SEARCH_LIMIT = 500;

interface SearchState {
  query: string;
  result: SearchResult | null;
  searching: boolean;
  error: string | null;
  /** Progress of "code all hits", while it runs. */
  coding: { done: number; total: number } | null;
  /** The outcome of the last "code all hits", with the code's path for the message. */
  summary: (CodeAllSummary & { codePath: string }) | null;
  setQuery(query: string): void;
  search(): Promise<void>;
  codeAllHits(codeId: string): Promise<void>;
  dismissSummary(): void;
}

let searchSerial = 0;

export const useSearchStore = create<SearchState>((set, get) => ({
  query: '',
  result: null,
  searching: false,
  error: null,
  coding: null,
  summary: null,
  setQuery(query) {
    set({ query });
  },
  async search() {
    const query = get().query.trim();
    if (!query) {
      set({ result: null, error: null });
      return;
    }
    const serial = ++searchSerial;
    set({ searching: true });
    try {
      const result = await callApi('search.text', { query, limit: SEARCH_LIMIT });
      if (serial === searchSerial) set({ result, searching: false, error: null });
    } catch (err) {
      if (serial === searchSerial) {
        set({ searching: false, error: err instanceof Error ? err.message : String(err) });
      }
    }
  },
  async codeAllHits(codeId) {
    const hits = get().result?.hits ?? [];
    const code = useCodebookStore.getState().codes.find((c) => c.id === codeId);
    if (hits.length === 0 || !code || get().coding) return;
    set({ coding: { done: 0, total: hits.length }, summary: null });
    try {
      const result = await callApi('codings.applyMany', {
        codeId,
        ranges: hits.map((hit) => ({
          documentId: hit.documentId,
          startUtf16: hit.startUtf16,
          endUtf16: hit.endUtf16,
        })),
      });
      set({ coding: { done: hits.length, total: hits.length } });
      const summary = summariseCodeAll(hits, result);
      set({ summary: { ...summary, codePath: code.path.join(' / ') } });
      useCodebookStore.getState().markUsed(codeId);
    } catch (err) {
      reportError(err);
    } finally {
      set({ coding: null });
      notifyProjectChanged('codings');
    }
  },
  dismissSummary() {
    set({ summary: null });
  },
}));
