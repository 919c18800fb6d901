/**
 * What retrieval needs to know about one document to describe a coded passage: its text,
 * line and code-point indexes, and its speaker turns. Built once per document per query.
 */
import { CodePointIndex, LineIndex } from '@shared/text/offsets';
import { getDocumentText } from '../documents-read';
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

interface CachedText {
  contentHash: string;
  name: string;
  position: number;
  caseId: string | null;
  text: string;
  lines: LineIndex;
  codePoints: CodePointIndex;
  turns: { startUtf16: number; endUtf16: number; timestampMs: number | null; speakerId: string }[];
}

/**
 * Text, indexes and turns only change with the text (content hash), so they are kept per
 * project between queries: the UI rebuilds matrices and retrievals on every change.
 */
const textCache = new WeakMap<Project, Map<string, CachedText>>();

export class DocumentContexts {
  private readonly contexts = new Map<string, DocumentContext>();
  private readonly speakers: Map<string, Speaker>;
  private readonly current: Map<
    string,
    { hash: string; name: string; position: number; caseId: string | null }
  >;

  constructor(private readonly project: Project) {
    this.speakers = new Map(
      project.read<SpeakerRow>(`SELECT * FROM speakers`).map((row) => [row.id, toSpeaker(row)]),
    );
    this.current = new Map(
      project
        .read<{
          id: string;
          content_hash: string;
          name: string;
          position: number;
          case_id: string | null;
        }>(`SELECT id, content_hash, name, position, case_id FROM documents`)
        .map((r) => [
          r.id,
          { hash: r.content_hash, name: r.name, position: r.position, caseId: r.case_id },
        ]),
    );
  }

  get(documentId: string): DocumentContext {
    let context = this.contexts.get(documentId);
    if (!context) {
      const cached = this.cachedText(documentId);
      const meta = this.current.get(documentId)!;
      context = {
        id: documentId,
        name: meta.name,
        position: meta.position,
        caseId: meta.caseId,
        text: cached.text,
        lines: cached.lines,
        codePoints: cached.codePoints,
        turns: cached.turns.map((t) => ({
          startUtf16: t.startUtf16,
          endUtf16: t.endUtf16,
          timestampMs: t.timestampMs,
          speaker: this.speakerById(t.speakerId),
        })),
      };
      this.contexts.set(documentId, context);
    }
    return context;
  }

  private speakerById(id: string): Speaker {
    const speaker = this.speakers.get(id);
    if (!speaker) throw new Error(`speaker ${id} of a turn is missing`);
    return speaker;
  }

  private cachedText(documentId: string): CachedText {
    const meta = this.current.get(documentId);
    if (!meta) throw new Error(`document ${documentId} is missing`);
    let perProject = textCache.get(this.project);
    if (!perProject) {
      perProject = new Map();
      textCache.set(this.project, perProject);
    }
    const hit = perProject.get(documentId);
    if (hit && hit.contentHash === meta.hash) return hit;
    const text = getDocumentText(this.project, documentId);
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
        speakerId: t.speaker_id,
      }));
    const entry: CachedText = {
      contentHash: meta.hash,
      name: meta.name,
      position: meta.position,
      caseId: meta.caseId,
      text,
      lines: new LineIndex(text),
      codePoints: new CodePointIndex(text),
      turns,
    };
    perProject.set(documentId, entry);
    return entry;
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
