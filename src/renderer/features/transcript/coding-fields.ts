/**
 * Saving what the coding popover edits: a coding's memo, and the printed form of its quote
 * with the note kept beside it. Each save shows in the transcript at once and makes the
 * other views reload; a refusal rejects, so the field keeps the text and says why.
 */
import type { DocumentCoding } from '@shared/api/types';
import { callApi } from '../../api/client';
import { notifyProjectChanged } from '../../api/changes';
import { useTranscriptStore } from '../../stores/transcript-store';

/** The printed quote and its note as the popover edits them (both plain text). */
export interface CurationDraft {
  print: string;
  note: string;
}

export const sameCuration = (a: CurationDraft, b: CurationDraft): boolean =>
  a.print === b.print && a.note === b.note;

export function storedCuration(
  coding: Pick<DocumentCoding, 'displayText' | 'note'>,
  original: string,
): CurationDraft {
  return { print: coding.displayText ?? original, note: coding.note ?? '' };
}

/**
 * What `codings.curate` is sent for a draft. An empty printed quote means the original;
 * the original without a note means no curation at all. A note is kept with a printed
 * text, so a note on an unchanged quote stores the original as its printed text.
 */
export function curationToSave(
  draft: CurationDraft,
  original: string,
): { displayText: string | null; note: string | null } {
  const note = draft.note.trim() ? draft.note.trim() : null;
  const print = draft.print.trim() ? draft.print.trim() : original.trim();
  if (print === original.trim() && note === null) return { displayText: null, note: null };
  return { displayText: print, note };
}

export async function saveCodingMemo(id: string, memo: string, editSession: string) {
  await callApi('codings.setMemo', { id, memo: memo.trim() ? memo : null, editSession });
  useTranscriptStore.getState().patchCoding(id, { memo: memo.trim() || null });
  notifyProjectChanged('codings');
}

export async function saveCuration(
  id: string,
  draft: CurationDraft,
  original: string,
  editSession: string,
) {
  const curation = curationToSave(draft, original);
  await callApi('codings.curate', { id, ...curation, editSession });
  useTranscriptStore.getState().patchCoding(id, curation);
  notifyProjectChanged('codings');
}
