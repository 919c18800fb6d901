/**
 * Word's footnotes, endnotes and comments. A reference in the text writes the mark, and
 * the note or comment is recorded for the sections after the body (office-text.ts).
 * Note marks are numbered per kind as Word shows them: from `w:numStart`, in the format
 * of `w:numFmt` (the last section's, else settings.xml's; by default footnotes 1, 2, …
 * and endnotes i, ii, …), unless the reference brings its own mark. A comment is written
 * once, at its first reference.
 */
import { attr, childElements, firstChild, type XmlElement } from '../formats/xml-read';
import { formatNumber, wordNumberStyle, type NumberStyle } from './list-labels';
import type { OfficeText } from './office-text';

export type NoteKind = 'footnote' | 'endnote';

/** Reads a note's or comment's paragraphs into lines (references inside are not followed). */
type NestedReader = (container: XmlElement) => string[];

export interface DocxNoteParts {
  footnotes: XmlElement | null;
  endnotes: XmlElement | null;
  comments: XmlElement | null;
  /** The body's last `w:sectPr` and settings.xml: where note numbering is set. */
  lastSection: XmlElement | undefined;
  settings: XmlElement | null;
}

function notesById(root: XmlElement | null, local: string): Map<string, XmlElement> {
  const out = new Map<string, XmlElement>();
  for (const note of root ? childElements(root, local) : []) {
    const type = attr(note, 'type');
    if (type !== undefined && type !== 'normal') continue; // separators
    const id = attr(note, 'id');
    if (id !== undefined) out.set(id, note);
  }
  return out;
}

function noteNumbering(
  kind: NoteKind,
  fallback: string,
  sources: readonly (XmlElement | null | undefined)[],
): { style: NumberStyle; next: number } {
  const properties = sources
    .map((e) => (e ? firstChild(e, `${kind}Pr`) : undefined))
    .filter((e): e is XmlElement => e !== undefined);
  const numFmt = properties.map((p) => firstChild(p, 'numFmt')).find((e) => e);
  const numStart = properties.map((p) => firstChild(p, 'numStart')).find((e) => e);
  const style = wordNumberStyle(numFmt ? attr(numFmt, 'val') : fallback);
  const start = Number.parseInt((numStart && attr(numStart, 'val')) ?? '1', 10);
  return {
    style: style === 'bullet' || style === 'none' ? 'decimal' : style,
    next: Number.isFinite(start) ? start : 1,
  };
}

export class DocxNotes {
  private readonly notes: Record<NoteKind, Map<string, XmlElement>>;
  private readonly comments: Map<string, XmlElement>;
  private readonly numbering: Record<NoteKind, { style: NumberStyle; next: number }>;
  private readonly commentsShown = new Set<string>();

  constructor(
    parts: DocxNoteParts,
    private readonly out: OfficeText,
    private readonly nestedLines: NestedReader,
  ) {
    this.notes = {
      footnote: notesById(parts.footnotes, 'footnote'),
      endnote: notesById(parts.endnotes, 'endnote'),
    };
    this.comments = notesById(parts.comments, 'comment');
    const sources = [parts.lastSection, parts.settings];
    this.numbering = {
      footnote: noteNumbering('footnote', 'decimal', sources),
      endnote: noteNumbering('endnote', 'lowerRoman', sources),
    };
  }

  /** The mark for a note reference (`customMark`: the one the reference brings), e.g. `[1]`. */
  noteReference(kind: NoteKind, id: string, customMark: string | null): string {
    if (this.out.nested) return customMark === null ? '' : customMark;
    const note = this.notes[kind].get(id);
    const numbering = this.numbering[kind];
    const mark = customMark ?? formatNumber(numbering.next++, numbering.style);
    return this.out.note(kind, mark, note ? this.nestedLines(note) : []);
  }

  /** The mark for a comment reference, e.g. `[Comment 1]`; empty after its first. */
  commentReference(id: string): string {
    const comment = this.comments.get(id);
    if (this.out.nested || !comment || this.commentsShown.has(id)) return '';
    this.commentsShown.add(id);
    return this.out.comment(attr(comment, 'author'), this.nestedLines(comment));
  }
}
