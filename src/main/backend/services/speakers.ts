/** Speakers: labels found in transcripts, described by the researcher for legends and citations. */
import type { Speaker } from '@shared/domain/entities';
import { dataError, usageError } from '../errors';
import type { Project } from '../project/project';
import { toSpeaker, type SpeakerRow } from './rows';
import type { SpeakerSummary } from '@shared/api/types';

export function listSpeakers(project: Project): SpeakerSummary[] {
  const turns = new Map<string, { n: number; docs: string[] }>();
  for (const row of project.read<{ speaker_id: string; name: string; n: number }>(
    `SELECT t.speaker_id, d.name, count(*) AS n FROM speaker_turns t JOIN documents d ON d.id = t.document_id
     GROUP BY t.speaker_id, d.id ORDER BY d.position`,
  )) {
    const entry = turns.get(row.speaker_id) ?? { n: 0, docs: [] };
    entry.n += row.n;
    entry.docs.push(row.name);
    turns.set(row.speaker_id, entry);
  }
  return project
    .read<SpeakerRow>(`SELECT * FROM speakers ORDER BY is_interviewer, label`)
    .map((row) => ({
      ...toSpeaker(row),
      turnCount: turns.get(row.id)?.n ?? 0,
      documentNames: turns.get(row.id)?.docs ?? [],
    }));
}

export function findSpeaker(project: Project, label: string): Speaker {
  const row = project.readOne<SpeakerRow>(`SELECT * FROM speakers WHERE label = ?`, label.trim());
  if (row) return toSpeaker(row);
  const labels = project
    .read<{ label: string }>(`SELECT label FROM speakers ORDER BY label`)
    .map((r) => r.label);
  throw dataError(
    'speaker.not-found',
    `no speaker "${label}"${labels.length ? ` (speakers: ${labels.join(', ')})` : ' (import a transcript first)'}`,
  );
}

export interface SpeakerUpdate {
  label?: string;
  name?: string | null;
  title?: string | null;
  organisation?: string | null;
  isInterviewer?: boolean;
  caseId?: string | null;
}

const blankToNull = (value: string | null): string | null =>
  value && value.trim() ? value.trim() : null;

export function updateSpeaker(project: Project, id: string, update: SpeakerUpdate): Speaker {
  const current = project.readOne<SpeakerRow>(`SELECT * FROM speakers WHERE id = ?`, id);
  if (!current) throw dataError('speaker.not-found', `no speaker with id ${id}`);
  const patch: Record<string, string | number | null> = {};
  if (update.label !== undefined) {
    const label = update.label.trim();
    if (!label) throw usageError('speaker.empty-label', 'a speaker label cannot be empty');
    const clash = project.readOne<{ id: string }>(
      `SELECT id FROM speakers WHERE label = ? AND id <> ?`,
      label,
      id,
    );
    if (clash)
      throw dataError('speaker.label-taken', `another speaker is already labelled "${label}"`);
    patch.label = label;
  }
  if (update.name !== undefined) patch.name = blankToNull(update.name);
  if (update.title !== undefined) patch.title = blankToNull(update.title);
  if (update.organisation !== undefined) patch.organisation = blankToNull(update.organisation);
  if (update.isInterviewer !== undefined) patch.is_interviewer = update.isInterviewer ? 1 : 0;
  if (update.caseId !== undefined) {
    if (
      update.caseId !== null &&
      !project.readOne(`SELECT 1 FROM cases WHERE id = ?`, update.caseId)
    ) {
      throw dataError('case.not-found', `no case with id ${update.caseId}`);
    }
    patch.case_id = update.caseId;
  }
  project.act(`Describe speaker "${current.label}"`, (changes) => {
    changes.update('speakers', { id }, patch);
  });
  return toSpeaker(project.readOne<SpeakerRow>(`SELECT * FROM speakers WHERE id = ?`, id)!);
}
