/**
 * OpenDocument (.odt) transcripts: `text:p` and `text:h` in content.xml become lines, list
 * items with their labels computed from the list styles (and headings from the outline
 * style), tables one line per row. ODF collapses white space in paragraph text like HTML
 * does, and spells out significant spaces as `text:s`, tabs as `text:tab`, breaks as
 * `text:line-break`. Footnotes, endnotes, comments and text boxes are kept, written as
 * office-text.ts describes (the same as the .docx reader). Tracked deletions, hidden text
 * (`text:display="none"` by style, `text:hidden-text`, `text:hidden-paragraph`, hidden or
 * conditional sections) are left out. Images, charts, formulas, embedded objects, shapes
 * without text and headers/footers are not imported and are counted in the warnings.
 */
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
import { importError } from './import-error';
import { ListCounters, OdtStyles, type ListStyle } from './odt-styles';
import { officeFailure, openOfficeZip, readZipText } from './office-zip';
import { OfficeText } from './office-text';

const EXPECTED = 'an OpenDocument .odt document';

/** Not part of the visible text: declarations, forms, index templates, cached list numbers. */
const SKIPPED = new Set([
  'sequence-decls',
  'variable-decls',
  'user-field-decls',
  'dde-connection-decls',
  'forms',
  'soft-page-break',
  'number',
  'ruby-text',
  'table-of-content-source',
  'alphabetical-index-source',
  'illustration-index-source',
  'table-index-source',
  'object-index-source',
  'user-index-source',
  'bibliography-source',
  'creator',
  'date',
  'creator-initials',
]);

/** Drawing shapes that can carry text of their own. */
const SHAPES = new Set([
  'custom-shape',
  'rect',
  'ellipse',
  'circle',
  'line',
  'polyline',
  'polygon',
  'regular-polygon',
  'path',
  'connector',
  'caption',
  'measure',
]);

/** Builds one paragraph, collapsing runs of white space in literal text to one space. */
class ParagraphBuilder {
  private text = '';
  /** True at the paragraph start and after a collapsible space, so the next space is dropped. */
  private afterSpace = true;
  visible = false;

  literal(raw: string): void {
    for (const char of raw.replace(/[ \t\r\n]+/g, ' ')) {
      if (char === ' ') {
        if (this.afterSpace) continue;
        this.afterSpace = true;
      } else {
        this.afterSpace = false;
        this.visible = true;
      }
      this.text += char;
    }
  }

  /** Spaces, tabs and breaks written as elements, and marks, are kept exactly. */
  preserved(chars: string): void {
    this.text += chars;
    this.afterSpace = false;
    this.visible = true;
  }

  result(): string {
    return this.text;
  }
}

interface ParagraphState {
  builder: ParagraphBuilder;
  boxes: string[];
  hidden: boolean;
}

/** `text:is-hidden` caches a hiding condition's result; without it the text counts as hidden. */
function conditionHides(element: XmlElement): boolean {
  return attr(element, 'is-hidden') !== 'false';
}

class OdtReader {
  readonly out = new OfficeText();
  private nested = 0;
  /** office:annotation-end names present, so a comment's mark goes where its passage ends. */
  private readonly rangeEnds: Set<string>;
  private readonly openComments = new Map<
    string,
    { author: string | undefined; lines: string[] }
  >();
  private readonly listChains = new Map<string, ListCounters>();
  private readonly lastListOfStyle = new Map<string, ListCounters>();
  private readonly outlineCounters = new ListCounters();
  private footnoteCount = 0;
  private endnoteCount = 0;

  constructor(
    private readonly text: XmlElement,
    private readonly styles: OdtStyles,
    private readonly mediaTypes: Map<string, string>,
  ) {
    this.rangeEnds = new Set(
      descendants(text, 'annotation-end')
        .map((end) => attr(end, 'name'))
        .filter((name): name is string => name !== undefined),
    );
  }

