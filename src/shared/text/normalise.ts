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
