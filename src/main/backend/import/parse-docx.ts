/**
 * Word (.docx) transcripts: the main document part's paragraphs become lines, and what the
 * finished document shows is kept: tracked insertions (deletions, moved-away text and field
 * codes go), list labels computed from numbering.xml, footnotes, endnotes, comments and
 * text boxes, written as office-text.ts describes (the same as the .odt reader). Hidden
 * text (`w:vanish`, directly or by style) is left out. Images, charts, SmartArt, equations,
 * embedded objects, shapes without text and headers/footers are not imported and are
 * counted in the warnings.
 *
 * Why this reader and not mammoth: mammoth 1.13 was tried on the fixtures in
 * fixtures/import-features/ and on the hostile files. It keeps hidden text (a hidden
 * paragraph and both hidden runs came through), computes no list labels ("1.", "a)" are
 * lost; its raw text has none), drops footnotes, endnotes and comments from its raw text
 * (only its HTML has them, numbering footnotes and endnotes as one series [1], [2] where
 * Word shows 1 and i), turns table
 * rows into one paragraph per cell, reports none of the images, headers and footers it
 * drops, and reads no .odt, so the two formats could not share markers. It also opens the
 * zip and parses the XML itself: fixtures/broken/zip-bomb.docx inflated to 1 GiB (2.2 GB
 * peak RSS, 7 s) and the 100,000-deep document hit "Maximum call stack size exceeded",
 * bypassing the limits of zip-read.ts and xml-read.ts. Extending this reader was smaller.
 */
import { posix } from 'node:path';
import type { ParsedTranscript } from '@shared/transcript/parsed';
import {
  attr,
  childElements,
  descendants,
  firstChild,
  parseXml,
  textContent,
  type XmlElement,
} from '../formats/xml-read';
import { DocxNumbering, DocxStyles, toggleOn } from './docx-numbering';
import { importError } from './import-error';
import { formatNumber, wordNumberStyle, type NumberStyle } from './list-labels';
import { officeFailure, openOfficeZip, readZipText } from './office-zip';
import { OfficeText } from './office-text';
import type { ZipArchive } from '../formats/zip-read';

const EXPECTED = 'a Word .docx document';
const REL_TYPE = (name: string) => new RegExp(`/${name}$`);

interface Relationship {
  type: string;
  target: string;
  external: boolean;
}

/** Block-level wrappers whose children are ordinary blocks (or, inline, ordinary runs). */
const SKIPPED_PROPERTIES = new Set([
  'pPr',
  'rPr',
  'sdtPr',
  'sdtEndPr',
  'tblPr',
  'tblGrid',
  'trPr',
  'tcPr',
  'sectPr',
]);

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
  customMark: { kind: 'footnote' | 'endnote'; id: string } | null;
}