  transcript(masterStyles: XmlElement | undefined): ParsedTranscript {
    const lines: string[] = [];
    this.blocks(this.text, lines, false);
    this.countHeadersAndFooters(masterStyles);
    return this.out.transcript('odt', lines);
  }

  private countHeadersAndFooters(masterStyles: XmlElement | undefined): void {
    for (const page of masterStyles ? childElements(masterStyles, 'master-page') : []) {
      for (const part of childElements(page)) {
        const kind = part.local.startsWith('header')
          ? 'header'
          : part.local.startsWith('footer')
            ? 'footer'
            : null;
        if (!kind || attr(part, 'display') === 'false') continue;
        const shows =
          textContent(part).trim() !== '' ||
          ['page-number', 'page-count', 'frame', 'date', 'time', 'title'].some(
            (local) => descendants(part, local).length > 0,
          );
        if (shows) this.out.headerOrFooter(kind, textContent(part));
      }
    }
  }

  private nestedLines(container: XmlElement): string[] {
    this.nested++;
    try {
      const lines: string[] = [];
      this.blocks(container, lines, false);
      return lines;
    } finally {
      this.nested--;
    }
  }

  private blocks(container: XmlElement, lines: string[], hidden: boolean): void {
    for (const child of childElements(container)) this.block(child, lines, hidden);
  }

  private block(child: XmlElement, lines: string[], hidden: boolean): void {
    if (SKIPPED.has(child.local)) return;
    switch (child.local) {
      case 'p':
      case 'h':
        this.paragraph(child, lines, hidden, null);
        break;
      case 'list':
        this.list(child, lines, hidden, undefined, 1, null);
        break;
      case 'table':
        this.table(child, lines, hidden);
        break;
      case 'tracked-changes':
        if (childElements(child, 'changed-region').length > 0) this.out.hasTrackedChanges();
        break;
      case 'section': {
        const display = attr(child, 'display');
        this.blocks(child, lines, hidden || display === 'none' || display === 'condition');
        break;
      }
      default:
        if (
          child.local === 'frame' ||
          child.local === 'a' ||
          child.local === 'g' ||
          SHAPES.has(child.local)
        ) {
          // Page-anchored drawings sit between the paragraphs.
          if (hidden) return;
          const state = this.newState();
          this.drawing(child, state);
          lines.push(...state.boxes);
        } else {
          // text:index-body, text:table-of-content, text:index-title…
          this.blocks(child, lines, hidden);
        }
    }
  }

  private newState(): ParagraphState {
    return { builder: new ParagraphBuilder(), boxes: [], hidden: false };
  }

  /**
   * One paragraph or heading. `label` (a list item's) is asked for only when the paragraph
   * shows, so a hidden item does not count.
   */
  private paragraph(
    p: XmlElement,
    lines: string[],
    hiddenAround: boolean,
    label: (() => string | null) | null,
  ): void {
    const styleHidden = this.styles.hidden('paragraph', attr(p, 'style-name'));
    const hiddenByField = descendants(p, 'hidden-paragraph').some(conditionHides);
    const hidden = hiddenAround || hiddenByField || styleHidden === true;
    const state = this.newState();
    this.inline(p, state, hidden);
    if (state.hidden) this.out.hiddenTextIn();
    if (hiddenAround || hiddenByField || ((hidden || state.hidden) && !state.builder.visible)) {
      // A paragraph that shows nothing but hidden text is hidden itself (as LibreOffice shows it).
      lines.push(...state.boxes);
      return;
    }
    let shown = label ? label() : null;
    if (shown === null && p.local === 'h' && label === null) shown = this.outlineLabel(p);
    const text = state.builder.result();
    lines.push(shown === null ? text : `${shown} ${text}`);
    lines.push(...state.boxes);
  }

  private outlineLabel(h: XmlElement): string | null {
    const level = Number.parseInt(attr(h, 'outline-level') ?? '', 10);
    if (!(level >= 1 && level <= 10) || !this.styles.outline) return null;
    if (attr(h, 'is-list-header') === 'true') return null;
    return this.outlineCounters.next(this.styles.outline, level, undefined);
  }

