/** The project's documents and which one the transcript view shows. */
import { create } from 'zustand';
import type { DocumentSummary } from '@shared/api/types';
import { callApi } from '../api/client';
import { onProjectChanged } from '../api/changes';
import { reportError } from './notice-store';
import { useUiStore } from './ui-store';

interface DocumentsState {
  documents: DocumentSummary[];
  activeDocumentId: string | null;
  load(): Promise<void>;
  openDocument(id: string): void;
}

export const useDocumentsStore = create<DocumentsState>((set, get) => ({
  documents: [],
  activeDocumentId: null,
  async load() {
    try {
      const documents = await callApi('documents.list', {});
      const active = get().activeDocumentId;
      set({
        documents,
        activeDocumentId: documents.some((d) => d.id === active)
          ? active
          : (documents[0]?.id ?? null),
      });
    } catch (err) {
      reportError(err);
    }
  },
  openDocument(id) {
    set({ activeDocumentId: id });
    useUiStore.getState().setView('transcript');
  },
}));

// A revealed passage may live in another document.
useUiStore.subscribe((state, previous) => {
  if (state.reveal && state.reveal !== previous.reveal)
    useDocumentsStore.setState({ activeDocumentId: state.reveal.documentId });
});

onProjectChanged((scopes) => {
  if (scopes.has('documents') || scopes.has('codings') || scopes.has('cases'))
    void useDocumentsStore.getState().load();
});
