/**
 * Edit mode: the user corrects the transcript; saving previews the outcome first and asks
 * before codings whose text was deleted are removed, then saves everything as one undo step.
 */
import { useState } from 'react';
import type { LexicalEditor } from 'lexical';
import { normaliseText } from '@shared/text/normalise';
import { notifyProjectChanged } from '../../api/changes';
import { translate, useLanguageStore } from '../../i18n/i18n';
import { reportError, reportInfo } from '../../stores/notice-store';
import { useTranscriptStore } from '../../stores/transcript-store';
import { $setPlainText, readPlainText } from './TranscriptEditor';
import { editDocumentText, type RemovedCoding } from './edit-text-api';

const say = (key: string, params?: Record<string, string | number>) =>
  translate(useLanguageStore.getState().language, key, params);

export function useEditText(editor: LexicalEditor | null) {
  const [confirm, setConfirm] = useState<{ text: string; removed: RemovedCoding[] } | null>(null);
  const [saving, setSaving] = useState(false);

  // No focus() here: Lexical would put the caret at the end and scroll there; the user
  // clicks where the correction goes. A draft kept from an earlier visit comes back.
  const start = () => {
    const store = useTranscriptStore.getState();
    store.setEditing(true);
    const draft = store.documentId ? store.drafts[store.documentId] : undefined;
    if (draft !== undefined && editor)
      editor.update(() => $setPlainText(draft), { tag: 'historic' });
  };

  const commit = async (text: string) => {
    const store = useTranscriptStore.getState();
    const id = store.documentId;
    if (!id) return;
    setConfirm(null);
    setSaving(true);
    try {
      const result = await editDocumentText(id, text, false);
      store.setEditing(false);
      store.keepDraft(id, null);
      await store.load(id);
      notifyProjectChanged('documents', 'codings', 'speakers');
      reportInfo(
        say('transcript.edit.saved', { remapped: result.remapped, removed: result.removed.length }),
      );
      if (result.curationsToReview.length > 0)
        reportInfo(say('transcript.edit.review', { count: result.curationsToReview.length }));
    } catch (err) {
      reportError(err);
    } finally {
      setSaving(false);
    }
  };

  const save = async () => {
    const store = useTranscriptStore.getState();
    if (!editor || !store.documentId) return;
    const text = readPlainText(editor);
    if (normaliseText(text) === store.text) {
      reportInfo(say('transcript.edit.unchanged'));
      store.keepDraft(store.documentId, null);
      store.discardEdits();
      return;
    }
    setSaving(true);
    try {
      const preview = await editDocumentText(store.documentId, text, true);
      setSaving(false);
      if (preview.removed.length > 0) setConfirm({ text, removed: preview.removed });
      else await commit(text);
    } catch (err) {
      setSaving(false);
      reportError(err);
    }
  };

  return {
    start,
    save: () => void save(),
    discard: () => useTranscriptStore.getState().discardEdits(),
    saving,
    confirm,
    confirmSave: () => confirm && void commit(confirm.text),
    cancelConfirm: () => setConfirm(null),
  };
}

/**
 * Before another document opens: unsaved edits of the one being edited are kept as a draft
 * (and the user told so), never dropped.
 */
export function keepUnsavedEdits(editor: LexicalEditor | null): void {
  const store = useTranscriptStore.getState();
  if (!store.editing || !editor || !store.documentId || !store.document) return;
  const text = readPlainText(editor);
  if (normaliseText(text) === store.text) return;
  store.keepDraft(store.documentId, text);
  reportInfo(say('transcript.edit.draft', { name: store.document.name }));
}
