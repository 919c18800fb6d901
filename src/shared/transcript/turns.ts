/**
 * Finds speaker turns in plain transcript text: lines such as `JKM: …`, `Interviewer: …`,
 * `[00:12:03] Jane Wiis: …` or `(00:12) I: …`. A turn starts at the beginning of its
 * label line and runs to the end of the last non-blank line before the next turn; lines
 * without a label continue the current turn, and text before the first turn is a header.
 *
 * Lines that look like labels but are metadata ("Varighed: 52 min", "Note: …") must not
 * become speakers, so a candidate label is only accepted by `selectSpeakerLabels`.
 */
import type { ParsedTurn } from './parsed';
import { bodyEnd } from './notes-appendix';

/** A line that starts like a speaker turn, before the document-wide decision. */
export interface LabelCandidate {
  label: string;
  timestampMs: number | null;
  /** Characters from the line start to the end of `Label:` (and the space after it). */
  prefixLength: number;
}

const INTERVIEWER_LABEL =
  /^(?:i|int\.?|iv|q|interviewer(?:en|s)?|intervjuer(?:en)?|moderator(?:en)?|facilitator(?:en)?|researcher|forsker(?:en)?|spørger(?:en)?)(?:\s?\d{1,2})?$/iu;

/** True for labels that name the interviewer: I, Int, Interviewer, Intervieweren, Interviewer 1, Q, Moderator… */
export function isInterviewerLabel(label: string): boolean {
  return INTERVIEWER_LABEL.test(label.trim());
}

/** Metadata keys that often appear as `Key: value` in headers and are never speakers. */
const METADATA_WORDS = new Set(
  (
    'note noter notes nb obs ps ok bemærk kommentar comment dato date tid time tidspunkt kl ' +
    'varighed duration længde length sted place location emne subject topic tema theme titel ' +
    'title kilde source fil file side page deltagere participants deltager participant optaget ' +
    'recorded transskriberet transcribed transskribent transcriber format rolle role stilling ' +
    'position resumé resume summary opsummering baggrund background formål purpose agenda url ' +
    'link email e-mail telefon tlf phone adresse address version status'
  ).split(' '),
);

// One capitalised word (JKM, Jane, O'Brien, Anne-Marie), name particles, and an optional number.
const WORD = String.raw`\p{Lu}[\p{L}\p{M}'’\-]*`;
const PARTICLE = '(?:van|von|der|den|de|du|da|di|la|le|af|bin|al|el|ter|ten)';
const NAME_LABEL = new RegExp(`^${WORD}(?: (?:${PARTICLE} )*${WORD}){0,3}(?: ?\\d{1,3})?$`, 'u');
const INITIALS_LABEL = /^\p{Lu}{1,5}(?: ?\d{1,3})?$/u;
const NUMBERED_LABEL = /\d$/u;

const TIMESTAMP = String.raw`\d{1,2}(?::\d{2}){1,2}(?:[.,]\d{1,3})?`;
const LABEL_LINE = new RegExp(
  String.raw`^[ \t]*(?:[\[(]?[ \t]*(${TIMESTAMP})[ \t]*[\])]?[ \t]*(?:[-–—][ \t]*)?)?([^:\n\t]{1,40}?):(?:[ \t]+|$)`,
  'u',
);

