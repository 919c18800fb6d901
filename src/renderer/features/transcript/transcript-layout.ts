/**
 * What the transcript shows besides the text: the speaker label at the start of each turn
 * (painted bold-ish) and the timestamp of each turn's first line (shown in the margin).
 */
import type { SpeakerTurn } from '@shared/domain/entities';
import { findLabelCandidate } from '@shared/transcript/turns';
import { LineIndex } from '@shared/text/offsets';
import type { Span } from './offset-index';

/** Ranges of the speaker labels ("JKM:", "[00:12] I:") at the start of each turn. */
export function speakerLabelSpans(text: string, turns: readonly SpeakerTurn[]): Span[] {
  const spans: Span[] = [];
  for (const turn of turns) {
    const lineEnd = text.indexOf('\n', turn.startUtf16);
    const line = text.slice(turn.startUtf16, lineEnd < 0 ? text.length : lineEnd);
    const candidate = findLabelCandidate(line);
    if (!candidate) continue;
    const prefix = line.slice(0, candidate.prefixLength);
    const leading = prefix.length - prefix.trimStart().length;
    const end = turn.startUtf16 + prefix.trimEnd().length;
    if (end > turn.startUtf16 + leading) spans.push({ start: turn.startUtf16 + leading, end });
  }
  return spans;
}

/** 0-based line index → timestamp (ms) of the turn starting on that line. */
export function turnTimestampsByLine(
  text: string,
  turns: readonly SpeakerTurn[],
): Map<number, number> {
  const lines = new LineIndex(text);
  const result = new Map<number, number>();
  for (const turn of turns) {
    if (turn.timestampMs !== null) result.set(lines.lineOf(turn.startUtf16) - 1, turn.timestampMs);
  }
  return result;
}

/** `1:02:03` or `2:03`. */
export function formatTimestamp(ms: number): string {
  const total = Math.floor(ms / 1000);
  const seconds = String(total % 60).padStart(2, '0');
  const minutes = Math.floor(total / 60) % 60;
  const hours = Math.floor(total / 3600);
  return hours > 0
    ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}`
    : `${minutes}:${seconds}`;
}
