/**
 * Numbers as Word and LibreOffice print them in list labels and note marks: 1, 01, a, A,
 * i, I. Letters past z repeat in Word (aa, bb, …); ODF repeats them the same way only with
 * `style:num-letter-sync`, otherwise it counts on like spreadsheet columns (aa, ab, …).
 */

export type NumberStyle =
  | 'decimal'
  | 'decimal-zero'
  | 'lower-letter'
  | 'upper-letter'
  | 'lower-letter-column'
  | 'upper-letter-column'
  | 'lower-roman'
  | 'upper-roman'
  | 'none';

const ROMAN: [number, string][] = [
  [1000, 'm'],
  [900, 'cm'],
  [500, 'd'],
  [400, 'cd'],
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  let out = '';
  let rest = n;
  for (const [value, digits] of ROMAN) {
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  }
  return out;
}

/** a … z, aa, bb … (the letter repeated). */
function repeatedLetters(n: number): string {
  if (n <= 0) return String(n);
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.min(Math.floor((n - 1) / 26) + 1, 50));
}

/** a … z, aa, ab … (bijective base 26). */
function columnLetters(n: number): string {
  if (n <= 0) return String(n);
  let out = '';
  let rest = n;
  while (rest > 0 && out.length < 50) {
    rest -= 1;
    out = String.fromCharCode(97 + (rest % 26)) + out;
    rest = Math.floor(rest / 26);
  }
  return out;
}

export function formatNumber(n: number, style: NumberStyle): string {
  switch (style) {
    case 'decimal':
      return String(n);
    case 'decimal-zero':
      return n >= 0 && n < 10 ? `0${n}` : String(n);
    case 'lower-letter':
      return repeatedLetters(n);
    case 'upper-letter':
      return repeatedLetters(n).toUpperCase();
    case 'lower-letter-column':
      return columnLetters(n);
    case 'upper-letter-column':
      return columnLetters(n).toUpperCase();
    case 'lower-roman':
      return roman(n);
    case 'upper-roman':
      return roman(n).toUpperCase();
    case 'none':
      return '';
  }
}

/** Word's `w:numFmt` values (unknown ones print as decimal, as Word's fallback does). */
export function wordNumberStyle(numFmt: string | undefined): NumberStyle | 'bullet' {
  switch (numFmt) {
    case 'bullet':
      return 'bullet';
    case 'none':
      return 'none';
    case 'decimalZero':
      return 'decimal-zero';
    case 'lowerLetter':
      return 'lower-letter';
    case 'upperLetter':
      return 'upper-letter';
    case 'lowerRoman':
      return 'lower-roman';
    case 'upperRoman':
      return 'upper-roman';
    default:
      return 'decimal';
  }
}

/** ODF `style:num-format` ("1", "a", "A", "i", "I", "" for none). */
export function odfNumberStyle(numFormat: string | undefined, letterSync: boolean): NumberStyle {
  switch (numFormat) {
    case '':
      return 'none';
    case 'a':
      return letterSync ? 'lower-letter' : 'lower-letter-column';
    case 'A':
      return letterSync ? 'upper-letter' : 'upper-letter-column';
    case 'i':
      return 'lower-roman';
    case 'I':
      return 'upper-roman';
    default:
      return 'decimal';
  }
}

/**
 * Word draws its default bullets with symbol fonts: U+F0B7 in Symbol is "•", U+F0A7 in
 * Wingdings "▪", and "o" in Courier New a hollow bullet. These become the Unicode bullets
 * LibreOffice shows for them; any other private-use symbol becomes "•".
 */
const SYMBOL_BULLETS: Record<string, string> = {
  '\uf0b7': '•',
  '\uf0a7': '▪',
  '\uf06c': '●',
  '\uf06e': '■',
  '\uf071': '❑',
  '\uf076': '❖',
  '\uf0d8': '➢',
  '\uf0fc': '✓',
  '\uf0e8': '➔',
  '\uf02d': '-',
};

export function bulletText(text: string, font: string | undefined): string {
  if (text === 'o' && /courier/i.test(font ?? '')) return '◦';
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    out += SYMBOL_BULLETS[char] ?? (code >= 0xf000 && code <= 0xf0ff ? '•' : char);
  }
  return out;
}
