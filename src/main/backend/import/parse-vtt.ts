/**
 * WebVTT captions (Teams, Zoom, Whisper). Speakers come from voice spans `<v Name>…`; in
 * files without voices (Zoom writes `Name: text`) labels are detected as in plain text.
 * Other tags (<c>, <i>, <b>, <lang>, <ruby>, timestamps) are dropped, entities decoded.
 */
import type { ParsedTranscript } from '@shared/transcript/parsed';
import { parseTimestampMs } from '@shared/transcript/turns';
import { importError } from './import-error';
import { cueTranscript, segmentPlainCues, type CueSegment, type PlainCue } from './cue-transcript';
import { decodeTextFile } from './text-file';

const HEADER = /^WEBVTT(?:[ \t].*)?$/;
const TIMING =
  /^\s*((?:\d+:)?\d{1,2}:\d{2}\.\d{1,3})\s+-->\s+((?:\d+:)?\d{1,2}:\d{2}\.\d{1,3})(?:\s|$)/;
const NON_CUE_BLOCK = /^(?:NOTE|STYLE|REGION)(?:\s|$)/;
const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  nbsp: '\u00a0',
  lrm: '\u200e',
  rlm: '\u200f',
  quot: '"',
  apos: "'",
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X'
          ? parseInt(name.slice(2), 16)
          : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Splits a cue payload at voice spans; text outside any voice gets `label: null`. */
function voiceSegments(payload: string, startMs: number): CueSegment[] {
  const segments: CueSegment[] = [];
  let current: CueSegment | null = null;
  const add = (text: string) => {
    if (text === '') return;
    if (!current) {
      current = { label: null, text: '', startMs };
      segments.push(current);
    }
    current.text += decodeEntities(text);
  };
  let last = 0;
  for (const tag of payload.matchAll(/<([^>]*)>/g)) {
    add(payload.slice(last, tag.index));
    last = tag.index + tag[0].length;
    const voice = /^v(?:\.[^\s>]*)?[ \t]+(.+)$/.exec(tag[1] ?? '');
    if (voice) {
      current = { label: decodeEntities(voice[1] ?? '').trim(), text: '', startMs };
      segments.push(current);
    } else if (/^\/v\s*$/.test(tag[1] ?? '')) {
      current = null;
    }
  }
  add(payload.slice(last));
  return segments;
}

interface Cue {
  startMs: number;
  lines: string[];
}

function readCues(lines: string[], fileName: string): Cue[] {
  const cues: Cue[] = [];
  let i = 1;
  while (i < lines.length && (lines[i] ?? '').trim() !== '') i++; // header block
  while (i < lines.length) {
    while (i < lines.length && (lines[i] ?? '').trim() === '') i++;
    const block: string[] = [];
    while (i < lines.length && (lines[i] ?? '').trim() !== '') block.push(lines[i++] ?? '');
    if (block.length === 0 || NON_CUE_BLOCK.test(block[0] ?? '')) continue;
    const timingIndex = TIMING.test(block[0] ?? '') ? 0 : TIMING.test(block[1] ?? '') ? 1 : -1;
    if (timingIndex < 0) continue;
    const start = TIMING.exec(block[timingIndex] ?? '')?.[1] ?? '';
    const startMs = parseTimestampMs(start);
    if (startMs === null) {
      throw importError(fileName, 'invalid-vtt', `invalid cue time "${block[timingIndex]}"`);
    }
    cues.push({ startMs, lines: block.slice(timingIndex + 1) });
  }
  return cues;
}

export function parseVtt(bytes: Uint8Array, fileName: string): ParsedTranscript {
  const decoded = decodeTextFile(bytes, fileName);
  const lines = decoded.text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
  if (!HEADER.test(lines[0] ?? '')) {
    throw importError(
      fileName,
      'invalid-vtt',
      'not a WebVTT file: the first line must be "WEBVTT"',
    );
  }
  const cues = readCues(lines, fileName);
  const hasVoices = cues.some((cue) => cue.lines.some((line) => /<v[\s.]/.test(line)));
  let segments: CueSegment[];
  if (hasVoices) {
    segments = cues.flatMap((cue) => voiceSegments(cue.lines.join('\n'), cue.startMs));
  } else {
    const plain: PlainCue[] = cues.map((cue) => ({
      startMs: cue.startMs,
      lines: cue.lines.map((line) => decodeEntities(line.replace(/<[^>]*>/g, ''))),
    }));
    segments = segmentPlainCues(plain);
  }
  return cueTranscript('vtt', segments, decoded.encoding, decoded.warnings);
}
