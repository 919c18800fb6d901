/**
 * The one text normalisation every importer applies. Stored offsets (codings, turns) refer
 * to its result, so it must be deterministic and idempotent: normalising twice changes
 * nothing. Line-separator characters become `\n` rather than vanishing, because dropping a
 * form feed (a page break in exported text) would glue two lines together.
 */

/** Characters that end a line in some tool and become `\n`: VT, FF, NEL, LS, PS. */
const LINE_BREAK_LIKE = /[\v\f\u0085\u2028\u2029]/g;
/** C0 controls except TAB and LF, DEL, and C1 controls. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g;
const LEADING_BOMS = /^\ufeff+/;
const TRAILING_LINE_SPACE = /[ \t]+$/gm;
const TRAILING_NEWLINES = /\n+$/;

export function normaliseText(raw: string): string {
  return raw
    .replace(/\r\n?/g, '\n')
    .replace(LINE_BREAK_LIKE, '\n')
    .replace(CONTROL, '')
    .replace(LEADING_BOMS, '')
    .normalize('NFC')
    .replace(TRAILING_LINE_SPACE, '')
    .replace(TRAILING_NEWLINES, '');
}

/** What normaliseText changed, counted, so an import can say so. */
export interface NormalisationReport {
  /** CR LF or lone CR line ends turned into LF. */
  lineEndsConverted: number;
  /** Vertical tabs, form feeds, NEL, line and paragraph separators turned into LF. */
  lineBreaksConverted: number;
  controlCharactersRemoved: number;
  byteOrderMarksRemoved: number;
  /** Letters written as a base letter plus a combining mark, composed (Unicode NFC). */
  recomposed: boolean;
  /** Lines whose trailing spaces or tabs were removed. */
  linesWithTrailingSpaces: number;
  /** Empty lines after the last line of text. */
  emptyLinesAtEndRemoved: number;
}

export const NOTHING_NORMALISED: NormalisationReport = {
  lineEndsConverted: 0,
  lineBreaksConverted: 0,
  controlCharactersRemoved: 0,
  byteOrderMarksRemoved: 0,
  recomposed: false,
  linesWithTrailingSpaces: 0,
  emptyLinesAtEndRemoved: 0,
};

/** normaliseText, with what it changed; the text is exactly normaliseText(raw). */
export function normaliseTextReporting(raw: string): {
  text: string;
  report: NormalisationReport;
} {
  const report = { ...NOTHING_NORMALISED };
  const count = (key: Exclude<keyof NormalisationReport, 'recomposed'>, by = 1) => {
    report[key] += by;
  };
  const unified = raw
    .replace(/\r\n?/g, () => (count('lineEndsConverted'), '\n'))
    .replace(LINE_BREAK_LIKE, () => (count('lineBreaksConverted'), '\n'))
    .replace(CONTROL, () => (count('controlCharactersRemoved'), ''))
    .replace(LEADING_BOMS, (boms) => (count('byteOrderMarksRemoved', boms.length), ''));
  const composed = unified.normalize('NFC');
  report.recomposed = composed !== unified;
  const text = composed
    .replace(TRAILING_LINE_SPACE, () => (count('linesWithTrailingSpaces'), ''))
    // The last line's own line end is no empty line; those after it are.
    .replace(TRAILING_NEWLINES, (ends) => (count('emptyLinesAtEndRemoved', ends.length - 1), ''));
  return { text, report };
}

/** The changes a report words (see normalisationChanges). */
export type NormalisationChange = Exclude<keyof NormalisationReport, 'lineEndsConverted'>;

/**
 * What changed that a user would notice, in a fixed order, for a report to word: each kind
 * with its count (1 for recomposed). Windows line ends are not listed: turning CR LF into LF
 * changes nothing anyone reads.
 */
export function normalisationChanges(
  report: NormalisationReport,
): { kind: NormalisationChange; count: number }[] {
  const order: NormalisationChange[] = [
    'linesWithTrailingSpaces',
    'emptyLinesAtEndRemoved',
    'lineBreaksConverted',
    'controlCharactersRemoved',
    'byteOrderMarksRemoved',
    'recomposed',
  ];
  return order
    .map((kind) => ({ kind, count: Number(report[kind]) }))
    .filter((change) => change.count > 0);
}

/** Two reports added up (a document normalised in parts). */
export function addNormalisationReports(
  a: NormalisationReport,
  b: NormalisationReport,
): NormalisationReport {
  return {
    lineEndsConverted: a.lineEndsConverted + b.lineEndsConverted,
    lineBreaksConverted: a.lineBreaksConverted + b.lineBreaksConverted,
    controlCharactersRemoved: a.controlCharactersRemoved + b.controlCharactersRemoved,
    byteOrderMarksRemoved: a.byteOrderMarksRemoved + b.byteOrderMarksRemoved,
    recomposed: a.recomposed || b.recomposed,
    linesWithTrailingSpaces: a.linesWithTrailingSpaces + b.linesWithTrailingSpaces,
    emptyLinesAtEndRemoved: a.emptyLinesAtEndRemoved + b.emptyLinesAtEndRemoved,
  };
}

/** Words = whitespace-separated tokens that contain at least one letter or digit. */
const SPACE = 0;
const WORD = 1;
const OTHER = 2;
const nonAsciiKinds = new Map<number, number>();

/** Space, word character (letter or digit) or other, with an ASCII fast path and a cache. */
function charKind(code: number): number {
  if (code < 128) {
    if (code === 32 || (code >= 9 && code <= 13)) return SPACE;
    if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122))
      return WORD;
    return OTHER;
  }
  let kind = nonAsciiKinds.get(code);
  if (kind === undefined) {
    const char = String.fromCharCode(code);
    kind = /\s/u.test(char) ? SPACE : /[\p{L}\p{N}]/u.test(char) ? WORD : OTHER;
    nonAsciiKinds.set(code, kind);
  }
  return kind;
}

/** Words = whitespace-separated tokens holding a letter or digit; one pass, no regex per token. */
export function countWords(text: string): number {
  let count = 0;
  let inToken = false;
  let tokenHasWordChar = false;
  for (let i = 0; i < text.length; i++) {
    const kind = charKind(text.charCodeAt(i));
    if (kind === SPACE) {
      if (tokenHasWordChar) count++;
      inToken = false;
      tokenHasWordChar = false;
    } else {
      inToken = true;
      if (kind === WORD) tokenHasWordChar = true;
    }
  }
  return inToken && tokenHasWordChar ? count + 1 : count;
}