  private listStyleOf(list: XmlElement, inherited: string | undefined): string | undefined {
    const own = attr(list, 'style-name');
    if (own !== undefined || inherited !== undefined) return own ?? inherited;
    const firstParagraph = descendants(list, 'p')[0] ?? descendants(list, 'h')[0];
    return this.styles.paragraphListStyle(firstParagraph && attr(firstParagraph, 'style-name'));
  }

  private countersFor(list: XmlElement, styleName: string | undefined): ListCounters {
    const continued = attr(list, 'continue-list');
    let counters =
      continued !== undefined
        ? this.listChains.get(continued)
        : attr(list, 'continue-numbering') === 'true' && styleName !== undefined
          ? this.lastListOfStyle.get(styleName)
          : undefined;
    counters ??= new ListCounters();
    const id = attr(list, 'id');
    if (id !== undefined) this.listChains.set(id, counters);
    if (styleName !== undefined) this.lastListOfStyle.set(styleName, counters);
    return counters;
  }

  private list(
    list: XmlElement,
    lines: string[],
    hidden: boolean,
    inheritedStyle: string | undefined,
    level: number,
    parentCounters: ListCounters | null,
  ): void {
    const styleName = this.listStyleOf(list, inheritedStyle);
    const style: ListStyle | undefined = this.styles.list(styleName);
    const counters = parentCounters ?? this.countersFor(list, styleName);
    for (const item of childElements(list)) {
      if (item.local !== 'list-item' && item.local !== 'list-header') continue;
      const itemStart = Number.parseInt(attr(item, 'start-value') ?? '', 10);
      let first = true;
      for (const child of childElements(item)) {
        if (SKIPPED.has(child.local)) continue;
        if (child.local === 'p' || child.local === 'h') {
          const numbered = first && item.local === 'list-item';
          first = false;
          this.paragraph(
            child,
            lines,
            hidden,
            numbered
              ? () =>
                  counters.next(style, level, Number.isFinite(itemStart) ? itemStart : undefined)
              : () => null,
          );
        } else if (child.local === 'list') {
          first = false;
          this.list(child, lines, hidden, styleName, level + 1, counters);
        } else {
          first = false;
          this.block(child, lines, hidden);
        }
      }
    }
  }

  private table(table: XmlElement, lines: string[], hidden: boolean): void {
    const rows: XmlElement[] = [];
    const collect = (container: XmlElement) => {
      for (const child of childElements(container)) {
        if (child.local === 'table-row') rows.push(child);
        else if (['table-rows', 'table-header-rows', 'table-row-group'].includes(child.local))
          collect(child);
      }
    };
    collect(table);
    for (const row of rows) {
      const cells: string[] = [];
      let covered = 0;
      for (const cell of childElements(row)) {
        if (cell.local === 'covered-table-cell' && covered > 0) {
          covered--; // part of the cell before it, as a spanning cell is one cell in Word
          continue;
        }
        if (cell.local !== 'table-cell' && cell.local !== 'covered-table-cell') continue;
        const span = Number.parseInt(attr(cell, 'number-columns-spanned') ?? '1', 10);
        covered = Number.isFinite(span) && span > 1 ? span - 1 : 0;
        const cellLines: string[] = [];
        this.blocks(cell, cellLines, hidden);
        const repeated = Number.parseInt(attr(cell, 'number-columns-repeated') ?? '1', 10);
        const text = cellLines.join(' ').trim();
        for (let i = 0; i < Math.min(Number.isFinite(repeated) ? repeated : 1, 64); i++)
          cells.push(text);
      }
      if (!hidden) lines.push(cells.join('\t'));
    }
  }

