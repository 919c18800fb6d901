/**
 * Taguette keeps a document as sanitised HTML and counts highlight offsets in the text
 * nodes of its html5lib parse tree, joined without separators (taguette/extract.py). This
 * reads such HTML once and gives both texts:
 *
 * - `taguetteText`: every text node as Taguette's parser sees it (CR LF and CR → LF,
 *   character references decoded, comment and script text counted though never shown,
 *   whitespace before the first content dropped, the line feed right after `<pre>`
 *   dropped), which the offsets count;
 * - `text`: the document as Citat stores it: each paragraph, heading, list item, table row
 *   and `<br>` ends a line, table cells are separated by tabs, and HTML white space is
 *   collapsed outside `<pre>`;
 *
 * and `map`, the position in `text` of every boundary of `taguetteText`. Linear in the
 * input and never throws: hostile markup gives some text, and the snippet check catches
 * highlights that no longer fit it.
 */
import { matchNamedReference, numericReferenceText } from './html-entities';

export interface HtmlText {
  taguetteText: string;
  text: string;
  /** `map[i]` = offset in `text` of boundary i of `taguetteText` (length taguetteText.length + 1). */
  map: Int32Array;
}

/** Elements that end a line before and after them. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'legend',
  'li',
  'listing',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
  'xmp',
  'plaintext',
]);
/** White space is kept as it is inside these. */
const PREFORMATTED = new Set(['pre', 'listing', 'xmp', 'plaintext', 'textarea']);
/** html5lib drops one line feed right after these start tags. */
const SKIP_FIRST_NEWLINE = new Set(['pre', 'listing', 'textarea']);
/** Their content is text up to the matching end tag; `hidden` ones are counted, not shown. */
const RAW_TEXT: Record<string, { references: boolean; hidden: boolean }> = {
  script: { references: false, hidden: true },
  style: { references: false, hidden: true },
  iframe: { references: false, hidden: true },
  noembed: { references: false, hidden: true },
  noframes: { references: false, hidden: true },
  xmp: { references: false, hidden: false },
  title: { references: true, hidden: false },
  textarea: { references: true, hidden: false },
};
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

const isHtmlSpace = (ch: string): boolean =>
  ch === ' ' || ch === '\n' || ch === '\t' || ch === '\f' || ch === '\r';
const isLetter = (ch: string | undefined): boolean => ch !== undefined && /[A-Za-z]/.test(ch);

/** Decodes character references in a run of text (the data state of the HTML tokenizer). */
export function decodeReferences(raw: string): string {
  if (!raw.includes('&')) return raw;
  let out = '';
  let i = 0;
  while (i < raw.length) {
    const amp = raw.indexOf('&', i);
    if (amp === -1) {
      out += raw.slice(i);
      break;
    }
    out += raw.slice(i, amp);
    const rest = raw.slice(amp + 1, amp + 40);
    const numeric = /^#(?:[xX]([0-9A-Fa-f]+)|([0-9]+));?/.exec(rest);
    if (numeric) {
      const digits = numeric[1] ?? numeric[2]!;
      // A huge number is U+FFFD whatever its exact value; parsing it whole is not needed.
      const value = digits.length > 8 ? Infinity : parseInt(digits, numeric[1] ? 16 : 10);
      out += numericReferenceText(value);
      i = amp + 1 + numeric[0].length;
      continue;
    }
    const named = matchNamedReference(rest);
    if (named) {
      out += named.text;
      i = amp + 1 + named.length;
    } else {
      out += '&';
      i = amp + 1;
    }
  }
  return out;
}

/** Builds both texts and the map between them; see the file comment for the rules. */
class TextBuilder {
  private readonly tParts: string[] = [];
  private tLength = 0;
  private readonly outParts: string[] = [];
  private outLength = 0;
  /** Output offset per Taguette boundary, grown as text arrives. */
  private map = new Int32Array(1024);
  private atLineStart = true;
  private pendingSpace = false;
  private pendingBreak = false;
  private pendingTab = false;
  /** Nothing but white space and comments so far: html5lib ignores white space there. */
  started = false;
  preformatted = 0;
  cellsInRow = 0;

  private record(): void {
    if (this.tLength >= this.map.length) {
      const grown = new Int32Array(this.map.length * 2);
      grown.set(this.map);
      this.map = grown;
    }
    this.map[this.tLength] = this.outLength;
  }

  private emit(text: string): void {
    this.outParts.push(text);
    this.outLength += text.length;
  }

