/**
 * Subtitle formats (WebVTT, SRT) split speech into short timed cues. For the transcript
 * view they are merged back: one line per turn, `Name: text`, consecutive cues of the same
 * speaker joined with a space, and the turn's timestamp taken from its first cue. Cues
 * with no speaker continue the current speaker; before any speaker each cue is its own line.
 */
import type { SourceFormat } from '@shared/domain/entities';
import type { ParsedTranscript, ParsedTurn } from '@shared/transcript/parsed';
import { normaliseText } from '@shared/text/normalise';
import {
  findLabelCandidate,
  selectSpeakerLabels,
  type LabelCandidate,
} from '@shared/transcript/turns';

export interface CueSegment {
  /** Speaker, when the cue names one (`<v Name>` or a detected `Name:` label). */
  label: string | null;
  text: string;
  startMs: number;
}

/** One timed cue whose payload lines may carry inline `Name:` labels (SRT, VTT without voices). */
export interface PlainCue {
  startMs: number;
  lines: string[];
}

/** Cue text as one normalised line: NFC, no control characters, single spaces. */
export function cleanCueText(text: string): string {
  return normaliseText(text).replace(/\s+/gu, ' ').trim();
}

/**
 * Splits plain cues into segments at lines that start with a speaker label. Labels are
 * accepted across the whole file with the same rule as plain-text transcripts.
 */
export function segmentPlainCues(cues: readonly PlainCue[]): CueSegment[] {
  const found: { cue: number; line: number; candidate: LabelCandidate }[] = [];
  cues.forEach((cue, c) =>
    cue.lines.forEach((line, l) => {
      const candidate = findLabelCandidate(line);
      if (candidate) found.push({ cue: c, line: l, candidate });
    }),
  );
  const speakers = selectSpeakerLabels(found.map((f) => f.candidate));
  const labelAt = new Map<string, LabelCandidate>();
  for (const f of found)
    if (speakers.has(f.candidate.label)) labelAt.set(`${f.cue}:${f.line}`, f.candidate);

  const segments: CueSegment[] = [];
  cues.forEach((cue, c) => {
    let segment: CueSegment | null = null;
    cue.lines.forEach((line, l) => {
      const candidate = labelAt.get(`${c}:${l}`);
      if (candidate) {
        segment = {
          label: candidate.label,
          text: line.slice(candidate.prefixLength),
          startMs: cue.startMs,
        };
        segments.push(segment);
      } else if (segment) {
        segment.text += ` ${line}`;
      } else {
        segment = { label: null, text: line, startMs: cue.startMs };
        segments.push(segment);
      }
    });
  });
  return segments;
}

interface TurnLine {
  label: string | null;
  text: string;
  startMs: number;
}

export function cueTranscript(
  format: SourceFormat,
  segments: readonly CueSegment[],
  encoding: string | null,
  warnings: string[],
): ParsedTranscript {
  const lines: TurnLine[] = [];
  for (const segment of segments) {
    const text = cleanCueText(segment.text);
    const label = segment.label === null ? null : cleanCueText(segment.label) || null;
    if (text === '') continue;
    const current = lines.at(-1);
    const continues =
      current !== undefined &&
      current.label !== null &&
      (label === null || label === current.label);
    if (continues) current.text += ` ${text}`;
    else lines.push({ label, text, startMs: segment.startMs });
  }

  let text = '';
  const turns: ParsedTurn[] = [];
  lines.forEach((line, i) => {
    if (i > 0) text += '\n';
    const start = text.length;
    text += line.label === null ? line.text : `${line.label}: ${line.text}`;
    if (line.label !== null) {
      turns.push({
        label: line.label,
        startUtf16: start,
        endUtf16: text.length,
        timestampMs: line.startMs,
      });
    }
  });
  // Every piece is already normalised and joined after a space or newline, so `text` is too.
  return { format, text, turns, encoding, warnings };
}