  private inline(element: XmlElement, state: ParagraphState, hidden: boolean): void {
    for (const child of element.children) {
      if (typeof child === 'string') {
        if (!hidden) state.builder.literal(child);
        else if (child.trim() !== '') state.hidden = true;
        continue;
      }
      if (SKIPPED.has(child.local)) continue;
      switch (child.local) {
        case 's': {
          const count = Number.parseInt(attr(child, 'c') ?? '1', 10);
          if (!hidden)
            state.builder.preserved(
              ' '.repeat(Number.isFinite(count) && count > 0 ? Math.min(count, 1000) : 1),
            );
          break;
        }
        case 'tab':
          if (!hidden) state.builder.preserved('\t');
          break;
        case 'line-break':
          if (!hidden) state.builder.preserved('\n');
          break;
        case 'span': {
          const own = this.styles.hidden('text', attr(child, 'style-name'));
          this.inline(child, state, own ?? hidden);
          break;
        }
        case 'hidden-text':
          if (conditionHides(child)) {
            if (textContent(child).trim() !== '' || (attr(child, 'string-value') ?? '') !== '')
              state.hidden = true;
          } else this.inline(child, state, hidden);
          break;
        case 'hidden-paragraph':
          break; // decided for the whole paragraph
        case 'note':
          if (!hidden) this.note(child, state);
          break;
        case 'annotation':
          if (!hidden) this.annotation(child, state);
          break;
        case 'annotation-end': {
          const name = attr(child, 'name');
          const open = name === undefined ? undefined : this.openComments.get(name);
          if (open && name !== undefined) {
            this.openComments.delete(name);
            state.builder.preserved(this.out.comment(open.author, open.lines));
          }
          break;
        }
        case 'frame':
        case 'g':
          if (!hidden) this.drawing(child, state);
          break;
        default:
          if (SHAPES.has(child.local)) {
            if (!hidden) this.drawing(child, state);
          } else {
            // text:a, text:meta, text:ruby-base, fields (their text is what they show)…
            this.inline(child, state, hidden);
          }
      }
    }
  }

  private note(note: XmlElement, state: ParagraphState): void {
    if (this.nested > 0) return;
    const kind = attr(note, 'note-class') === 'endnote' ? 'endnote' : 'footnote';
    const citation = firstChild(note, 'note-citation');
    const count = kind === 'endnote' ? ++this.endnoteCount : ++this.footnoteCount;
    const mark =
      (citation && (textContent(citation).trim() || attr(citation, 'label'))) || String(count);
    const body = firstChild(note, 'note-body');
    state.builder.preserved(this.out.note(kind, mark, body ? this.nestedLines(body) : []));
  }

  private annotation(annotation: XmlElement, state: ParagraphState): void {
    if (this.nested > 0) return;
    const creator = firstChild(annotation, 'creator');
    const author = creator ? textContent(creator) : undefined;
    const lines = this.nestedLines(annotation);
    const name = attr(annotation, 'name');
    if (name !== undefined && this.rangeEnds.has(name)) {
      this.openComments.set(name, { author, lines });
    } else {
      state.builder.preserved(this.out.comment(author, lines));
    }
  }

