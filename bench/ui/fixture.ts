/**
 * The transcript the UI benchmark opens: one long Danish-looking interview (about 30,000
 * words in speaker turns) and a plan of codings over it: many short, some medium, a few
 * long ones across paragraphs, so they overlap as a heavily coded transcript does. All
 * deterministic for a seed.
 */
import { writeTranscript } from '../corpus/transcript';
import { generateVocabulary } from '../corpus/words';
import { Prng } from '../lib/prng';

/** Parent code → its children: 20 codes, no name a prefix of another (the picker test types names). */
export const UI_CODEBOOK: Readonly<Record<string, readonly string[]>> = {
  Økonomi: ['Budget', 'Besparelser', 'Investering'],
  Samarbejde: ['Tillid', 'Konflikt', 'Netværk'],
  Ledelse: ['Strategi', 'Kultur', 'Ansvar'],
  Borgerinddragelse: ['Høring', 'Dialog', 'Frivillige'],
  Digitalisering: ['Systemer', 'Sikkerhed', 'Datadeling'],
};

export interface UiTranscript {
  fileName: string;
  bytes: Uint8Array;
  /** Words the generator wrote (speaker labels and timestamps not counted). */
  words: number;
}

export function generateUiTranscript(seed: number, targetWords: number): UiTranscript {
  const random = new Prng(seed);
  const vocabulary = generateVocabulary(random, 6000);
  const { text, words } = writeTranscript(random, vocabulary, {
    index: 0,
    interviewee: 'Mette Frøkjær',
    targetWords,
    plantRare: false,
    plantPhrase: true,
  });
  return {
    fileName: 'interview-lang-mette-froekjaer.txt',
    bytes: new TextEncoder().encode(text),
    words,
  };
}

export interface PlannedCoding {
  codeIndex: number;
  startUtf16: number;
  endUtf16: number;
}

/** Start and end (UTF-16) of every whitespace-separated word. */
export function wordBounds(text: string): Int32Array {
  const bounds: number[] = [];
  for (const match of text.matchAll(/\S+/g))
    bounds.push(match.index, match.index + match[0].length);
  return Int32Array.from(bounds);
}

/** Length in words: 60 % short (3–20), 35 % medium (20–80), 5 % long (80–300). */
function codingLength(random: Prng): number {
  const kind = random.next();
  if (kind < 0.6) return random.int(3, 20);
  if (kind < 0.95) return random.int(20, 80);
  return random.int(80, 300);
}

/** `count` distinct codings over `codeCount` codes, a few codes used much more than others. */
export function planCodings(
  seed: number,
  text: string,
  codeCount: number,
  count: number,
): PlannedCoding[] {
  const random = new Prng(seed);
  const bounds = wordBounds(text);
  const wordCount = bounds.length / 2;
  const seen = new Set<string>();
  const planned: PlannedCoding[] = [];
  while (planned.length < count) {
    const length = Math.min(codingLength(random), wordCount);
    const first = random.int(0, wordCount - length);
    const coding = {
      codeIndex: random.skewedIndex(codeCount, 1.6),
      startUtf16: bounds[first * 2]!,
      endUtf16: bounds[(first + length - 1) * 2 + 1]!,
    };
    const key = `${coding.codeIndex}:${coding.startUtf16}:${coding.endUtf16}`;
    if (seen.has(key)) continue;
    seen.add(key);
    planned.push(coding);
  }
  return planned;
}

/** A passage to select in the editor and code through the picker: all on one line. */
export interface ApplyTarget {
  /** Index of the line (= the editor's paragraph) holding the passage. */
  line: number;
  /** UTF-16 offsets inside that line. */
  from: number;
  to: number;
  startUtf16: number;
  endUtf16: number;
  codeIndex: number;
}

/**
 * `count` passages of 4–14 words, each on its own line of at least 20 words (an answer
 * paragraph), spread over the whole transcript, none already coded with its code.
 */
export function planApplyTargets(
  seed: number,
  text: string,
  codeCount: number,
  count: number,
  taken: readonly PlannedCoding[],
): ApplyTarget[] {
  const random = new Prng(seed);
  const lines: { line: number; start: number; text: string }[] = [];
  let offset = 0;
  text.split('\n').forEach((line, index) => {
    if (line.split(/\s+/).length >= 20) lines.push({ line: index, start: offset, text: line });
    offset += line.length + 1;
  });
  if (lines.length < count) throw new Error(`the transcript has only ${lines.length} long lines`);
  const used = new Set(taken.map((c) => `${c.codeIndex}:${c.startUtf16}:${c.endUtf16}`));
  const targets: ApplyTarget[] = [];
  for (let i = 0; i < count; i++) {
    // Evenly spread over the text, with a random pick inside each stretch.
    const stretch = lines.length / count;
    const chosen = lines[Math.floor(i * stretch + random.next() * stretch)]!;
    const words = wordBounds(chosen.text);
    const length = random.int(4, 14);
    const first = random.int(1, words.length / 2 - length);
    const from = words[first * 2]!;
    const to = words[(first + length - 1) * 2 + 1]!;
    const codeIndex = random.int(0, codeCount - 1);
    const target = {
      line: chosen.line,
      from,
      to,
      startUtf16: chosen.start + from,
      endUtf16: chosen.start + to,
      codeIndex,
    };
    if (used.has(`${codeIndex}:${target.startUtf16}:${target.endUtf16}`)) {
      i--;
      continue;
    }
    used.add(`${codeIndex}:${target.startUtf16}:${target.endUtf16}`);
    targets.push(target);
  }
  return targets;
}
