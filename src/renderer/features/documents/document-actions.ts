/** Changes to documents from the documents panel; each tells the other views to reload. */
import { callApi } from '../../api/client';
import { notifyProjectChanged } from '../../api/changes';
import { reportError, reportInfo } from '../../stores/notice-store';
import { useDocumentsStore } from '../../stores/documents-store';

/**
 * A rename from the documents panel's rename box: shown once stored; a refusal (the name
 * is taken) rejects, so the box keeps the text and says why.
 */
export async function saveDocumentName(id: string, name: string, editSession: string) {
  try {
    await callApi('documents.rename', { id, name, editSession });
    useDocumentsStore.setState((s) => ({
      documents: s.documents.map((d) => (d.id === id ? { ...d, name } : d)),
    }));
  } finally {
    notifyProjectChanged('documents');
  }
}

export async function deleteDocument(id: string, confirmation: string): Promise<boolean> {
  try {
    await callApi('documents.delete', { id });
    notifyProjectChanged('documents', 'codings', 'speakers');
    reportInfo(confirmation);
    return true;
  } catch (err) {
    reportError(err);
    return false;
  }
}
