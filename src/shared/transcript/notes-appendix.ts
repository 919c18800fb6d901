/**
 * The sections an import writes after a transcript's body — footnotes, endnotes, comments —
 * are no one's turn. The import knows where the body ends; after a text edit only the text
 * is left, so the end of the body is found again by the same shape: a blank line, a
 * section title alone on its line, then an entry starting with "[".
 */
export const APPENDIX_TITLES = {
  footnote: 'Footnotes',
  endnote: 'Endnotes',
  comment: 'Comments',
} as const;

const APPENDIX_START = new RegExp(
  `\\n\\n(?:${Object.values(APPENDIX_TITLES).join('|')})\\n\\[`,
  'u',
);

/** UTF-16 offset where the body of `text` ends: before its notes appendix, else its end. */
export function bodyEnd(text: string): number {
  const match = APPENDIX_START.exec(text);
  return match ? match.index : text.length;
}
