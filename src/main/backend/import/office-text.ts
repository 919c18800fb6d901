/**
 * What the Word (.docx) and OpenDocument (.odt) readers share, so that the same content
 * gives the same text and the same warnings in both formats. The readers walk their own
 * XML; this module decides how each kept feature is written and what is reported.
 *
 * How kept features appear in the imported text (identical for .docx and .odt):
 * - A footnote or endnote: its mark, as the document shows it ("1", "i", "*"), stays in
 *   the text in brackets where the reference is: `ventetiden.[1]`. The note texts follow
 *   the body, each section under its own line: `Footnotes`, then `[1] note text`, one line
 *   per note (its paragraphs joined by spaces); then `Endnotes` the same way.
 * - A comment: `[Comment 1]` where the commented passage ends (comments are numbered in
 *   document order); the comments follow under `Comments` as `[Comment 1] Author: text`.
 * - A text box (or a shape with text): one line of its own right after the paragraph it is
 *   anchored in, `[Text box] text` (its paragraphs joined by spaces).
 * - A list item: its label as Word or LibreOffice shows it ("1.", "a)", "i.", "•"), a space,
 *   then the text. Table rows are lines with the cells separated by tabs.
 * The sections after the body (notes, comments) belong to no speaker turn, and no line
 * of them can start a turn: each starts with "[" or is a section title. Notes, comments
 * and text boxes never add a line break inside a turn. References inside a note, comment
 * or text box are not followed (see OfficeText.nestedLines).
 *
 * Left out, and counted in the warnings: images, charts, SmartArt diagrams, equations,
 * embedded objects, shapes without text, headers and footers (those with content), and
 * hidden text. Tracked changes are imported as if accepted, and that is said too.
 */
import type { SourceFormat } from '@shared/domain/entities';
import type { ParsedTranscript } from '@shared/transcript/parsed';
import { addNormalisationReports, normaliseTextReporting } from '@shared/text/normalise';
import { detectTurns } from '@shared/transcript/turns';
import { APPENDIX_TITLES } from '@shared/transcript/notes-appendix';

export type OmittedKind =
  'image' | 'chart' | 'diagram' | 'equation' | 'embedded object' | 'shape' | 'header' | 'footer';

/** Warning order and plurals. */
const OMITTED: readonly [OmittedKind, string][] = [
  ['image', 'images'],
  ['chart', 'charts'],
  ['diagram', 'diagrams'],
  ['equation', 'equations'],
  ['embedded object', 'embedded objects'],
  ['shape', 'shapes'],
  ['header', 'headers'],
  ['footer', 'footers'],
];

/** Written after the body; turn detection knows them too, so a text edit keeps them out of turns. */
export const SECTION_TITLES = APPENDIX_TITLES;

/** Note and comment texts live on one line: breaks and runs of white space become one space. */
function oneLine(paragraphs: readonly string[]): string {
  return paragraphs
    .map((p) => p.replace(/[\n\r\v\f\u2028\u2029]+/g, ' ').trim())
    .filter((p) => p !== '')
    .join(' ');
}

function countPhrase(count: number, singular: string, plural: string): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** "a", "a and b", "a, b and c". */
function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** A shown paragraph's line: a list item's label, a space, then the text. */
export function paragraphLine(label: string | null, text: string): string {
  return label === null ? text : `${label} ${text}`;
}

/** A table cell as it stands in its row's line: its paragraphs joined by spaces. */
export function cellText(paragraphs: readonly string[]): string {
  return paragraphs.join(' ').trim();
}

/** A table row's line: the cells separated by tabs. */
export function rowLine(cells: readonly string[]): string {
  return cells.join('\t');
}

export class OfficeText {
  private readonly notes = { footnote: [] as string[], endnote: [] as string[] };
  private readonly comments: string[] = [];
  private readonly omitted = new Map<OmittedKind, number>();
  private readonly headerFooterTexts = new Set<string>();
  private hiddenParagraphs = 0;
  private trackedChanges = false;
  private nesting = 0;

  /** True while a note, comment or text box is read: references inside them are not followed. */
  get nested(): boolean {
    return this.nesting > 0;
  }