  private objectKind(object: XmlElement): 'chart' | 'equation' | 'embedded object' {
    const href = (attr(object, 'href') ?? '').replace(/^\.\//, '').replace(/\/$/, '');
    const type = this.mediaTypes.get(`${href}/`) ?? this.mediaTypes.get(href) ?? '';
    if (type.endsWith('.chart')) return 'chart';
    if (type.endsWith('.formula')) return 'equation';
    return 'embedded object';
  }

  /** A frame, group or shape: text boxes and shape text become lines; the rest is counted. */
  private drawing(element: XmlElement, state: ParagraphState): void {
    if (element.local === 'a' || element.local === 'g') {
      for (const child of childElements(element))
        if (
          child.local === 'frame' ||
          child.local === 'g' ||
          child.local === 'a' ||
          SHAPES.has(child.local)
        )
          this.drawing(child, state);
      return;
    }
    if (element.local === 'frame') {
      const textBox = firstChild(element, 'text-box');
      const object = firstChild(element, 'object');
      if (textBox) {
        const line = this.out.textBox(this.nestedLines(textBox));
        if (line !== null) state.boxes.push(line);
      } else if (object) {
        this.out.omit(this.objectKind(object));
      } else if (
        firstChild(element, 'object-ole') ||
        firstChild(element, 'plugin') ||
        firstChild(element, 'applet')
      ) {
        this.out.omit('embedded object');
      } else if (firstChild(element, 'image')) {
        this.out.omit('image');
      } else {
        this.out.omit('shape');
      }
      return;
    }
    // A shape: its own paragraphs are its text.
    const hasText = childElements(element).some((c) => ['p', 'h', 'list'].includes(c.local));
    const line = hasText ? this.out.textBox(this.nestedLines(element)) : null;
    if (line !== null) state.boxes.push(line);
    else this.out.omit('shape');
  }
}

/** ODF encrypts content.xml in place and records it in the manifest. */
function readManifest(
  manifestXml: string | null,
  fileName: string,
): { encrypted: boolean; mediaTypes: Map<string, string> } {
  const mediaTypes = new Map<string, string>();
  if (manifestXml === null) return { encrypted: false, mediaTypes };
  const manifest = parseXml(manifestXml, `${fileName} (META-INF/manifest.xml)`);
  let encrypted = false;
  for (const entry of childElements(manifest, 'file-entry')) {
    const path = attr(entry, 'full-path') ?? '';
    mediaTypes.set(path, attr(entry, 'media-type') ?? '');
    if (path === 'content.xml' && descendants(entry, 'encryption-data').length > 0)
      encrypted = true;
  }
  return { encrypted, mediaTypes };
}

function readOdt(bytes: Uint8Array, fileName: string): ParsedTranscript {
  const zip = openOfficeZip(bytes, fileName, 'odt', EXPECTED);
  const read = (name: string) => readZipText(zip, name, fileName, 'odt', EXPECTED);
  try {
    const { encrypted, mediaTypes } = readManifest(read('META-INF/manifest.xml'), fileName);
    if (encrypted) {
      throw importError(
        fileName,
        'encrypted',
        'the document is password-protected (encrypted); save it without a password and import it again',
      );
    }
    const xml = read('content.xml');
    if (xml === null) {
      const hint = zip.find('word/document.xml')
        ? '; it looks like a Word file, rename it to .docx'
        : '';
      throw importError(
        fileName,
        'corrupt-odt',
        `the file is not ${EXPECTED}: it has no content.xml${hint}`,
      );
    }
    const root = parseXml(xml, `${fileName} (content.xml)`, { keepWhitespace: true });
    const text = firstChild(firstChild(root, 'body') ?? root, 'text');
    if (!text)
      throw importError(
        fileName,
        'corrupt-odt',
        `the file is not a text document: content.xml has no office:text`,
      );
    const stylesXml = read('styles.xml');
    const stylesRoot = stylesXml === null ? null : parseXml(stylesXml, `${fileName} (styles.xml)`);
    const styles = new OdtStyles([
      stylesRoot ? firstChild(stylesRoot, 'styles') : undefined,
      stylesRoot ? firstChild(stylesRoot, 'automatic-styles') : undefined,
      firstChild(root, 'styles'),
      firstChild(root, 'automatic-styles'),
    ]);
    const reader = new OdtReader(text, styles, mediaTypes);
    return reader.transcript(stylesRoot ? firstChild(stylesRoot, 'master-styles') : undefined);
  } catch (err) {
    throw officeFailure(err, fileName, 'odt');
  }
}

/** The imported text of an .odt (body, then notes and comments). */
export function odtToText(bytes: Uint8Array, fileName: string): string {
  return readOdt(bytes, fileName).text;
}

export function parseOdt(bytes: Uint8Array, fileName: string): ParsedTranscript {
  return readOdt(bytes, fileName);
}