  private flush(): void {
    if (this.pendingBreak && !this.atLineStart) {
      this.emit('\n');
      this.atLineStart = true;
    }
    if (this.pendingTab) this.emit('\t');
    else if (this.pendingSpace && !this.atLineStart) this.emit(' ');
    this.pendingBreak = this.pendingSpace = this.pendingTab = false;
  }

  /** Text counted by Taguette; shown in Citat's text unless `hidden`. */
  text(data: string, hidden: boolean): void {
    let text = data.replace(/\0/g, '');
    if (!this.started) {
      text = text.replace(/^[ \n\t\f\r]+/, '');
      if (text === '') return;
      this.started = true;
    }
    this.tParts.push(text);
    // Shown characters go out in runs, not one string each.
    let run = -1;
    const endRun = (at: number): void => {
      if (run === -1) return;
      this.outParts.push(text.slice(run, at));
      run = -1;
    };
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      if (hidden) {
        this.record();
      } else if (this.preformatted === 0 && isHtmlSpace(ch)) {
        endRun(i);
        this.record();
        if (!this.atLineStart) this.pendingSpace = true;
      } else {
        if (this.pendingBreak || this.pendingSpace || this.pendingTab) {
          endRun(i);
          this.flush();
        }
        this.record();
        if (run === -1) run = i;
        this.outLength++;
        this.atLineStart = ch === '\n';
      }
      this.tLength++;
    }
    endRun(text.length);
  }

  /** A comment: counted by Taguette (BeautifulSoup keeps it as a string), never shown. */
  comment(data: string): void {
    const text = data.replace(/\0/g, '');
    this.tParts.push(text);
    for (let i = 0; i < text.length; i++) {
      this.record();
      this.tLength++;
    }
  }

  blockBreak(): void {
    this.pendingBreak = true;
    this.pendingSpace = false;
  }

  lineBreak(): void {
    if (this.pendingBreak && !this.atLineStart) this.emit('\n');
    this.emit('\n');
    this.atLineStart = true;
    this.pendingBreak = this.pendingSpace = this.pendingTab = false;
  }

  cell(): void {
    if (this.cellsInRow > 0) {
      this.pendingTab = true;
      this.pendingSpace = false;
    }
    this.cellsInRow++;
  }

  finish(): HtmlText {
    this.record();
    return {
      taguetteText: this.tParts.join(''),
      text: this.outParts.join(''),
      map: this.map.slice(0, this.tLength + 1),
    };
  }
}

/** Index after the `>` closing a tag whose attributes start at `from` (quotes respected), or -1. */
function tagEnd(html: string, from: number): { end: number; selfClosing: boolean } | null {
  let i = from;
  let quote: string | null = null;
  while (i < html.length) {
    const ch = html[i]!;
    if (quote !== null) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") {
      // Quotes open an attribute value only after "=" (possibly spaced).
      let back = i - 1;
      while (back >= from && isHtmlSpace(html[back]!)) back--;
      if (html[back] === '=') quote = ch;
    } else if (ch === '>') {
      return { end: i + 1, selfClosing: html[i - 1] === '/' };
    }
    i++;
  }
  return null;
}

function tagName(html: string, from: number): { name: string; next: number } {
  let i = from;
  while (i < html.length && !isHtmlSpace(html[i]!) && html[i] !== '/' && html[i] !== '>') i++;
  return { name: html.slice(from, i).toLowerCase(), next: i };
}

/** Where the raw text of `name` ends: the start of `</name` followed by space, "/" or ">". */
function rawTextEnd(html: string, from: number, name: string): number {
  for (let at = html.indexOf('</', from); at !== -1; at = html.indexOf('</', at + 2)) {
    if (html.slice(at + 2, at + 2 + name.length).toLowerCase() !== name) continue;
    const after = html[at + 2 + name.length];
    if (after === undefined || after === '>' || after === '/' || isHtmlSpace(after)) return at;
  }
  return html.length;
}

