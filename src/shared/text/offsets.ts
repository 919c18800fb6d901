/**
 * Offset arithmetic between the units Citat meets. Inside the app every offset is a UTF-16
 * code unit (JS string index = DOM Range offset = Lexical offset). REFI-QDA and the CLI's
 * JSON count Unicode code points. Line numbers are 1-based lines of the stored text, the
 * numbers the transcript view shows in its margin.
 */

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when `index` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, index: number): boolean {
  return (
    index > 0 &&
    index < text.length &&
    isHighSurrogate(text.charCodeAt(index - 1)) &&
    isLowSurrogate(text.charCodeAt(index))
  );
}

/**
 * Converts between UTF-16 and code-point offsets of one text in O(log n) per lookup after
 * an O(n) scan. Texts without astral characters (the common case) convert for free.
 */
export class CodePointIndex {
  /** UTF-16 index of the low surrogate of each astral character, ascending. */
  private readonly astralLowIndexes: number[] = [];
  readonly lengthUtf16: number;
  readonly lengthCodePoints: number;

  constructor(text: string) {
    this.lengthUtf16 = text.length;
    // Most transcripts hold no astral character at all: skip the scan for them.
    const firstSurrogate = text.search(/[\uD800-\uDBFF]/);
    for (let i = Math.max(0, firstSurrogate); firstSurrogate !== -1 && i < text.length - 1; i++) {
      if (isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1))) {
        this.astralLowIndexes.push(i + 1);
        i++;
      }
    }
    this.lengthCodePoints = text.length - this.astralLowIndexes.length;
  }

  /** Code-point offset of a UTF-16 offset (an offset inside a pair maps to the pair's start). */
  toCodePoint(utf16: number): number {
    // Low surrogates strictly before `utf16` each collapse one unit.
    return utf16 - countBelow(this.astralLowIndexes, utf16);
  }

  /** UTF-16 offset of a code-point offset. */
  toUtf16(codePoint: number): number {
    // Smallest u with u - (#lows < u) === codePoint; lows are sorted so scan by binary search.
    let lo = 0;
    let hi = this.astralLowIndexes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      // The mid-th low surrogate sits at code point (index - mid - 1) + 1 boundary.
      const lowIndex = this.astralLowIndexes[mid]!;
      if (lowIndex - mid - 1 < codePoint) lo = mid + 1;
      else hi = mid;
    }
    return codePoint + lo;
  }
}

/** How many values of an ascending array are below `value` (binary search). */
export function countBelow(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Start offsets (UTF-16) of every line; line i (0-based) starts at lineStarts[i]. */
export class LineIndex {
  readonly lineStarts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
      this.lineStarts.push(i + 1);
  }

  /** 1-based line number of the character at `utf16` (an offset at a line end belongs to that line). */
  lineOf(utf16: number): number {
    return countBelow(this.lineStarts, utf16 + 1);
  }

  /** 1-based line numbers of the first and last character of [start, end). */
  linesOf(startUtf16: number, endUtf16: number): { first: number; last: number } {
    return {
      first: this.lineOf(startUtf16),
      last: this.lineOf(Math.max(startUtf16, endUtf16 - 1)),
    };
  }
}

/** Narrows [start, end) to exclude surrounding whitespace; returns null when nothing is left. */
export function trimRange(
  text: string,
  start: number,
  end: number,
): { start: number; end: number } | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return s < e ? { start: s, end: e } : null;
}
