/**
 * normaliseText (NFC, `\n`, no BOM …) with an offset map: for every boundary of the raw
 * text, the matching boundary of the normalised one. Imported selections are counted in
 * the raw file (CRLF, BOM, maybe decomposed letters), Citat stores the normalised text, so
 * every position must go through this map.
 *
 * The steps mirror normaliseText one by one; the result is checked against normaliseText
 * itself, and when they ever disagree the map is withheld (`map: null`) rather than trusted.
 * A boundary inside a replaced or deleted span maps to the start of its replacement.
 */
import { normaliseText } from '@shared/text/normalise';

export interface NormalisedWithOffsets {
  /** Exactly normaliseText(raw). */
  text: string;
  /** `map[i]` = normalised offset of raw UTF-16 boundary i (length raw.length + 1). */
  map: Int32Array | null;
}

interface Step {
  text: string;
  /** Boundary map from the step's input to its output. */
  map: Int32Array;
}

class StepWriter {
  private readonly parts: string[] = [];
  private outLength = 0;
  private from = 0;
  readonly map: Int32Array;

  constructor(private readonly input: string) {
    this.map = new Int32Array(input.length + 1);
  }

  /** Copies input up to `until` unchanged. */
  private copyTo(until: number): void {
    for (let i = this.from; i < until; i++) this.map[i] = this.outLength + (i - this.from);
    this.parts.push(this.input.slice(this.from, until));
    this.outLength += until - this.from;
    this.from = until;
  }

  /** Replaces input [start, end) by `replacement`; inner boundaries map to its start. */
  replace(start: number, end: number, replacement: string): void {
    this.copyTo(start);
    for (let i = start; i < end; i++) this.map[i] = this.outLength;
    this.parts.push(replacement);
    this.outLength += replacement.length;
    this.from = end;
  }

  /** Replaces [start, end) by pieces, keeping the boundaries between pieces exact. */
  replacePieces(start: number, pieces: readonly { raw: string; out: string }[]): void {
    let at = start;
    for (const piece of pieces) {
      this.replace(at, at + piece.raw.length, piece.out);
      at += piece.raw.length;
    }
  }

  finish(): Step {
    this.copyTo(this.input.length);
    this.map[this.input.length] = this.outLength;
    return { text: this.parts.join(''), map: this.map };
  }
}

function regexStep(text: string, pattern: RegExp, replacement: string): Step | null {
  let writer: StepWriter | null = null;
  for (const match of text.matchAll(pattern)) {
    writer ??= new StepWriter(text);
    writer.replace(match.index, match.index + match[0].length, replacement);
  }
  return writer?.finish() ?? null;
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * NFC never reaches across an ASCII character (ASCII letters are starters that nothing
 * before them composes with), so only runs of non-ASCII characters with the ASCII
 * character before them can change; within such a run, grapheme clusters keep the map
 * exact whenever composing cluster by cluster gives the same result.
 */
function nfcStep(text: string): Step | null {
  if (text.normalize('NFC') === text) return null;
  const writer = new StepWriter(text);
  // eslint-disable-next-line no-control-regex -- ASCII is the point
  for (const match of text.matchAll(/[\u0000-\u007f]?[^\u0000-\u007f]+/g)) {
    const run = match[0];
    const composed = run.normalize('NFC');
    if (composed === run) continue;
    const pieces = [...segmenter.segment(run)].map((s) => ({
      raw: s.segment,
      out: s.segment.normalize('NFC'),
    }));
    if (pieces.map((p) => p.out).join('') === composed) writer.replacePieces(match.index, pieces);
    else writer.replace(match.index, match.index + run.length, composed);
  }
  return writer.finish();
}

// The same rules as normaliseText, applied one at a time.
const STEPS: readonly ((text: string) => Step | null)[] = [
  (t) => regexStep(t, /\r\n?/g, '\n'),
  (t) => regexStep(t, /[\v\f\u0085\u2028\u2029]/g, '\n'),
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  (t) => regexStep(t, /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g, ''),
  (t) => regexStep(t, /^\ufeff+/g, ''),
  nfcStep,
  (t) => regexStep(t, /[ \t]+$/gm, ''),
  (t) => regexStep(t, /\n+$/g, ''),
];

export function normaliseWithOffsets(raw: string): NormalisedWithOffsets {
  const expected = normaliseText(raw);
  let text = raw;
  let map: Int32Array | null = null;
  for (const step of STEPS) {
    const result = step(text);
    if (result === null) continue;
    if (map === null) map = result.map;
    else for (let i = 0; i < map.length; i++) map[i] = result.map[map[i]!]!;
    text = result.text;
  }
  if (text !== expected) return { text: expected, map: null };
  if (map === null) {
    map = new Int32Array(raw.length + 1);
    for (let i = 0; i <= raw.length; i++) map[i] = i;
  }
  return { text, map };
}
