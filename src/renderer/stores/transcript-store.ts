/**
 * The open transcript: its text, turns and codings, what is selected, which coders'
 * codings show, and the actions on codings made from the transcript view. The editor
 * never re-renders on coding changes: the highlight painter subscribes to this store.
 */
import { create } from 'zustand';
import type { DocumentInfo, SpeakerTurn } from '@shared/domain/entities';
import type { DocumentCoding } from '@shared/api/types';
import { callApi } from '../api/client';
import { notifyProjectChanged, onProjectChanged } from '../api/changes';
import { reportError } from './notice-store';
import { useCodebookStore } from './codebook-store';

export interface TextRange {
  start: number;
  end: number;
}

interface TranscriptState {
  documentId: string | null;
  document: DocumentInfo | null;
  text: string;
  /** Increments whenever `text` is replaced, so the editor knows to reload its content. */
  textVersion: number;
  turns: SpeakerTurn[];
  codings: DocumentCoding[];
  loading: boolean;
  /** Why the document could not be loaded (e.g. it is damaged); shown in place of its text. */
  loadError: unknown;
  /** Coder names whose codings are hidden (shown as a count, never silently). */
  hiddenCoders: string[];
  /** The last non-empty text selection, kept while focus is in the picker or the codebook. */
  selection: TextRange | null;
  /** Passages painted with the "active" highlight (hovered stripe, revealed passage). */
  active: TextRange[];
  editing: boolean;
  /** Unsaved edited texts of documents left while editing, by document id. */
  drafts: Record<string, string>;

  load(documentId: string | null): Promise<void>;
  reloadCodings(): Promise<void>;
  setSelection(selection: TextRange | null): void;
  setActive(active: TextRange[]): void;
  toggleCoder(coder: string): void;
  applyCode(codeId: string, range?: TextRange | null): Promise<boolean>;
  removeCoding(id: string): Promise<void>;
  /** Shows a saved change to one coding at once (the reload that follows confirms it). */
  patchCoding(
    id: string,
    patch: Partial<Pick<DocumentCoding, 'memo' | 'displayText' | 'note'>>,
  ): void;
  setEditing(editing: boolean): void;
  /** Leaves edit mode and puts the stored text back into the editor. */
  discardEdits(): void;
  keepDraft(documentId: string, text: string | null): void;
}

let loadSerial = 0;
let pendingId = 0;

/** Set when a code is applied; the painter measures apply → painted against it. */
export const APPLY_MARK = 'citat:apply-start';
let applyMarked = false;
export function takeApplyMark(): boolean {
  const marked = applyMarked;
  applyMarked = false;
  return marked;
}

export const useTranscriptStore = create<TranscriptState>((set, get) => ({
  documentId: null,
  document: null,
  text: '',
  textVersion: 0,
  turns: [],
  codings: [],
  loading: false,
  loadError: null,
  hiddenCoders: [],
  selection: null,
  active: [],
  editing: false,
  drafts: {},

  async load(documentId) {
    const serial = ++loadSerial;
    if (documentId !== get().documentId) {
      set({
        documentId,
        selection: null,
        active: [],
        editing: false,
        loading: documentId !== null,
        loadError: null,
      });
    }
    if (documentId === null) {
      set({
        document: null,
        text: '',
        turns: [],
        codings: [],
        textVersion: get().textVersion + 1,
        loading: false,
        loadError: null,
      });
      return;
    }
    try {
      performance.mark('citat:transcript-load-start');
      const [doc, codings] = await Promise.all([
        callApi('documents.get', { id: documentId }),
        callApi('codings.ofDocument', { documentId }),
      ]);
      if (serial !== loadSerial) return;
      const textChanged = doc.text !== get().text || get().document?.id !== doc.document.id;
      set({
        document: doc.document,
        turns: doc.turns,
        codings,
        loading: false,
        loadError: null,
        ...(textChanged
          ? { text: doc.text, textVersion: get().textVersion + 1, selection: null }
          : {}),
      });
    } catch (err) {
      if (serial === loadSerial) set({ loading: false, loadError: err });
    }
  },

  async reloadCodings() {
    const documentId = get().documentId;
    if (!documentId) return;
    try {
      const codings = await callApi('codings.ofDocument', { documentId });
      if (get().documentId === documentId) set({ codings });
    } catch (err) {
      reportError(err);
    }
  },

  setSelection(selection) {
    const current = get().selection;
    if (current?.start === selection?.start && current?.end === selection?.end) return;
    set({ selection });
  },

  setActive(active) {
    set({ active });
  },

  toggleCoder(coder) {
    const hidden = get().hiddenCoders;
    set({
      hiddenCoders: hidden.includes(coder) ? hidden.filter((c) => c !== coder) : [...hidden, coder],
    });
  },

  async applyCode(codeId, range = get().selection) {
    const { documentId, codings } = get();
    if (!documentId || !range || range.end <= range.start) return false;
    const code = useCodebookStore.getState().codes.find((c) => c.id === codeId);
    performance.mark(APPLY_MARK);
    applyMarked = true;
    // Optimistic: paint the coding at once; the reload after the call replaces it.
    const optimistic: DocumentCoding = {
      id: `pending-${++pendingId}`,
      documentId,
      codeId,
      startUtf16: range.start,
      endUtf16: range.end,
      memo: null,
      coderId: '',
      createdAt: '',
      updatedAt: '',
      codePath: code?.path ?? [],
      color: code?.color ?? '#999999',
      coder: '',
      displayText: null,
      note: null,
    };
    set({ codings: [...codings, optimistic] });
    try {
      await callApi('codings.apply', {
        documentId,
        codeId,
        startUtf16: range.start,
        endUtf16: range.end,
      });
      useCodebookStore.getState().markUsed(codeId);
      notifyProjectChanged('codings');
      return true;
    } catch (err) {
      set({ codings: get().codings.filter((c) => c.id !== optimistic.id) });
      reportError(err);
      return false;
    }
  },

  async removeCoding(id) {
    const before = get().codings;
    set({ codings: before.filter((c) => c.id !== id) });
    try {
      await callApi('codings.remove', { id });
      notifyProjectChanged('codings');
    } catch (err) {
      set({ codings: before });
      reportError(err);
    }
  },

  patchCoding(id, patch) {
    set({ codings: get().codings.map((c) => (c.id === id ? { ...c, ...patch } : c)) });
  },

  setEditing(editing) {
    set({ editing, selection: null, active: [] });
  },

  discardEdits() {
    const documentId = get().documentId;
    if (documentId) get().keepDraft(documentId, null);
    set({ editing: false, textVersion: get().textVersion + 1 });
  },

  keepDraft(documentId, text) {
    const { [documentId]: _old, ...others } = get().drafts;
    set({ drafts: text === null ? others : { ...others, [documentId]: text } });
  },
}));

onProjectChanged((scopes) => {
  const state = useTranscriptStore.getState();
  if (!state.documentId || state.editing) return;
  if (scopes.has('documents')) void state.load(state.documentId);
  else if (scopes.has('codings') || scopes.has('codebook')) void state.reloadCodings();
});

/** Codings visible under the coder filter. */
export function visibleCodings(
  state: Pick<TranscriptState, 'codings' | 'hiddenCoders'>,
): DocumentCoding[] {
  if (state.hiddenCoders.length === 0) return state.codings;
  const hidden = new Set(state.hiddenCoders);
  return state.codings.filter((c) => !hidden.has(c.coder));
}
