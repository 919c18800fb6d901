/**
 * Escaping for text from transcripts and codebooks that ends up inside Markdown. Output
 * must survive GitHub-flavoured Markdown and pandoc alike, so everything that could start
 * emphasis, code, a link, a table cell, a heading closer or raw HTML is neutralised, and
 * line breaks become <br> so a value always stays on one line (a table row, a list item).
 */

const BACKSLASH_ESCAPED = /[\\`*_[\]~|#]/g;

export function escapeMarkdownInline(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(BACKSLASH_ESCAPED, (ch) => `\\${ch}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\n/g, '<br>');
}
