/** The open project's overview data, loaded through the API contract. */
import { create } from 'zustand';
import type { CodeListEntry, DocumentSummary, ProjectInfo } from '@shared/api/types';
import type { QuoteMatrix } from '@shared/matrix/model';
import { callApi } from '../api/client';

interface ProjectState {
  info: ProjectInfo | null;
  documents: DocumentSummary[];
  codes: CodeListEntry[];
  matrix: QuoteMatrix | null;
  error: string | null;
  loadOverview(): Promise<void>;
}

export const useProjectStore = create<ProjectState>((set) => ({
  info: null,
  documents: [],
  codes: [],
  matrix: null,
  error: null,
  async loadOverview() {
    try {
      const [info, documents, codes, matrix] = await Promise.all([
        callApi('project.info', {}),
        callApi('documents.list', {}),
        callApi('codes.list', {}),
        callApi('matrix.build', {
          columns: { kind: 'speakers' },
          mode: 'counts',
          citation: 'short',
        }),
      ]);
      set({ info, documents, codes, matrix, error: null });
    } catch (err) {
      set({ error: err instanceof Error ? err.message : String(err) });
    }
  },
}));
