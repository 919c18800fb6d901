/**
 * Walks a Word document's body: paragraphs become lines (with their list labels), table
 * rows lines of tab-separated cells, and runs give their visible text. Hidden text
 * (`w:vanish` or `w:specVanish`, directly or by style) is left out; tracked changes read
 * as if accepted (docx-markup.ts). Notes, comments and drawings met on the way are handed
 * to docx-notes.ts and docx-drawings.ts.
 */
import type { ParsedTranscript } from '@shared/transcript/parsed';
import { attr, childElements, firstChild, textContent, type XmlElement } from '../formats/xml-read';
import { drawing, embeddedObject } from './docx-drawings';
import { chosenAlternative, PROPERTY_ELEMENTS, revisionContent } from './docx-markup';
import { DocxNotes, type NoteKind } from './docx-notes';
import { DocxNumbering, DocxStyles, toggleOn } from './docx-numbering';
import type { DocxDocument } from './docx-parts';
import { countDocxHeadersAndFooters } from './office-headers';
import { cellText, OfficeText, paragraphLine, rowLine } from './office-text';

interface Paragraph {
  text: string;
  /** Lines of text boxes anchored in this paragraph, written after it. */
  boxes: string[];
  /** Some non-empty text was hidden. */
  hidden: boolean;
  /** Some visible content (text, tab, break, a mark). */
  visible: boolean;
  pStyle: string | undefined;
  /** A footnote/endnote reference with a custom mark: the next text is the mark. */
  customMark: { kind: NoteKind; id: string } | null;
}

export class DocxReader {
  readonly out = new OfficeText();
  private readonly styles: DocxStyles;
  private readonly numbering: DocxNumbering;
  private readonly notes: DocxNotes;
  private readonly settings: XmlElement | null;

  constructor(private readonly doc: DocxDocument) {
    this.styles = new DocxStyles(doc.related('styles', 'word/styles.xml'));
    this.numbering = new DocxNumbering(doc.related('numbering', 'word/numbering.xml'), this.styles);
    const footnotes = doc.related('footnotes', 'word/footnotes.xml');
    const endnotes = doc.related('endnotes', 'word/endnotes.xml');
    const comments = doc.related('comments', 'word/comments.xml');
    this.settings = doc.related('settings', 'word/settings.xml');
    this.notes = new DocxNotes(
      {
        footnotes,
        endnotes,
        comments,
        lastSection: childElements(doc.body, 'sectPr').at(-1),
        settings: this.settings,
      },
      this.out,
      (container) => this.nestedLines(container),
    );
  }

  transcript(): ParsedTranscript {
    const lines: string[] = [];
    this.blocks(this.doc.body, lines);
    countDocxHeadersAndFooters(this.doc, this.settings, this.out);
    return this.out.transcript('docx', lines);
  }

  /** Lines of a note, comment or text box, read without following references inside it. */
  private nestedLines(container: XmlElement): string[] {
    return this.out.nestedLines((lines) => this.blocks(container, lines));
  }

  private blocks(container: XmlElement, lines: string[]): void {
    for (const child of childElements(container)) {
      if (PROPERTY_ELEMENTS.has(child.local)) continue;
      const content = revisionContent(child, this.out);
      if (content !== undefined) {
        if (content) this.blocks(content, lines);
      } else if (child.local === 'p') {
        this.paragraph(child, lines);
      } else if (child.local === 'tbl') {
        this.table(child, lines);
      } else if (child.local === 'altChunk') {
        this.out.omit('embedded object');
      } else {
        // w:sdt, w:sdtContent, w:customXml and the like wrap ordinary blocks.
        this.blocks(child, lines);
      }
    }
  }

  /** Rows of a table, also those wrapped in content controls or custom XML. */
  private parts(container: XmlElement, local: 'tr' | 'tc', out: XmlElement[] = []): XmlElement[] {
    for (const child of childElements(container)) {
      if (child.local === local) out.push(child);
      else if (child.local === 'del' || child.local === 'moveFrom') this.out.hasTrackedChanges();
      else if (!PROPERTY_ELEMENTS.has(child.local) && child.local !== 'tbl')
        this.parts(child, local, out);
    }
    return out;
  }

  /** A table row → one line with its cells separated by tabs. */
  private table(table: XmlElement, lines: string[]): void {
    for (const row of this.parts(table, 'tr')) {
      const cells = this.parts(row, 'tc').map((cell) => {
        const cellLines: string[] = [];
        this.blocks(cell, cellLines);
        return cellText(cellLines);
      });
      lines.push(rowLine(cells));
    }
  }

