/**
 * Maps Lexical node keys to global UTF-16 offsets of the stored text and back. The text is
 * laid out as one paragraph per line; paragraphs are separated by one "\n". Inside a
 * paragraph, text nodes count their length and line breaks count 1 (they appear only while
 * editing). Built from a plain outline of the editor, so it is testable without a DOM.
 * Never derived from getTextContent(), which joins paragraphs with "\n\n".
 */

export interface OutlineChild {
  key: string;
  kind: 'text' | 'break';
  /** Text length in UTF-16 units (1 for a break). */
  length: number;
}

export interface OutlineParagraph {
  key: string;
  children: readonly OutlineChild[];
}

export interface Span {
  start: number;
  end: number;
}

/** A place inside one text node: the key and the UTF-16 offset in its text. */
export interface TextPoint {
  key: string;
  offset: number;
}

interface TextEntry extends Span {
  key: string;
}

export class OffsetIndex {
  private readonly spans = new Map<string, Span>();
  private readonly childKeys = new Map<string, readonly string[]>();
  /** Non-empty text nodes in text order, for global → node lookups. */
  private readonly texts: TextEntry[] = [];
  /** Start offset of each paragraph (line), ascending. */
  readonly paragraphStarts: number[] = [];
  readonly paragraphKeys: string[] = [];
  readonly length: number;

  constructor(paragraphs: readonly OutlineParagraph[]) {
    let at = 0;
    paragraphs.forEach((paragraph, i) => {
      if (i > 0) at += 1;
      const start = at;
      this.paragraphStarts.push(start);
      this.paragraphKeys.push(paragraph.key);
      for (const child of paragraph.children) {
        const span = { start: at, end: at + child.length };
        this.spans.set(child.key, span);
        if (child.kind === 'text' && child.length > 0) this.texts.push({ key: child.key, ...span });
        at = span.end;
      }
      this.spans.set(paragraph.key, { start, end: at });
      this.childKeys.set(
        paragraph.key,
        paragraph.children.map((c) => c.key),
      );
    });
    this.length = at;
  }

  spanOf(key: string): Span | undefined {
    return this.spans.get(key);
  }

  /** Global offset of a point inside a text node (`offset` in its text). */
  textOffset(key: string, offset: number): number | null {
    const span = this.spans.get(key);
    if (!span) return null;
    return Math.min(span.end, span.start + Math.max(0, offset));
  }

  /** Global offset of a point between the children of a paragraph (before child `childIndex`). */
  elementOffset(key: string, childIndex: number): number | null {
    const span = this.spans.get(key);
    const children = this.childKeys.get(key);
    if (!span || !children) return null;
    if (childIndex <= 0) return span.start;
    const child = children[childIndex];
    return child === undefined ? span.end : (this.spans.get(child)?.start ?? span.end);
  }

  /** 0-based paragraph (= line) that holds `offset`. */
  paragraphAt(offset: number): number {
    return Math.max(
      0,
      lastAtOrBefore(this.paragraphStarts, (s) => s, offset),
    );
  }

  /** Where a range starting at `offset` begins: the first text character at or after it. */
  startPoint(offset: number): TextPoint | null {
    const i = lastAtOrBefore(this.texts, (t) => t.start, offset);
    const here = this.texts[i];
    if (here && offset < here.end) return { key: here.key, offset: offset - here.start };
    const next = this.texts[i + 1];
    return next ? { key: next.key, offset: 0 } : null;
  }

  /** Where a range ending at `offset` (exclusive) ends: after the last text character before it. */
  endPoint(offset: number): TextPoint | null {
    const i = lastAtOrBefore(this.texts, (t) => t.start, offset - 1);
    const here = this.texts[i];
    if (!here) return null;
    return { key: here.key, offset: Math.min(offset, here.end) - here.start };
  }

  /** Text boundaries of [start, end), or null when it holds no text character. */
  rangePoints(start: number, end: number): { start: TextPoint; end: TextPoint } | null {
    if (end <= start) return null;
    const from = this.startPoint(start);
    const to = this.endPoint(end);
    if (!from || !to) return null;
    const fromGlobal = this.spans.get(from.key)!.start + from.offset;
    const toGlobal = this.spans.get(to.key)!.start + to.offset;
    return fromGlobal < toGlobal ? { start: from, end: to } : null;
  }
}

/** Index of the last item whose position is <= value, or -1. */
export function lastAtOrBefore<T>(
  items: readonly T[],
  position: (item: T) => number,
  value: number,
): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (position(items[mid]!) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The outline of plain text laid out one paragraph per line, with synthetic keys (for tests and for a fresh load). */
export function outlineOfText(text: string): OutlineParagraph[] {
  return text.split('\n').map((line, i) => ({
    key: `p${i}`,
    children: line.length > 0 ? [{ key: `t${i}`, kind: 'text' as const, length: line.length }] : [],
  }));
}