  /** The lines `read` writes for a note, comment or text box, read as nested. */
  nestedLines(read: (lines: string[]) => void): string[] {
    this.nesting++;
    try {
      const lines: string[] = [];
      read(lines);
      return lines;
    } finally {
      this.nesting--;
    }
  }

  /** Records a footnote or endnote and returns its mark for the text, e.g. `[1]`. */
  note(kind: 'footnote' | 'endnote', mark: string, paragraphs: readonly string[]): string {
    const shown = `[${mark.trim()}]`;
    this.notes[kind].push(`${shown} ${oneLine(paragraphs)}`.trimEnd());
    return shown;
  }

  /** Records a comment and returns its mark for the text, e.g. `[Comment 1]`. */
  comment(author: string | undefined, paragraphs: readonly string[]): string {
    const shown = `[Comment ${this.comments.length + 1}]`;
    const by = author?.trim() ? `${author.trim()}: ` : '';
    this.comments.push(`${shown} ${by}${oneLine(paragraphs)}`.trimEnd());
    return shown;
  }

  /** The line a text box becomes, or null when it holds no text. */
  textBox(paragraphs: readonly string[]): string | null {
    const text = oneLine(paragraphs);
    return text === '' ? null : `[Text box] ${text}`;
  }

  /**
   * A header or footer that shows `text`: counted once per distinct text, since editors
   * write the same header again for first or even pages (LibreOffice does for every .docx).
   */
  headerOrFooter(kind: 'header' | 'footer', text: string): void {
    const key = `${kind}\n${text.replace(/\s+/g, ' ').trim()}`;
    if (this.headerFooterTexts.has(key)) return;
    this.headerFooterTexts.add(key);
    this.omit(kind);
  }

  omit(kind: OmittedKind, count = 1): void {
    if (count > 0) this.omitted.set(kind, (this.omitted.get(kind) ?? 0) + count);
  }

  /** A paragraph some (or all) of whose text was hidden and so left out. */
  hiddenTextIn(): void {
    this.hiddenParagraphs++;
  }

  hasTrackedChanges(): void {
    this.trackedChanges = true;
  }

  warnings(): string[] {
    const warnings: string[] = [];
    const parts: string[] = [];
    let total = 0;
    for (const [kind, plural] of OMITTED) {
      const count = this.omitted.get(kind) ?? 0;
      if (count === 0) continue;
      parts.push(countPhrase(count, kind, plural));
      total += count;
    }
    if (parts.length > 0)
      warnings.push(`${joinList(parts)} ${total === 1 ? 'was' : 'were'} not imported`);
    if (this.hiddenParagraphs > 0) {
      warnings.push(
        `hidden text in ${countPhrase(this.hiddenParagraphs, 'paragraph', 'paragraphs')} was left out`,
      );
    }
    if (this.trackedChanges) warnings.push('tracked changes were imported as if accepted');
    return warnings;
  }

  /** The sections that follow the body, in order, each a title line and one line per entry. */
  private appendix(): string {
    const sections: string[] = [];
    if (this.notes.footnote.length > 0)
      sections.push([SECTION_TITLES.footnote, ...this.notes.footnote].join('\n'));
    if (this.notes.endnote.length > 0)
      sections.push([SECTION_TITLES.endnote, ...this.notes.endnote].join('\n'));
    if (this.comments.length > 0)
      sections.push([SECTION_TITLES.comment, ...this.comments].join('\n'));
    return sections.join('\n\n');
  }

  /**
   * The transcript: the body lines, then a blank line and the notes and comments. Turns are
   * found in the body only, so the last speaker's turn ends where the body does.
   */
  transcript(format: SourceFormat, bodyLines: readonly string[]): ParsedTranscript {
    const { text: body, report: bodyReport } = normaliseTextReporting(bodyLines.join('\n'));
    const { text: appendix, report: appendixReport } = normaliseTextReporting(this.appendix());
    const text = body === '' ? appendix : appendix === '' ? body : `${body}\n\n${appendix}`;
    return {
      format,
      text,
      turns: detectTurns(body),
      encoding: null,
      warnings: this.warnings(),
      normalisation: addNormalisationReports(bodyReport, appendixReport),
    };
  }
}
