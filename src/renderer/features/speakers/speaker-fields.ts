/** Editing a speaker's fields in the table: what changed, and who lacks a name for the legend. */
import type { Speaker } from '@shared/domain/entities';

export type SpeakerTextField = 'label' | 'name' | 'title' | 'organisation';

/**
 * The update for one edited cell, or null when nothing changed. Empty text clears an optional
 * field; the label cannot be empty, so an emptied label is no change (the cell reverts).
 */
export function speakerFieldUpdate(
  speaker: Speaker,
  field: SpeakerTextField,
  draft: string,
): Partial<Pick<Speaker, SpeakerTextField>> | null {
  const value = draft.trim();
  if (field === 'label') return value && value !== speaker.label ? { label: value } : null;
  const next = value || null;
  if (next === speaker[field]) return null;
  const update: Partial<Pick<Speaker, SpeakerTextField>> = {};
  update[field] = next;
  return update;
}

/**
 * An interviewee without a full name appears in the matrix legend by label alone: fine when
 * the label is already a name ("Sarah Okafor" from a VTT voice), not for initials ("JKM").
 * Interviewers are left out of matrices by default, so they are not flagged.
 */
export function lacksLegendName(speaker: Speaker): boolean {
  return !speaker.isInterviewer && !speaker.name?.trim() && !/\s/.test(speaker.label.trim());
}