  private paragraph(p: XmlElement, lines: string[]): void {
    const pPr = firstChild(p, 'pPr');
    const pStyleElement = pPr && firstChild(pPr, 'pStyle');
    const pStyle = pStyleElement ? attr(pStyleElement, 'val') : undefined;
    const markProperties = pPr && firstChild(pPr, 'rPr');
    if (markProperties && (firstChild(markProperties, 'ins') || firstChild(markProperties, 'del')))
      this.out.hasTrackedChanges();
    const markHidden = this.styles.runHidden(
      toggleOn(markProperties && firstChild(markProperties, 'vanish')),
      undefined,
      pStyle,
    );
    const state: Paragraph = {
      text: '',
      boxes: [],
      hidden: false,
      visible: false,
      pStyle,
      customMark: null,
    };
    this.inline(p, state);
    if (state.hidden) this.out.hiddenTextIn();
    if ((markHidden || state.hidden) && !state.visible) {
      // A paragraph that shows nothing but hidden text leaves no line (as LibreOffice shows
      // it, and the same in the .odt reader); its text boxes still show.
      lines.push(...state.boxes);
      return;
    }
    lines.push(paragraphLine(this.numbering.paragraphLabel(pPr, pStyle), state.text));
    lines.push(...state.boxes);
  }

  private inline(element: XmlElement, state: Paragraph): void {
    for (const child of childElements(element)) {
      if (PROPERTY_ELEMENTS.has(child.local)) continue;
      const content = revisionContent(child, this.out);
      if (content !== undefined) {
        if (content) this.inline(content, state);
      } else if (child.local === 'r') {
        this.run(child, state, this.runIsHidden(child, state));
      } else if (child.local === 'oMath' || child.local === 'oMathPara') {
        this.out.omit('equation');
      } else {
        // w:hyperlink, w:smartTag, w:sdt/w:sdtContent, w:customXml, w:fldSimple, w:bdo, w:dir…
        this.inline(child, state);
      }
    }
  }

  private runIsHidden(run: XmlElement, state: Paragraph): boolean {
    const rPr = firstChild(run, 'rPr');
    const rStyle = rPr && firstChild(rPr, 'rStyle');
    const direct =
      toggleOn(rPr && firstChild(rPr, 'vanish')) ??
      (toggleOn(rPr && firstChild(rPr, 'specVanish')) ? true : undefined);
    return this.styles.runHidden(direct, rStyle ? attr(rStyle, 'val') : undefined, state.pStyle);
  }

  /** The content of a run (`container` is the run or a markup-compatibility choice inside it). */
  private run(container: XmlElement, state: Paragraph, hidden: boolean): void {
    const show = (text: string) => {
      if (text === '') return;
      if (hidden) {
        if (text.trim() !== '') state.hidden = true;
        return;
      }
      state.text += text;
      state.visible = true;
    };
    for (const child of childElements(container)) {
      switch (child.local) {
        case 't': {
          const text = textContent(child);
          if (state.customMark && text.trim() !== '') {
            const { kind, id } = state.customMark;
            state.customMark = null;
            state.text += this.notes.noteReference(kind, id, text);
            state.visible = true;
          } else show(text);
          break;
        }
        case 'tab':
        case 'ptab':
          show('\t');
          break;
        case 'br':
        case 'cr':
          show('\n');
          break;
        case 'noBreakHyphen':
          show('-');
          break;
        case 'footnoteReference':
        case 'endnoteReference': {
          if (hidden) break;
          const kind = child.local === 'footnoteReference' ? 'footnote' : 'endnote';
          const id = attr(child, 'id') ?? '';
          const custom = attr(child, 'customMarkFollows');
          if (custom !== undefined && !['0', 'false', 'off'].includes(custom)) {
            state.customMark = { kind, id };
          } else {
            state.text += this.notes.noteReference(kind, id, null);
            state.visible = true;
          }
          break;
        }
        case 'commentReference':
          if (!hidden) state.text += this.notes.commentReference(attr(child, 'id') ?? '');
          break;
        case 'drawing':
        case 'pict':
          if (!hidden) drawing(child, this.out, (content) => this.textBox(content, state));
          break;
        case 'object':
          if (!hidden) embeddedObject(child, this.out);
          break;
        case 'AlternateContent': {
          const chosen = chosenAlternative(child);
          if (chosen) this.run(chosen, state, hidden);
          break;
        }
        case 'ruby': {
          const base = firstChild(child, 'rubyBase');
          if (base) this.inline(base, state);
          break;
        }
        default:
        // rPr, fldChar, instrText, delText, footnoteRef, annotationRef, separators, softHyphen…
      }
    }
  }

  /** A text box becomes a line after the paragraph it is anchored in. */
  private textBox(content: XmlElement, state: Paragraph): void {
    const line = this.out.textBox(this.nestedLines(content));
    if (line !== null) state.boxes.push(line);
  }
}
