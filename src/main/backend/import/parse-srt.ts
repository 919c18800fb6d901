/**
 * SubRip (.srt) subtitles: numbered cues with `00:00:01,000 --> 00:00:04,000` timings.
 * Speakers are written inline (`Name: text`) and detected as in plain text; formatting
 * tags (<i>, <b>, <font>) and ASS overrides ({\an8}) are dropped.
 */
import type { ParsedTranscript } from '@shared/transcript/parsed';
import { parseTimestampMs } from '@shared/transcript/turns';
import { importError } from './import-error';
import { cueTranscript, segmentPlainCues, type PlainCue } from './cue-transcript';
import { decodeTextFile } from './text-file';

const TIMING =
  /^\s*(\d{1,3}:\d{2}:\d{2}(?:[,.]\d{1,3})?)\s*-->\s*(\d{1,3}:\d{2}:\d{2}(?:[,.]\d{1,3})?)/;
const INDEX = /^\s*\d+\s*$/;

function stripFormatting(line: string): string {
  return line.replace(/<\/?[a-z][^>]*>/gi, '').replace(/\{\\[^}]*\}/g, '');
}

function readCues(lines: string[]): PlainCue[] {
  const cues: PlainCue[] = [];
  let i = 0;
  while (i < lines.length) {
    while (i < lines.length && (lines[i] ?? '').trim() === '') i++;
    const block: string[] = [];
    while (i < lines.length && (lines[i] ?? '').trim() !== '') block.push(lines[i++] ?? '');
    if (block.length === 0) continue;
    const timingIndex = block.findIndex((line) => TIMING.test(line));
    const startMs =
      timingIndex >= 0 ? parseTimestampMs(TIMING.exec(block[timingIndex] ?? '')?.[1] ?? '') : null;
    if (timingIndex < 0 || startMs === null) {
      // A blank line inside a cue's text splits it into a block without timing; keep the text.
      const previous = cues.at(-1);
      const text = block.filter((line) => !INDEX.test(line)).map(stripFormatting);
      if (previous) previous.lines.push(...text);
      continue;
    }
    cues.push({ startMs, lines: block.slice(timingIndex + 1).map(stripFormatting) });
  }
  return cues;
}

export function parseSrt(bytes: Uint8Array, fileName: string): ParsedTranscript {
  const decoded = decodeTextFile(bytes, fileName);
  const lines = decoded.text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
  const cues = readCues(lines);
  if (cues.length === 0 && decoded.text.trim() !== '') {
    throw importError(
      fileName,
      'invalid-srt',
      'not a SubRip file: no cues with timings like "00:00:01,000 --> 00:00:04,000" were found',
    );
  }
  return cueTranscript('srt', segmentPlainCues(cues), decoded.encoding, decoded.warnings);
}
