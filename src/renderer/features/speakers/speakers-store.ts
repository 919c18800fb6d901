/**
 * Speakers, cases, attributes and the cases' attribute values, for the speakers & cases view.
 * Edits show at once and are sent to the core; the reload after each corrects any refusal.
 */
import { create } from 'zustand';
import type { Attribute, Case, Speaker } from '@shared/domain/entities';
import type { CaseAttributeValue, SpeakerSummary } from '@shared/api/types';
import { callApi } from '../../api/client';
import { notifyProjectChanged, onProjectChanged } from '../../api/changes';
import { reportError } from '../../stores/notice-store';

type SpeakerPatch = Partial<Omit<Speaker, 'id'>>;

async function attempt(call: () => Promise<unknown>): Promise<boolean> {
  try {
    await call();
    return true;
  } catch (err) {
    reportError(err);
    return false;
  }
}

interface SpeakersState {
  speakers: SpeakerSummary[];
  cases: Case[];
  attributes: Attribute[];
  values: CaseAttributeValue[];
  loaded: boolean;
  load(): Promise<void>;
  /** Each edit resolves false when the core refused it (the error is reported). */
  updateSpeaker(id: string, patch: SpeakerPatch): Promise<boolean>;
  /** A typed field of a speaker: rejects when refused, so the field keeps the text. */
  saveSpeaker(id: string, patch: SpeakerPatch, editSession: string): Promise<void>;
  createCase(name: string): Promise<Case | null>;
  /** A typed attribute value of a case: rejects when refused, so the field keeps the text. */
  saveAttribute(
    caseId: string,
    attribute: string,
    value: string,
    valueType: 'text' | 'number',
    editSession: string,
  ): Promise<void>;
  setDocumentCase(documentId: string, caseId: string | null): Promise<void>;
}

export const useSpeakersStore = create<SpeakersState>((set, get) => ({
  speakers: [],
  cases: [],
  attributes: [],
  values: [],
  loaded: false,
  async load() {
    try {
      const [speakers, cases, attributes, values] = await Promise.all([
        callApi('speakers.list', {}),
        callApi('cases.list', {}),
        callApi('attributes.list', {}),
        callApi('cases.attributeValues', {}),
      ]);
      set({ speakers, cases, attributes, values, loaded: true });
    } catch (err) {
      reportError(err);
    }
  },
  async updateSpeaker(id, patch) {
    set((s) => ({ speakers: s.speakers.map((sp) => (sp.id === id ? { ...sp, ...patch } : sp)) }));
    const ok = await attempt(() => callApi('speakers.update', { id, ...patch }));
    notifyProjectChanged('speakers');
    return ok;
  },
  async saveSpeaker(id, patch, editSession) {
    // Not shown before it is stored: the field shows the text, and a refused label must not
    // relabel the row meanwhile.
    try {
      await callApi('speakers.update', { id, ...patch, editSession });
      set((s) => ({
        speakers: s.speakers.map((sp) => (sp.id === id ? { ...sp, ...patch } : sp)),
      }));
    } finally {
      // Documents list their speakers' labels.
      notifyProjectChanged('speakers', ...(patch.label ? (['documents'] as const) : []));
    }
  },
  async createCase(name) {
    try {
      const created = await callApi('cases.create', { name });
      notifyProjectChanged('cases');
      return created;
    } catch (err) {
      reportError(err);
      return null;
    }
  },
  async saveAttribute(caseId, attribute, value, valueType, editSession) {
    const known = get().attributes.find(
      (a) => a.name.toLocaleLowerCase() === attribute.toLocaleLowerCase(),
    );
    if (known) {
      const others = get().values.filter(
        (v) => !(v.caseId === caseId && v.attributeId === known.id),
      );
      const trimmed = value.trim();
      set({
        values: trimmed ? [...others, { caseId, attributeId: known.id, value: trimmed }] : others,
      });
    }
    try {
      await callApi('cases.setAttribute', {
        caseId,
        attribute,
        value: value.trim() || null,
        valueType,
        editSession,
      });
    } finally {
      notifyProjectChanged('cases');
    }
  },
  async setDocumentCase(documentId, caseId) {
    await attempt(() => callApi('documents.setCase', { id: documentId, caseId }));
    notifyProjectChanged('documents', 'cases');
  },
}));

onProjectChanged((scopes) => {
  const state = useSpeakersStore.getState();
  if (!state.loaded) return;
  if (scopes.has('speakers') || scopes.has('cases') || scopes.has('documents')) void state.load();
});
