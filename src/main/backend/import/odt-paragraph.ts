/**
 * One ODF paragraph as it is read. ODF collapses white space in paragraph text like HTML
 * does, and spells out significant spaces as `text:s`, tabs as `text:tab`, breaks as
 * `text:line-break`: literal text is collapsed here, those elements are kept exactly.
 */

/** Builds one paragraph's text, collapsing runs of white space in literal text to one space. */
export class ParagraphBuilder {
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

export interface ParagraphState {
  builder: ParagraphBuilder;
  /** Lines of text boxes anchored in this paragraph, written after it. */
  boxes: string[];
  /** Some non-empty text was hidden. */
  hidden: boolean;
}

export function newParagraph(): ParagraphState {
  return { builder: new ParagraphBuilder(), boxes: [], hidden: false };
}
