/** The synthetic corpus: 100 interview transcripts as .txt bytes, deterministic for a seed. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Prng } from '../lib/prng';
import { writeTranscript } from './transcript';
import { generateVocabulary } from './words';

/** Twenty interviewees: initials and full names, several with æ, ø or å. */
export const INTERVIEWEES: readonly string[] = (
  'JKM, Søren Ølgaard, ÅBH, Mette Frøkjær, LNP, Ærø Hansen, KVØ, Birthe Dalsgård, TJS, ' +
  'Jørgen Lund, Anne-Mette Bøgh, PMR, Grete Sørensen, HØK, Bjørn Strøm, Louise Kjær, ELÅ, ' +
  'Niels Brønd, Åse Mølgaard, CFD'
).split(', ');

export interface CorpusFile {
  fileName: string;
  bytes: Uint8Array;
  interviewee: string;
  words: number;
}

export interface CorpusOptions {
  documents: number;
  wordsPerDocument: number;
  seed: number;
}

export const DEFAULT_CORPUS: CorpusOptions = {
  documents: 100,
  wordsPerDocument: 10_000,
  seed: 20240611,
};

function slug(label: string): string {
  return label
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/[^a-z0-9]+/g, '-');
}

export function generateCorpus(options: CorpusOptions = DEFAULT_CORPUS): CorpusFile[] {
  const random = new Prng(options.seed);
  const vocabulary = generateVocabulary(random, 6000);
  const encoder = new TextEncoder();
  const files: CorpusFile[] = [];
  for (let index = 0; index < options.documents; index++) {
    const interviewee = INTERVIEWEES[index % INTERVIEWEES.length]!;
    const spread = Math.round(options.wordsPerDocument * 0.1);
    const { text, words } = writeTranscript(random, vocabulary, {
      index,
      interviewee,
      targetWords: options.wordsPerDocument + random.int(-spread, spread),
      plantRare: index % 37 === 5,
      plantPhrase: index % 4 === 1,
    });
    const number = String(index + 1).padStart(3, '0');
    files.push({
      fileName: `interview-${number}-${slug(interviewee)}.txt`,
      bytes: encoder.encode(text),
      interviewee,
      words,
    });
  }
  return files;
}

/** Writes the corpus as files into `folder`; returns their paths in corpus order. */
export function writeCorpus(files: readonly CorpusFile[], folder: string): string[] {
  return files.map((file) => {
    const path = join(folder, file.fileName);
    writeFileSync(path, file.bytes);
    return path;
  });
}