/** `01:02:03.5` / `02:03` (minutes:seconds) / `1:02:03,250` → milliseconds. */
export function parseTimestampMs(timestamp: string): number | null {
  const match = /^(?:(\d{1,3}):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?$/.exec(timestamp.trim());
  if (!match) return null;
  const [, hours = '0', minutes = '0', seconds = '0', fraction = ''] = match;
  if (Number(minutes) > 59 && match[1] !== undefined) return null;
  if (Number(seconds) > 59) return null;
  const millis = fraction === '' ? 0 : Number(fraction.padEnd(3, '0'));
  return ((Number(hours) * 60 + Number(minutes)) * 60 + Number(seconds)) * 1000 + millis;
}

function isLabelShaped(label: string): boolean {
  if (label !== label.trim() || /\s{2}/u.test(label)) return false;
  if (NAME_LABEL.test(label)) return true;
  // Interviewer words count in any case ("interviewer:"), but a lone lowercase letter does not.
  return isInterviewerLabel(label) && (label.length > 1 || label === label.toUpperCase());
}

/** Reads the speaker label at the start of one line, if the line is shaped like a turn. */
export function findLabelCandidate(line: string): LabelCandidate | null {
  const match = LABEL_LINE.exec(line);
  if (!match) return null;
  const label = match[2] ?? '';
  if (!isLabelShaped(label)) return null;
  const timestampMs = match[1] === undefined ? null : parseTimestampMs(match[1]);
  if (match[1] !== undefined && timestampMs === null) return null;
  return { label, timestampMs, prefixLength: match[0].length };
}

/**
 * Initials, an interviewer word, a number ("Speaker 2") or a timestamp make a label line
 * distinctive: hardly any ordinary sentence or header key looks like that.
 */
function isDistinctive(candidate: LabelCandidate): boolean {
  const { label } = candidate;
  return (
    candidate.timestampMs !== null ||
    isInterviewerLabel(label) ||
    INITIALS_LABEL.test(label) ||
    NUMBERED_LABEL.test(label)
  );
}

/** Distinctive, or several capitalised words (a full name such as "Maria Lopez"). */
function isStrong(candidate: LabelCandidate): boolean {
  return isDistinctive(candidate) || candidate.label.includes(' ');
}

/**
 * Decides which candidate labels are speakers, given every candidate line of a document in
 * order. Metadata words never count. A label used for two or more turns counts: that is a
 * dialogue. Once a dialogue has started, a label used once counts only when it is
 * distinctive (a third person's initials, say); before it, single-use lines are header.
 * Without any repeated label (a very short exchange), single-use labels count when the
 * exchange involves an interviewer label or at least two strong labels.
 */
export function selectSpeakerLabels(candidates: readonly LabelCandidate[]): Set<string> {
  const usable = candidates.filter((c) => !METADATA_WORDS.has(c.label.toLowerCase()));
  const counts = new Map<string, number>();
  for (const c of usable) counts.set(c.label, (counts.get(c.label) ?? 0) + 1);
  const accepted = new Set<string>();

  const firstDialogue = usable.findIndex((c) => (counts.get(c.label) ?? 0) >= 2);
  if (firstDialogue >= 0) {
    usable.forEach((c, index) => {
      const repeated = (counts.get(c.label) ?? 0) >= 2;
      if (repeated || (index > firstDialogue && isDistinctive(c))) accepted.add(c.label);
    });
    return accepted;
  }

  const hasInterviewer = usable.some((c) => isInterviewerLabel(c.label));
  const strong = usable.filter(isStrong);
  if (hasInterviewer && counts.size >= 2) {
    for (const c of usable) accepted.add(c.label);
  } else if (new Set(strong.map((c) => c.label)).size >= 2) {
    for (const c of strong) accepted.add(c.label);
  }
  return accepted;
}

function trimmedEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/u.test(text[e - 1] ?? '')) e--;
  return e;
}

/** Speaker turns of `text`, sorted, non-overlapping, each starting at a line start. */
export function detectTurns(text: string): ParsedTurn[] {
  const lines: { start: number; candidate: LabelCandidate }[] = [];
  // Notes and comments after the body belong to no turn (see notes-appendix.ts).
  const end = bodyEnd(text);
  let lineStart = 0;
  while (lineStart <= end) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 || newline > end ? end : newline;
    const candidate = findLabelCandidate(text.slice(lineStart, lineEnd));
    if (candidate) lines.push({ start: lineStart, candidate });
    if (newline < 0 || newline >= end) break;
    lineStart = newline + 1;
  }

  const speakers = selectSpeakerLabels(lines.map((l) => l.candidate));
  const starts = lines.filter((l) => speakers.has(l.candidate.label));
  return starts.map((line, i) => {
    const next = starts[i + 1]?.start ?? end;
    return {
      label: line.candidate.label,
      startUtf16: line.start,
      endUtf16: trimmedEnd(text, line.start, next),
      timestampMs: line.candidate.timestampMs,
    };
  });
}
