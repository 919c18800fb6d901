/**
 * Text from transcripts and codebooks as LaTeX that typesets exactly that text under
 * pdfLaTeX (UTF-8 input, T1 fonts) as well as XeLaTeX and LuaLaTeX: every special character
 * is escaped, ligatures that would change the text ("--" → "–", ",," → „) are broken, and
 * characters pdfLaTeX cannot typeset go through \citatchar, which prints them under the
 * Unicode engines and their code point under pdfLaTeX instead of stopping with an error.
 */

const ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  '<': '\\textless{}',
  '>': '\\textgreater{}',
  '|': '\\textbar{}',
  // Babel's Danish, German and others make " a shorthand; ` starts ligatures (?` → ¿).
  '"': '\\textquotedbl{}',
  '`': '\\textasciigrave{}',
  // An optional argument after \\ or \item: "[…]" at the start of a cell would vanish.
  '[': '{[}',
  ']': '{]}',
  '\t': ' ',
  '\u00A0': '~',
  '\u00AD': '\\-',
  '\u2002': '\\enspace{}',
  '\u2003': '\\quad{}',
  '\u2007': '~',
  '\u2009': '\\,',
  '\u200A': '\\,',
  '\u200B': '\\hspace{0pt}',
  '\u202F': '\\,',
  '\u2212': '\\ensuremath{-}',
};

/** Code points below U+0180 that LaTeX's utf8 input has no T1 glyph for. */
const UNSUPPORTED_LATIN = new Set([0x126, 0x127, 0x138, 0x13f, 0x140, 0x149, 0x166, 0x167, 0x17f]);

/** Punctuation and symbols outside Latin-1 that utf8 input maps for T1/TS1. */
const SUPPORTED_SYMBOLS = new Set([
  0x192, 0x218, 0x219, 0x21a, 0x21b, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2016, 0x2018,
  0x2019, 0x201a, 0x201c, 0x201d, 0x201e, 0x2020, 0x2021, 0x2022, 0x2026, 0x2030, 0x2039, 0x203a,
  0x2044, 0x20ac, 0x2103, 0x2116, 0x2122, 0x2190, 0x2192,
]);

/** True for characters pdfLaTeX typesets from UTF-8 input with T1 fonts (checked with pdflatex). */
export function pdfLatexCanTypeset(codePoint: number): boolean {
  if (codePoint >= 0x20 && codePoint < 0x7f) return true;
  if (codePoint >= 0xa1 && codePoint <= 0x17f) return !UNSUPPORTED_LATIN.has(codePoint);
  return SUPPORTED_SYMBOLS.has(codePoint);
}

function escapeChar(ch: string): string {
  const escaped = ESCAPES[ch];
  if (escaped !== undefined) return escaped;
  const codePoint = ch.codePointAt(0)!;
  // Other control characters (and a stray surrogate) cannot be typeset by anyone.
  if (codePoint < 0x20 || codePoint === 0x7f || (codePoint >= 0x80 && codePoint < 0xa0)) return '';
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return '';
  if (pdfLatexCanTypeset(codePoint)) return ch;
  const hex = codePoint.toString(16).toUpperCase().padStart(4, '0');
  return `\\citatchar{${ch}}{${hex}}`;
}

/** Breaks TeX's input ligatures so "--", ",," and "''" print as they were written. */
function breakLigatures(text: string): string {
  let out = text;
  for (const pair of ['--', ',,', "''"]) {
    const broken = `${pair[0]}{}${pair[1]}`;
    while (out.includes(pair)) out = out.replace(pair, broken);
  }
  return out;
}

/**
 * LaTeX for `text`; line breaks become `newline` (default "\newline{}", a line break that
 * keeps the paragraph, which table cells need).
 */
export function escapeTex(text: string, newline = '\\newline{}'): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => {
      let escaped = '';
      for (const ch of line) escaped += escapeChar(ch);
      return breakLigatures(escaped);
    })
    .join(newline);
}

/** For the leading comments: a line break or a control character must not end the comment. */
export function commentText(text: string): string {
  return [...text].map((ch) => (ch.charCodeAt(0) < 0x20 ? ' ' : ch)).join('');
}
