/**
 * Stores the planned documents the way transcript import does (same normalisation,
 * same content hash, same speaker-turn detection), except that a text already in the
 * project is not refused but reused: its codings from the file go to that document.
 */
import type { SourceFormat } from '@shared/domain/entities';
import { countWords } from '@shared/text/normalise';
import { detectTurns, isInterviewerLabel } from '@shared/transcript/turns';
import type { ChangeRecorder } from '../../project/change-recorder';
import type { Project } from '../../project/project';
import { contentHash } from '../../services/document-import';
import type { QdpxImportReport } from './import-report';
import { uniqueName } from './import-values';

function speakerId(
  project: Project,
  changes: ChangeRecorder,
  label: string,
  report: QdpxImportReport,
): string {
  const existing = project.readOne<{ id: string }>(
    `SELECT id FROM speakers WHERE label = ?`,
    label,
  );
  if (existing) return existing.id;
  const id = project.newId();
  changes.insert('speakers', { id, label, is_interviewer: isInterviewerLabel(label) ? 1 : 0 });
  report.created.speakers++;
  return id;
}

function storeTurns(
  project: Project,
  changes: ChangeRecorder,
  documentId: string,
  text: string,
  report: QdpxImportReport,
): void {
  for (const turn of detectTurns(text)) {
    changes.insert('speaker_turns', {
      id: project.newId(),
      document_id: documentId,
      speaker_id: speakerId(project, changes, turn.label, report),
      start_utf16: turn.startUtf16,
      end_utf16: turn.endUtf16,
      timestamp_ms: turn.timestampMs,
    });
  }
}

/** What storing a document needs: a .qdpx source's plan, or a Taguette document's. */
export interface DocumentToStore {
  source: { guid: string | null };
  name: string;
  /** The file name the document came from, when it differs from its name. */
  originalFilename?: string;
  format: SourceFormat;
  /** Normalised exactly as transcript import does (normaliseText). */
  text: string;
}

/** Stores or matches each document; returns the project document id for each plan. */
export function storeDocuments<T extends DocumentToStore>(
  project: Project,
  changes: ChangeRecorder,
  planned: readonly T[],
  report: QdpxImportReport,
): Map<T, string> {
  const ids = new Map<T, string>();
  let position =
    project.readOne<{ next: number }>(`SELECT ifnull(max(position) + 1, 0) AS next FROM documents`)
      ?.next ?? 0;
  for (const plan of planned) {
    const hash = contentHash(plan.text);
    const twin = project.readOne<{ id: string; name: string }>(
      `SELECT id, name FROM documents WHERE content_hash = ?`,
      hash,
    );
    if (twin) {
      ids.set(plan, twin.id);
      report.matched.documents.push({ source: plan.name, document: twin.name });
      continue;
    }
    const guid = plan.source.guid;
    const id =
      guid !== null && !project.readOne(`SELECT 1 FROM documents WHERE id = ?`, guid)
        ? guid
        : project.newId();
    const name = uniqueName(
      plan.name,
      (candidate) =>
        project.readOne(`SELECT 1 FROM documents WHERE name = ?`, candidate) !== undefined,
    );
    if (name !== plan.name)
      report.warnings.push(
        `a document "${plan.name}" is already in the project; the imported one is called "${name}"`,
      );
    changes.insert('documents', {
      id,
      name,
      original_filename: plan.originalFilename || plan.name,
      format: plan.format,
      imported_at: project.now(),
      content_hash: hash,
      text: plan.text,
      word_count: countWords(plan.text),
      position: position++,
      case_id: null,
    });
    storeTurns(project, changes, id, plan.text, report);
    ids.set(plan, id);
    report.created.documents++;
  }
  return ids;
}