function relsPathOf(part: string): string {
  return posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`);
}

function readRelationships(
  xml: string | null,
  part: string,
  fileName: string,
): Map<string, Relationship> {
  const out = new Map<string, Relationship>();
  if (xml === null) return out;
  const base = part === '' ? '' : posix.dirname(part);
  const rels = parseXml(xml, `${fileName} (${relsPathOf(part).replace(/^\//, '')})`);
  for (const rel of childElements(rels, 'Relationship')) {
    const id = attr(rel, 'Id');
    const target = attr(rel, 'Target');
    if (id === undefined || target === undefined) continue;
    const external = attr(rel, 'TargetMode') === 'External';
    const resolved = target.startsWith('/')
      ? target.slice(1)
      : posix.normalize(posix.join(base, target)).replace(/^\.\//, '');
    out.set(id, { type: attr(rel, 'Type') ?? '', target: resolved, external });
  }
  return out;
}

/** The first `mc:Choice` of a markup-compatibility block (Word writes the rich form first), or its fallback. */
function chosenAlternative(element: XmlElement): XmlElement | undefined {
  return firstChild(element, 'Choice') ?? firstChild(element, 'Fallback');
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

/** True when a header or footer part shows something: text, a field, a drawing. */
function hasContent(root: XmlElement): boolean {
  if (descendants(root, 't').some((t) => textContent(t).trim() !== '')) return true;
  return ['instrText', 'fldSimple', 'drawing', 'pict', 'object'].some(
    (local) => descendants(root, local).length > 0,
  );
}

class DocxReader {
  readonly out = new OfficeText();
  private readonly styles: DocxStyles;
  private readonly numbering: DocxNumbering;
  private readonly notes: Record<'footnote' | 'endnote', Map<string, XmlElement>>;
  private readonly comments: Map<string, XmlElement>;
  private readonly noteStyle: Record<'footnote' | 'endnote', { style: NumberStyle; next: number }>;
  private readonly commentsShown = new Set<string>();
  private readonly settings: XmlElement | null;
  /** >0 while a note, comment or text box is read: references inside them are not followed. */
  private nested = 0;

  constructor(
    private readonly read: (name: string) => string | null,
    private readonly fileName: string,
    private readonly body: XmlElement,
    private readonly rels: Map<string, Relationship>,
  ) {
    const part = (type: string, fallback: string): XmlElement | null => {
      const rel = [...rels.values()].find((r) => !r.external && REL_TYPE(type).test(r.type));
      const name = rel?.target ?? fallback;
      const xml = read(name);
      return xml === null ? null : parseXml(xml, `${fileName} (${name})`, { keepWhitespace: true });
    };
    this.styles = new DocxStyles(part('styles', 'word/styles.xml'));
    this.numbering = new DocxNumbering(part('numbering', 'word/numbering.xml'), this.styles);
    this.notes = {
      footnote: notesById(part('footnotes', 'word/footnotes.xml'), 'footnote'),
      endnote: notesById(part('endnotes', 'word/endnotes.xml'), 'endnote'),
    };
    this.comments = notesById(part('comments', 'word/comments.xml'), 'comment');
    const settings = part('settings', 'word/settings.xml');
    this.settings = settings;
    const lastSection = childElements(body, 'sectPr').at(-1);
    const noteStyle = (kind: 'footnote' | 'endnote', fallback: string) => {
      const properties = [lastSection, settings]
        .map((e) => (e ? firstChild(e, `${kind}Pr`) : undefined))
        .filter((e): e is XmlElement => e !== undefined);
      const numFmt = properties.map((p) => firstChild(p, 'numFmt')).find((e) => e);
      const numStart = properties.map((p) => firstChild(p, 'numStart')).find((e) => e);
      const style = wordNumberStyle(numFmt ? attr(numFmt, 'val') : fallback);
      const start = Number.parseInt((numStart && attr(numStart, 'val')) ?? '1', 10);
      return {
        style: style === 'bullet' || style === 'none' ? 'decimal' : style,
        next: Number.isFinite(start) ? start : 1,
      } as const;
    };
    this.noteStyle = {
      footnote: noteStyle('footnote', 'decimal'),
      endnote: noteStyle('endnote', 'lowerRoman'),
    };
  }

  transcript(): ParsedTranscript {
    const lines: string[] = [];
    this.blocks(this.body, lines);
    this.countHeadersAndFooters();
    return this.out.transcript('docx', lines);
  }

  /**
   * Headers and footers with content, as Word shows them: even-page ones only with
   * `w:evenAndOddHeaders`, first-page ones only in sections with `w:titlePg`.
   */
  private countHeadersAndFooters(): void {
    const evenAndOdd = toggleOn(
      this.settings ? firstChild(this.settings, 'evenAndOddHeaders') : undefined,
    );
    for (const section of descendants(this.body, 'sectPr')) {
      const titlePage = toggleOn(firstChild(section, 'titlePg'));
      for (const ref of childElements(section)) {
        const kind =
          ref.local === 'headerReference'
            ? 'header'
            : ref.local === 'footerReference'
              ? 'footer'
              : null;
        const type = attr(ref, 'type') ?? 'default';
        if (!kind || (type === 'even' && !evenAndOdd) || (type === 'first' && !titlePage)) continue;
        const rel = this.rels.get(attr(ref, 'id') ?? '');
        if (!rel || rel.external) continue;
        const xml = this.read(rel.target);
        if (xml === null) continue;
        const root = parseXml(xml, `${this.fileName} (${rel.target})`, { keepWhitespace: true });
        if (hasContent(root)) this.out.headerOrFooter(kind, textContent(root));
      }
    }
  }

  /** Lines of a note, comment or text box, read without following references inside it. */
  private nestedLines(container: XmlElement): string[] {
    this.nested++;
    try {
      const lines: string[] = [];
      this.blocks(container, lines);
      return lines;
    } finally {
      this.nested--;
    }
  }

  private blocks(container: XmlElement, lines: string[]): void {
    for (const child of childElements(container)) {
      if (SKIPPED_PROPERTIES.has(child.local)) continue;
      switch (child.local) {
        case 'p':
          this.paragraph(child, lines);
          break;
        case 'tbl':
          this.table(child, lines);
          break;
        case 'del':
        case 'moveFrom':
          this.out.hasTrackedChanges();
          break;
        case 'ins':
        case 'moveTo':
          this.out.hasTrackedChanges();
          this.blocks(child, lines);
          break;
        case 'altChunk':
          this.out.omit('embedded object');
          break;
        case 'AlternateContent': {
          const chosen = chosenAlternative(child);
          if (chosen) this.blocks(chosen, lines);
          break;
        }
        default:
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
      else if (!SKIPPED_PROPERTIES.has(child.local) && child.local !== 'tbl')
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
        return cellLines.join(' ').trim();
      });
      lines.push(cells.join('\t'));
    }
  }

  private label(pPr: XmlElement | undefined, pStyle: string | undefined): string | null {
    const numPr = pPr && firstChild(pPr, 'numPr');
    const directNumId = numPr && firstChild(numPr, 'numId');
    const directIlvl = numPr && firstChild(numPr, 'ilvl');
    let numId = directNumId ? attr(directNumId, 'val') : undefined;
    let ilvl = directIlvl ? Number.parseInt(attr(directIlvl, 'val') ?? '0', 10) : undefined;
    if (numId === undefined) {
      const fromStyle = this.styles.numbering(pStyle);
      if (!fromStyle) return null;
      numId = fromStyle.numId;
      ilvl ??= fromStyle.ilvl ?? this.numbering.levelForStyle(numId, fromStyle.styleId);
    }
    const level = ilvl !== undefined && Number.isFinite(ilvl) ? ilvl : 0;
    return this.numbering.label(numId, level);
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
    const label = this.label(pPr, pStyle);
    lines.push(label === null ? state.text : `${label} ${state.text}`);
    lines.push(...state.boxes);
  }

  private inline(element: XmlElement, state: Paragraph): void {
    for (const child of childElements(element)) {
      if (SKIPPED_PROPERTIES.has(child.local)) continue;
      switch (child.local) {
        case 'r':
          this.run(child, state, this.runIsHidden(child, state));
          break;
        case 'del':
        case 'moveFrom':
          this.out.hasTrackedChanges();
          break;
        case 'ins':
        case 'moveTo':
          this.out.hasTrackedChanges();
          this.inline(child, state);
          break;
        case 'oMath':
        case 'oMathPara':
          this.out.omit('equation');
          break;
        case 'AlternateContent': {
          const chosen = chosenAlternative(child);
          if (chosen) this.inline(chosen, state);
          break;
        }
        default:
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
            state.text += this.noteReference(kind, id, text);
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
            state.text += this.noteReference(kind, id, null);
            state.visible = true;
          }
          break;
        }
        case 'commentReference':
          if (!hidden) state.text += this.commentReference(attr(child, 'id') ?? '');
          break;
        case 'drawing':
        case 'pict':
          if (!hidden) this.graphic(child, state, true);
          break;
        case 'object':
          if (!hidden) this.embeddedObject(child);
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

  private noteReference(
    kind: 'footnote' | 'endnote',
    id: string,
    customMark: string | null,
  ): string {
    if (this.nested > 0) return customMark === null ? '' : customMark;
    const note = this.notes[kind].get(id);
    const style = this.noteStyle[kind];
    const mark = customMark ?? formatNumber(style.next++, style.style);
    return this.out.note(kind, mark, note ? this.nestedLines(note) : []);
  }

  private commentReference(id: string): string {
    const comment = this.comments.get(id);
    if (this.nested > 0 || !comment || this.commentsShown.has(id)) return '';
    this.commentsShown.add(id);
    return this.out.comment(attr(comment, 'author'), this.nestedLines(comment));
  }

  private embeddedObject(object: XmlElement): void {
    const ole = descendants(object, 'OLEObject')[0];
    const progId = ole ? (attr(ole, 'ProgID') ?? '') : '';
    if (/^Equation/i.test(progId)) this.out.omit('equation');
    else if (/chart/i.test(progId)) this.out.omit('chart');
    else this.out.omit('embedded object');
  }

  /**
   * A DrawingML drawing or a VML picture: text boxes become lines after the paragraph;
   * pictures, charts, SmartArt and shapes without text are counted. Returns whether it
   * found anything; a drawing that holds nothing known counts as a shape.
   */
  private graphic(element: XmlElement, state: Paragraph, top: boolean): boolean {
    let found = false;
    for (const child of childElements(element)) {
      switch (child.local) {
        case 'txbxContent': {
          const line = this.out.textBox(this.nestedLines(child));
          if (line !== null) state.boxes.push(line);
          found = true;
          break;
        }
        case 'pic':
        case 'imagedata':
          this.out.omit('image');
          found = true;
          break;
        case 'chart':
          this.out.omit('chart');
          found = true;
          break;
        case 'relIds':
          this.out.omit('diagram');
          found = true;
          break;
        case 'OLEObject':
          this.out.omit('embedded object');
          found = true;
          break;
        case 'shapetype':
          break; // a VML shape definition, not a shape
        case 'wsp':
          if (!this.graphic(child, state, false)) this.out.omit('shape');
          found = true;
          break;
        case 'AlternateContent': {
          const chosen = chosenAlternative(child);
          if (chosen && this.graphic(chosen, state, false)) found = true;
          break;
        }
        default:
          if (this.graphic(child, state, false)) found = true;
      }
    }
    if (top && !found) this.out.omit('shape');
    return found;
  }
}

/** The main document part named in `_rels/.rels`, normally `word/document.xml`. */
function mainPartName(relsXml: string | null, fileName: string): string {
  const rels = readRelationships(relsXml, '', fileName);
  const main = [...rels.values()].find((r) => REL_TYPE('officeDocument').test(r.type));
  return main?.target ?? 'word/document.xml';
}

function readDocx(bytes: Uint8Array, fileName: string): ParsedTranscript {
  const zip: ZipArchive = openOfficeZip(bytes, fileName, 'docx', EXPECTED);
  const read = (name: string) => readZipText(zip, name, fileName, 'docx', EXPECTED);
  try {
    const partName = mainPartName(read('_rels/.rels'), fileName);
    const xml = read(partName);
    if (xml === null) {
      const hint = zip.find('content.xml')
        ? '; it looks like an OpenDocument file, rename it to .odt'
        : '';
      throw importError(
        fileName,
        'corrupt-docx',
        `the file is not ${EXPECTED}: it has no ${partName}${hint}`,
      );
    }
    const root = parseXml(xml, `${fileName} (${partName})`, { keepWhitespace: true });
    const body = firstChild(root, 'body');
    if (!body)
      throw importError(
        fileName,
        'corrupt-docx',
        `the file is not ${EXPECTED}: ${partName} has no body`,
      );
    const rels = readRelationships(read(relsPathOf(partName)), partName, fileName);
    return new DocxReader(read, fileName, body, rels).transcript();
  } catch (err) {
    throw officeFailure(err, fileName, 'docx');
  }
}

/** The imported text of a .docx (body, then notes and comments), e.g. for a REFI-QDA source. */
export function docxToText(bytes: Uint8Array, fileName: string): string {
  return readDocx(bytes, fileName).text;
}

export function parseDocx(bytes: Uint8Array, fileName: string): ParsedTranscript {
  return readDocx(bytes, fileName);
}
