/**
 * Importing transcripts: parse, then store the document, its speakers and turns in one
 * transaction per file, so a file either arrives whole or not at all.
 */
import type { ParsedTranscript } from '@shared/transcript/parsed';
import { countWords, NOTHING_NORMALISED } from '@shared/text/normalise';
import { isInterviewerLabel } from '@shared/transcript/turns';
import { CitatError, dataError } from '../errors';
import { parseTranscript, readTranscriptFile } from '../import/parse-file';
import type { Project } from '../project/project';
import type { ChangeRecorder } from '../project/change-recorder';
import { toDocument } from './rows';
import { contentHash } from '../db/content-hash';
import type { ImportedDocument, ImportOutcome, ImportProgress } from '@shared/api/types';

export { contentHash };

function speakerIdFor(
  project: Project,
  changes: ChangeRecorder,
  label: string,
  created: string[],
): string {
  const existing = project.readOne<{ id: string }>(
    `SELECT id FROM speakers WHERE label = ?`,
    label,
  );
  if (existing) return existing.id;
  const id = project.newId();
  changes.insert('speakers', { id, label, is_interviewer: isInterviewerLabel(label) ? 1 : 0 });
  created.push(label);
  return id;
}

/** Stores an already parsed transcript under `fileName`. */
export function storeTranscript(
  project: Project,
  parsed: ParsedTranscript,
  fileName: string,
): ImportedDocument {
  const hash = contentHash(parsed.text);
  const twin = project.readOne<{ name: string }>(
    `SELECT name FROM documents WHERE content_hash = ?`,
    hash,
  );
  if (twin)
    throw dataError(
      'import.duplicate',
      `${fileName}: already imported (same text as "${twin.name}")`,
    );
  const clash = project.readOne<{ name: string }>(
    `SELECT name FROM documents WHERE name = ?`,
    fileName,
  );
  if (clash) {
    throw dataError(
      'import.name-taken',
      `${fileName}: a different document with this name is already in the project; rename the file`,
    );
  }
  return project.act(
    `Import "${fileName}"`,
    (changes) => {
      const position =
        project.readOne<{ next: number }>(
          `SELECT ifnull(max(position) + 1, 0) AS next FROM documents`,
        )?.next ?? 0;
      const row = {
        id: project.newId(),
        name: fileName,
        original_filename: fileName,
        format: parsed.format,
        imported_at: project.now(),
        content_hash: hash,
        text: parsed.text,
        word_count: countWords(parsed.text),
        position,
        case_id: null,
      };
      changes.insert('documents', row);
      const speakers: string[] = [];
      const newSpeakers: string[] = [];
      const idByLabel = new Map<string, string>();
      for (const turn of parsed.turns) {
        let speakerId = idByLabel.get(turn.label.toLocaleLowerCase());
        if (!speakerId) {
          speakerId = speakerIdFor(project, changes, turn.label, newSpeakers);
          idByLabel.set(turn.label.toLocaleLowerCase(), speakerId);
          speakers.push(turn.label);
        }
        changes.insert('speaker_turns', {
          id: project.newId(),
          document_id: row.id,
          speaker_id: speakerId,
          start_utf16: turn.startUtf16,
          end_utf16: turn.endUtf16,
          timestamp_ms: turn.timestampMs,
        });
      }
      const { text: _text, ...info } = row;
      return {
        document: toDocument(info),
        speakers,
        newSpeakers,
        turns: parsed.turns.length,
        encoding: parsed.encoding,
        warnings: parsed.warnings,
        normalisation: parsed.normalisation ?? NOTHING_NORMALISED,
      };
    },
    // Imports are not undo steps (NVivo and MAXQDA neither): remove the document instead.
    { undoable: false },
  );
}

export async function importTranscriptBytes(
  project: Project,
  bytes: Uint8Array,
  fileName: string,
): Promise<ImportedDocument> {
  return storeTranscript(project, await parseTranscript(bytes, fileName), fileName);
}

/** Parsed files are stored together once this much text has been read (bounds memory). */
const STORE_BATCH_CHARS = 64 * 1024 * 1024;

type Parsed =
  | { path: string; fileName: string; parsed: ParsedTranscript }
  | { path: string; failure: ImportOutcome };

function failureOf(file: string, err: unknown): ImportOutcome {
  if (!(err instanceof CitatError)) throw err;
  return { file, ok: false, error: { code: err.code, message: err.message } };
}

/** Imports one uploaded file; a refusal comes back as an outcome, like each file of a batch. */
export async function uploadTranscript(
  project: Project,
  bytes: Uint8Array,
  fileName: string,
): Promise<ImportOutcome> {
  try {
    return { file: fileName, ok: true, ...(await importTranscriptBytes(project, bytes, fileName)) };
  } catch (err) {
    return failureOf(fileName, err);
  }
}

/**
 * Imports files; a failing file is reported and leaves the project as it was. Files are
 * parsed first, then stored in one transaction per batch with a savepoint per file, so
 * each file is still all-or-nothing without paying a commit per file.
 */
export async function importTranscriptFiles(
  project: Project,
  paths: readonly string[],
  onProgress?: (progress: ImportProgress) => void,
): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  let batch: Parsed[] = [];
  let batchChars = 0;
  const storeBatch = (): void => {
    project.write(() => {
      for (const item of batch) {
        let outcome: ImportOutcome;
        if ('failure' in item) outcome = item.failure;
        else {
          try {
            outcome = {
              file: item.fileName,
              ok: true,
              ...storeTranscript(project, item.parsed, item.fileName),
            };
          } catch (err) {
            outcome = failureOf(item.fileName, err);
          }
        }
        outcomes.push(outcome);
        onProgress?.({ done: outcomes.length, total: paths.length, file: outcome.file });
      }
    });
    batch = [];
    batchChars = 0;
  };
  for (const path of paths) {
    try {
      const { bytes, fileName } = await readTranscriptFile(path);
      try {
        const parsed = await parseTranscript(bytes, fileName);
        batch.push({ path, fileName, parsed });
        batchChars += parsed.text.length;
      } catch (err) {
        batch.push({ path, failure: failureOf(fileName, err) });
      }
    } catch (err) {
      batch.push({ path, failure: failureOf(path, err) });
    }
    if (batchChars >= STORE_BATCH_CHARS) storeBatch();
  }
  storeBatch();
  return outcomes;
}
