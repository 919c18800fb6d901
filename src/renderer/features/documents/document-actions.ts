/** Changes to documents from the documents panel; each tells the other views to reload. */
import { callApi } from '../../api/client';
import { notifyProjectChanged } from '../../api/changes';
import { reportError, reportInfo } from '../../stores/notice-store';
import { useDocumentsStore } from '../../stores/documents-store';

/** Shows the new name at once; the reload after the call restores the old one if refused. */
export async function renameDocument(id: string, name: string): Promise<void> {
  useDocumentsStore.setState((s) => ({
    documents: s.documents.map((d) => (d.id === id ? { ...d, name } : d)),
  }));
  try {
    await callApi('documents.rename', { id, name });
  } catch (err) {
    reportError(err);
  }
  notifyProjectChanged('documents');
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
