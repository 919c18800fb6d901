/**
 * Reduces Markdown to the text a reader sees: heading marks, emphasis, link targets,
 * code fences, HTML tags and table rules go; words, list items (one per line, bulleted
 * with "- ") and line structure stay. Soft-wrapped lines are NOT joined into paragraphs,
 * because in transcripts each line may start a speaker turn.
 */

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code =
        name[1] === 'x' || name[1] === 'X'
          ? parseInt(name.slice(2), 16)
          : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Backslash-escaped punctuation is hidden in private-use characters while markup is removed. */
const ESCAPE_BASE = 0xe000;
const canHideEscapes = (text: string) => !/[\ue000-\ue07f]/u.test(text);

function stripInlineMarkup(text: string, hideEscapes: boolean): string {
  let s = hideEscapes
    ? text.replace(/\\([!-/:-@[-`{-~])/g, (_, c: string) =>
        String.fromCharCode(ESCAPE_BASE + c.charCodeAt(0)),
      )
    : text;
  s = s
    .replace(/!\[([^\]]*)\]\((?:[^()]|\([^)]*\))*\)/g, '$1')
    .replace(/\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<((?:https?|ftp|mailto):[^<>\s]+)>/gi, '$1')
    .replace(/<([^<>\s@]+@[^<>\s@]+)>/g, '$1')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/gi, '')
    .replace(/\*\*(?=\S)(.*?\S)\*\*/g, '$1')
    .replace(/(^|[^\p{L}\p{N}_])__(?=\S)(.*?\S)__(?![\p{L}\p{N}_])/gu, '$1$2')
    .replace(/\*(?=[^\s*])(.*?[^\s*])\*/g, '$1')
    .replace(/(^|[^\p{L}\p{N}_])_(?=[^\s_])(.*?[^\s_])_(?![\p{L}\p{N}_])/gu, '$1$2')
    .replace(/~~(?=\S)(.*?\S)~~/g, '$1');
  s = decodeEntities(s);
  return hideEscapes
    ? s.replace(/[\ue000-\ue07f]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - ESCAPE_BASE))
    : s;
}

/** Strips inline markup outside code spans; code span contents are kept verbatim. */
function renderInline(line: string, hideEscapes: boolean): string {
  let out = '';
  let last = 0;
  for (const match of line.matchAll(/(`+)(.*?[^`])\1(?!`)/g)) {
    out += stripInlineMarkup(line.slice(last, match.index), hideEscapes) + (match[2] ?? '').trim();
    last = match.index + match[0].length;
  }
  return out + stripInlineMarkup(line.slice(last), hideEscapes);
}

function tableRowToText(line: string): string {
  const inner = line
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '');
  return inner
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim())
    .join('\t');
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const SETEXT_EQUALS = /^ {0,3}=+[ \t]*$/;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]]+\]:[ \t]*\S+/;
const TABLE_RULE = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$/;
const HEADING = /^ {0,3}#{1,6}(?:[ \t]+|$)/;
const BLOCKQUOTE = /^ {0,3}>[ ]?/;
const BULLET = /^([ \t]*)[-*+][ \t]+/;

function skipFrontMatter(lines: string[]): number {
  if (lines[0]?.trim() !== '---') return 0;
  const end = lines.findIndex((l, i) => i > 0 && (l.trim() === '---' || l.trim() === '...'));
  return end > 0 ? end + 1 : 0;
}

export function markdownToText(source: string): string {
  const hideEscapes = canHideEscapes(source);
  const lines = source.replace(/<!--[\s\S]*?-->/g, '').split(/\r\n?|\n/);
  const out: string[] = [];
  let fence: string | null = null;

  for (let i = skipFrontMatter(lines); i < lines.length; i++) {
    let line = lines[i] ?? '';
    if (fence !== null) {
      const closing = FENCE.exec(line)?.[1];
      if (
        closing &&
        closing[0] === fence[0] &&
        closing.length >= fence.length &&
        line.trim() === closing
      )
        fence = null;
      else out.push(line);
      continue;
    }
    const opening = FENCE.exec(line)?.[1];
    if (opening) {
      fence = opening;
      continue;
    }
    const previousHasText = (out.at(-1) ?? '').trim() !== '';
    if (THEMATIC_BREAK.test(line) || (SETEXT_EQUALS.test(line) && previousHasText)) continue;
    if (REFERENCE_DEFINITION.test(line) || TABLE_RULE.test(line)) continue;

    while (BLOCKQUOTE.test(line)) line = line.replace(BLOCKQUOTE, '');
    if (HEADING.test(line))
      line = line
        .replace(HEADING, '')
        .replace(/[ \t]+#+[ \t]*$/, '')
        .replace(/^#+$/, '');
    line = line.replace(BULLET, '$1- ');
    if (/^[ \t]*\|.*\|[ \t]*$/.test(line)) line = tableRowToText(line);
    line = line.replace(/(?<!\\)\\$/, '');
    out.push(renderInline(line, hideEscapes));
  }
  return out.join('\n');
}