export function htmlToText(html: string): HtmlText {
  const source = html.replace(/\r\n?/g, '\n');
  const out = new TextBuilder();
  const open: string[] = [];
  let skipNewline = false;
  let i = 0;
  const text = (data: string, hidden = false): void => {
    let value = data;
    if (skipNewline && value.startsWith('\n')) value = value.slice(1);
    skipNewline = false;
    if (value !== '') out.text(value, hidden);
  };

  while (i < source.length) {
    const lt = source.indexOf('<', i);
    if (lt === -1) {
      text(decodeReferences(source.slice(i)));
      break;
    }
    if (lt > i) text(decodeReferences(source.slice(i, lt)));
    i = lt;
    const next = source[i + 1];
    if (source.startsWith('<!--', i)) {
      const close = source.indexOf('-->', i + 4);
      const empty = source.startsWith('<!-->', i) ? 5 : source.startsWith('<!--->', i) ? 6 : 0;
      if (empty > 0) {
        i += empty;
        continue;
      }
      const end = close === -1 ? source.length : close;
      skipNewline = false;
      out.comment(source.slice(i + 4, end));
      i = close === -1 ? source.length : close + 3;
    } else if (next === '!' || next === '?') {
      const gt = source.indexOf('>', i + 2);
      const end = gt === -1 ? source.length : gt;
      const content = source.slice(i + (next === '?' ? 1 : 2), end);
      // A DOCTYPE is no text node once the body has begun (html5lib ignores it).
      if (!/^doctype/i.test(content)) {
        skipNewline = false;
        out.comment(content);
      }
      i = gt === -1 ? source.length : gt + 1;
    } else if (next === '/' && isLetter(source[i + 2])) {
      const { name, next: after } = tagName(source, i + 2);
      const closed = tagEnd(source, after);
      if (closed === null) break; // EOF inside a tag: the tag is dropped.
      i = closed.end;
      out.started = true;
      skipNewline = false;
      endTag(name);
    } else if (next === '/') {
      const gt = source.indexOf('>', i + 2);
      if (gt !== i + 2) {
        const end = gt === -1 ? source.length : gt;
        out.comment(source.slice(i + 2, end));
      }
      i = gt === -1 ? source.length : gt + 1;
    } else if (isLetter(next)) {
      const { name, next: after } = tagName(source, i + 1);
      const closed = tagEnd(source, after);
      if (closed === null) break;
      i = closed.end;
      out.started = true;
      skipNewline = false;
      startTag(name, closed.selfClosing);
      const raw = RAW_TEXT[name];
      if (name === 'plaintext') {
        text(source.slice(i));
        i = source.length;
      } else if (raw) {
        const end = rawTextEnd(source, i, name);
        const data = source.slice(i, end);
        text(raw.references ? decodeReferences(data) : data, raw.hidden);
        i = end;
      }
    } else {
      text('<');
      i++;
    }
  }
  return out.finish();

  function startTag(name: string, selfClosing: boolean): void {
    if (name === 'br') {
      out.lineBreak();
      return;
    }
    if (name === 'tr') out.cellsInRow = 0;
    if (name === 'td' || name === 'th') out.cell();
    if (BLOCKS.has(name)) out.blockBreak();
    if (VOID.has(name) || selfClosing) return;
    open.push(name);
    if (PREFORMATTED.has(name)) out.preformatted++;
    if (SKIP_FIRST_NEWLINE.has(name)) skipNewline = true;
  }

  function endTag(name: string): void {
    // html5lib reads </br> as <br>.
    if (name === 'br') {
      out.lineBreak();
      return;
    }
    if (BLOCKS.has(name)) out.blockBreak();
    const at = open.lastIndexOf(name);
    if (at === -1) return;
    for (const closed of open.splice(at)) if (PREFORMATTED.has(closed)) out.preformatted--;
  }
}

/** The text nodes of an HTML fragment joined, as Taguette counts them (a highlight's snippet). */
export function htmlTextNodes(html: string): string {
  return htmlToText(html).taguetteText;
}

/**
 * UTF-16 index in `text` of each UTF-8 byte offset, rounded up to the end of the character
 * an offset falls inside (Taguette's split_utf8); null for an offset past the end.
 */
export function utf8OffsetsToIndexes(
  text: string,
  offsets: readonly number[],
): Map<number, number | null> {
  const wanted = [...new Set(offsets)].sort((a, b) => a - b);
  const result = new Map<number, number | null>();
  let next = 0;
  while (next < wanted.length && wanted[next]! < 0) result.set(wanted[next++]!, null);
  let bytes = 0;
  let index = 0;
  while (next < wanted.length && index <= text.length) {
    if (index === text.length) {
      while (next < wanted.length && wanted[next] === bytes) result.set(wanted[next++]!, index);
      break;
    }
    const code = text.codePointAt(index)!;
    const units = code > 0xffff ? 2 : 1;
    // A lone surrogate is written as U+FFFD: three bytes.
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    while (next < wanted.length && wanted[next]! < bytes + size) {
      const offset = wanted[next++]!;
      result.set(offset, offset === bytes ? index : index + units);
    }
    bytes += size;
    index += units;
  }
  while (next < wanted.length) result.set(wanted[next++]!, null);
  return result;
}
