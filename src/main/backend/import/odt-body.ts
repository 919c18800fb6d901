/**
 * Walks an OpenDocument's `office:text`: `text:p` and `text:h` become lines, list items
 * with their labels (and headings with their outline numbers), table rows lines of
 * tab-separated cells. Hidden text (`text:display="none"` by style, `text:hidden-text`,
 * `text:hidden-paragraph`, hidden or conditional sections) is left out, and so are
 * tracked deletions. Notes, comments and drawings met on the way are handed to
 * odt-notes.ts and odt-drawings.ts.
 */
import type { ParsedTranscript } from '@shared/transcript/parsed';
import {
  attr,
  childElements,
  descendants,
  textContent,
  type XmlElement,
} from '../formats/xml-read';
import { isDrawing, OdtDrawings, SHAPES } from './odt-drawings';
import { OdtListNumbering } from './odt-lists';
import { OdtNotes } from './odt-notes';
import { newParagraph, type ParagraphState } from './odt-paragraph';
import type { OdtDocument } from './odt-parts';
import type { ListCounters, ListStyle } from './odt-styles';
import { countOdtHeadersAndFooters } from './office-headers';
import { cellText, OfficeText, paragraphLine, rowLine } from './office-text';

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

/** `text:is-hidden` caches a hiding condition's result; without it the text counts as hidden. */
function conditionHides(element: XmlElement): boolean {
  return attr(element, 'is-hidden') !== 'false';
}

export class OdtReader {
  readonly out = new OfficeText();
  private readonly lists: OdtListNumbering;
  private readonly notes: OdtNotes;
  private readonly drawings: OdtDrawings;

  constructor(private readonly doc: OdtDocument) {
    const nestedLines = (container: XmlElement) => this.nestedLines(container);
    this.lists = new OdtListNumbering(doc.styles);
    this.notes = new OdtNotes(doc.text, this.out, nestedLines);
    this.drawings = new OdtDrawings(this.out, doc.mediaTypes, nestedLines);
  }

  transcript(): ParsedTranscript {
    const lines: string[] = [];
    this.blocks(this.doc.text, lines, false);
    countOdtHeadersAndFooters(this.doc.masterStyles, this.out);
    return this.out.transcript('odt', lines);
  }

  /** Lines of a note, comment or text box, read without following references inside it. */
  private nestedLines(container: XmlElement): string[] {
    return this.out.nestedLines((lines) => this.blocks(container, lines, false));
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
        if (isDrawing(child.local)) {
          // Page-anchored drawings sit between the paragraphs.
          if (hidden) return;
          const boxes: string[] = [];
          this.drawings.drawing(child, boxes);
          lines.push(...boxes);
        } else {
          // text:index-body, text:table-of-content, text:index-title…
          this.blocks(child, lines, hidden);
        }
    }
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
    const styleHidden = this.doc.styles.hidden('paragraph', attr(p, 'style-name'));
    const hiddenByField = descendants(p, 'hidden-paragraph').some(conditionHides);
    const hidden = hiddenAround || hiddenByField || styleHidden === true;
    const state = newParagraph();
    this.inline(p, state, hidden);
    if (state.hidden) this.out.hiddenTextIn();
    if (hiddenAround || hiddenByField || ((hidden || state.hidden) && !state.builder.visible)) {
      // A paragraph that shows nothing but hidden text is hidden itself (as LibreOffice shows it).
      lines.push(...state.boxes);
      return;
    }
    let shown = label ? label() : null;
    if (shown === null && p.local === 'h' && label === null) shown = this.lists.outlineLabel(p);
    lines.push(paragraphLine(shown, state.builder.result()));
    lines.push(...state.boxes);
  }

  private list(
    list: XmlElement,
    lines: string[],
    hidden: boolean,
    inheritedStyle: string | undefined,
    level: number,
    parentCounters: ListCounters | null,
  ): void {
    const styleName = this.lists.styleOf(list, inheritedStyle);
    const style: ListStyle | undefined = this.doc.styles.list(styleName);
    const counters = parentCounters ?? this.lists.countersFor(list, styleName);
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
        const text = cellText(cellLines);
        for (let i = 0; i < Math.min(Number.isFinite(repeated) ? repeated : 1, 64); i++)
          cells.push(text);
      }
      if (!hidden) lines.push(rowLine(cells));
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
          const own = this.doc.styles.hidden('text', attr(child, 'style-name'));
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
          if (!hidden) this.mark(state, this.notes.note(child));
          break;
        case 'annotation':
          if (!hidden) this.mark(state, this.notes.annotation(child));
          break;
        case 'annotation-end':
          this.mark(state, this.notes.annotationEnd(child));
          break;
        case 'frame':
        case 'g':
          if (!hidden) this.drawings.drawing(child, state.boxes);
          break;
        default:
          if (SHAPES.has(child.local)) {
            if (!hidden) this.drawings.drawing(child, state.boxes);
          } else {
            // text:a, text:meta, text:ruby-base, fields (their text is what they show)…
            this.inline(child, state, hidden);
          }
      }
    }
  }

  /** A note's or comment's mark goes into the text as it is. */
  private mark(state: ParagraphState, mark: string | null): void {
    if (mark !== null) state.builder.preserved(mark);
  }
}
