/**
 * One synthetic interview transcript: a small header, then alternating `I:` and
 * interviewee turns; some turns start with a `[hh:mm:ss]` timestamp, some answers run
 * over several paragraphs, and about one file in five has Windows line endings.
 */
import type { Prng } from '../lib/prng';
import { FREQUENT_WORDS, PHRASE, RARE_WORD } from './words';

export interface TranscriptSpec {
  index: number;
  interviewee: string;
  targetWords: number;
  plantRare: boolean;
  plantPhrase: boolean;
}

export interface TranscriptText {
  text: string;
  words: number;
}

class SentenceWriter {
  words = 0;

  constructor(
    private readonly random: Prng,
    private readonly vocabulary: readonly string[],
  ) {}

  private word(): string {
    if (this.random.chance(0.45))
      return FREQUENT_WORDS[this.random.skewedIndex(FREQUENT_WORDS.length, 2)]!;
    return this.vocabulary[this.random.skewedIndex(this.vocabulary.length, 3)]!;
  }

  sentence(minWords: number, maxWords: number, question: boolean, planted?: string): string {
    const count = this.random.int(minWords, maxWords);
    const words: string[] = [];
    for (let i = 0; i < count; i++) {
      let word = this.word();
      if (i > 1 && i < count - 1 && this.random.chance(0.06)) word += ',';
      words.push(word);
    }
    if (planted) words.splice(this.random.int(1, words.length - 1), 0, planted);
    this.words += words.length + (planted ? planted.split(' ').length - 1 : 0);
    const first = words[0]!;
    words[0] = first.charAt(0).toLocaleUpperCase('da') + first.slice(1);
    return `${words.join(' ').replace(/,$/, '')}${question ? '?' : '.'}`;
  }
}

function clock(seconds: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
}

export function writeTranscript(
  random: Prng,
  vocabulary: readonly string[],
  spec: TranscriptSpec,
): TranscriptText {
  const writer = new SentenceWriter(random, vocabulary);
  const lines: string[] = [
    `Interview ${spec.index + 1} med ${spec.interviewee}`,
    `Dato: ${random.int(1, 28)}. marts 2024`,
    `Sted: Rådhuset`,
    '',
  ];
  let seconds = random.int(5, 40);
  let rarePlanted = !spec.plantRare;
  let phrasesLeft = spec.plantPhrase ? random.int(1, 3) : 0;
  const stamp = () => (random.chance(0.3) ? `[${clock(seconds)}] ` : '');
  while (writer.words < spec.targetWords) {
    lines.push(`${stamp()}I: ${writer.sentence(8, 25, true)}`, '');
    seconds += random.int(5, 25);
    const paragraphs = random.chance(0.25) ? random.int(2, 3) : 1;
    for (let p = 0; p < paragraphs; p++) {
      const sentences: string[] = [];
      for (let s = random.int(2, 6); s > 0; s--) {
        let planted: string | undefined;
        if (!rarePlanted && random.chance(0.02)) {
          planted = RARE_WORD;
          rarePlanted = true;
        } else if (phrasesLeft > 0 && random.chance(0.01)) {
          planted = PHRASE;
          phrasesLeft--;
        }
        sentences.push(writer.sentence(6, 22, false, planted));
      }
      const label = p === 0 ? `${stamp()}${spec.interviewee}: ` : '';
      lines.push(label + sentences.join(' '), '');
    }
    seconds += random.int(30, 150);
  }
  const text = lines.join('\n').trimEnd() + '\n';
  return { text: spec.index % 5 === 4 ? text.replace(/\n/g, '\r\n') : text, words: writer.words };
}
