/**
 * ODF's footnotes, endnotes and comments. A note's mark is its citation as the document
 * shows it (else its number in its kind); a comment (`office:annotation`) is marked where
 * the commented passage ends: at its `office:annotation-end` when it has one, else where
 * it stands. Each returns the mark to write and records the text (office-text.ts).
 */
import { attr, descendants, firstChild, textContent, type XmlElement } from '../formats/xml-read';
import type { OfficeText } from './office-text';

/** Reads a note's or comment's paragraphs into lines (references inside are not followed). */
type NestedReader = (container: XmlElement) => string[];

export class OdtNotes {
  /** office:annotation-end names present, so a comment's mark goes where its passage ends. */
  private readonly rangeEnds: Set<string>;
  private readonly openComments = new Map<
    string,
    { author: string | undefined; lines: string[] }
  >();
  private footnoteCount = 0;
  private endnoteCount = 0;

  constructor(
    text: XmlElement,
    private readonly out: OfficeText,
    private readonly nestedLines: NestedReader,
  ) {
    this.rangeEnds = new Set(
      descendants(text, 'annotation-end')
        .map((end) => attr(end, 'name'))
        .filter((name): name is string => name !== undefined),
    );
  }

  /** A `text:note`: its mark, e.g. `[1]`, or null inside another note, comment or text box. */
  note(note: XmlElement): string | null {
    if (this.out.nested) return null;
    const kind = attr(note, 'note-class') === 'endnote' ? 'endnote' : 'footnote';
    const citation = firstChild(note, 'note-citation');
    const count = kind === 'endnote' ? ++this.endnoteCount : ++this.footnoteCount;
    const mark =
      (citation && (textContent(citation).trim() || attr(citation, 'label'))) || String(count);
    const body = firstChild(note, 'note-body');
    return this.out.note(kind, mark, body ? this.nestedLines(body) : []);
  }

  /** An `office:annotation`: its mark, or null when it goes at its end (or is nested). */
  annotation(annotation: XmlElement): string | null {
    if (this.out.nested) return null;
    const creator = firstChild(annotation, 'creator');
    const author = creator ? textContent(creator) : undefined;
    const lines = this.nestedLines(annotation);
    const name = attr(annotation, 'name');
    if (name !== undefined && this.rangeEnds.has(name)) {
      this.openComments.set(name, { author, lines });
      return null;
    }
    return this.out.comment(author, lines);
  }

  /** An `office:annotation-end`: the mark of the comment it ends, or null. */
  annotationEnd(end: XmlElement): string | null {
    const name = attr(end, 'name');
    const open = name === undefined ? undefined : this.openComments.get(name);
    if (!open || name === undefined) return null;
    this.openComments.delete(name);
    return this.out.comment(open.author, open.lines);
  }
}
