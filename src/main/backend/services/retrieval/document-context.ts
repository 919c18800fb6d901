/**
 * What retrieval needs to know about one document to describe a coded passage: its text,
 * line and code-point indexes, and its speaker turns. Built once per document per query.
 */
import { CodePointIndex, LineIndex } from '@shared/text/offsets';
import type { Project } from '../../project/project';
import { toSpeaker, type SpeakerRow } from '../rows';
import type { Speaker } from '@shared/domain/entities';

export interface TurnWithSpeaker {
  startUtf16: number;
  endUtf16: number;
  timestampMs: number | null;
  speaker: Speaker;
}

export interface DocumentContext {
  id: string;
  name: string;
  position: number;
  caseId: string | null;
  text: string;
  lines: LineIndex;
  codePoints: CodePointIndex;
  /** Sorted by start; turns never overlap. */
  turns: TurnWithSpeaker[];
}

export class DocumentContexts {
  private readonly cache = new Map<string, DocumentContext>();
  private speakers: Map<string, Speaker> | undefined;

  constructor(private readonly project: Project) {}

  get(documentId: string): DocumentContext {
    let context = this.cache.get(documentId);
    if (!context) {
      context = this.load(documentId);
      this.cache.set(documentId, context);
    }
    return context;
  }

  private speakerById(id: string): Speaker {
    this.speakers ??= new Map(
      this.project
        .read<SpeakerRow>(`SELECT * FROM speakers`)
        .map((row) => [row.id, toSpeaker(row)]),
    );
    const speaker = this.speakers.get(id);
    if (!speaker) throw new Error(`speaker ${id} of a turn is missing`);
    return speaker;
  }

  private load(documentId: string): DocumentContext {
    const row = this.project.readOne<{
      id: string;
      name: string;
      position: number;
      case_id: string | null;
      text: string;
    }>(`SELECT id, name, position, case_id, text FROM documents WHERE id = ?`, documentId);
    if (!row) throw new Error(`document ${documentId} is missing`);
    const turns = this.project
      .read<{
        start_utf16: number;
        end_utf16: number;
        timestamp_ms: number | null;
        speaker_id: string;
      }>(
        `SELECT start_utf16, end_utf16, timestamp_ms, speaker_id FROM speaker_turns WHERE document_id = ? ORDER BY start_utf16`,
        documentId,
      )
      .map((t) => ({
        startUtf16: t.start_utf16,
        endUtf16: t.end_utf16,
        timestampMs: t.timestamp_ms,
        speaker: this.speakerById(t.speaker_id),
      }));
    return {
      id: row.id,
      name: row.name,
      position: row.position,
      caseId: row.case_id,
      text: row.text,
      lines: new LineIndex(row.text),
      codePoints: new CodePointIndex(row.text),
      turns,
    };
  }
}

/** Turns overlapping [start, end), in text order (binary search for the first candidate). */
export function turnsOverlapping(
  turns: readonly TurnWithSpeaker[],
  start: number,
  end: number,
): TurnWithSpeaker[] {
  let lo = 0;
  let hi = turns.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (turns[mid]!.endUtf16 <= start) lo = mid + 1;
    else hi = mid;
  }
  const out: TurnWithSpeaker[] = [];
  for (let i = lo; i < turns.length && turns[i]!.startUtf16 < end; i++) out.push(turns[i]!);
  return out;
}
