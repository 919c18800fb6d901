/**
 * Danish-looking vocabulary: real high-frequency words (so the common-word search has
 * realistic hit counts) and a long tail of generated compounds with æ, ø and å.
 */
import type { Prng } from '../lib/prng';

/** Frequent words, most frequent first; "og" is the common-word search term. */
export const FREQUENT_WORDS: readonly string[] = (
  'og det at i er jeg en på vi som der ikke har til med for så men de kan var skal ' +
  'også når man meget lidt godt synes tænker rigtig nogle altså jo bare hvad hvordan fordi ' +
  'eller os dem deres vores fået gået sådan både år tid kommunen borgerne måske være blive ' +
  'samarbejde ledelse økonomi område ønsker især første større mål løsning forløb møde ' +
  'medarbejdere hverdag udfordring ændring erfaring grøn omstilling'
).split(' ');

const ONSETS =
  'b bl br d dr f fl fr g gl gr h j k kl kr kv l m n p pl pr r s sk skr sl sm sn sp st str t tr v -'
    .split(' ')
    .map((onset) => (onset === '-' ? '' : onset));
const VOWELS = 'a e i o u y æ ø å ei øj av ej'.split(' ');
/** Empty codas and suffixes twice as likely as each other choice. */
const CODAS = ['', '', ...'n nd ng r rd l ld lt k kt s st m d g t dt'.split(' ')];
const SUFFIXES = ['', '', '', ...'en et er erne ene ning hed lig ende skab else'.split(' ')];

function syllable(random: Prng): string {
  return random.pick(ONSETS) + random.pick(VOWELS) + random.pick(CODAS);
}

/** `count` distinct generated words, deterministic for a seed, none equal to a frequent word. */
export function generateVocabulary(random: Prng, count: number): string[] {
  const words = new Set<string>();
  const frequent = new Set(FREQUENT_WORDS);
  while (words.size < count) {
    const syllables = random.chance(0.15) ? 3 : random.int(1, 2);
    let word = '';
    for (let i = 0; i < syllables; i++) word += syllable(random);
    word += random.pick(SUFFIXES);
    if (word.length >= 3 && !frequent.has(word)) words.add(word);
  }
  return [...words];
}

/** A word no generator path can produce (contains "q"), planted in a few documents only. */
export const RARE_WORD = 'kvægqørredsæbe';

/** A phrase of two frequent words, planted in about a quarter of the documents. */
export const PHRASE = 'grøn omstilling';
