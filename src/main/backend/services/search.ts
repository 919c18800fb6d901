/**
 * Full-text search: FTS5 finds the documents that contain every term, then the hits are
 * located in each document's text so they can be shown in context and coded.
 */
import { CodePointIndex, LineIndex } from '@shared/text/offsets';
import { CitatError, usageError } from '../errors';
import { getDocumentText } from './documents-read';
import type { Project } from '../project/project';
import type { SearchHit, SearchResult } from '@shared/api/types';

interface Term {
  words: string[];
  prefix: boolean;
}

/** Words, "quoted phrases" and prefix* terms (matched to the end of the word); anything else is plain text. */
export function parseSearchQuery(query: string): Term[] {
  const terms: Term[] = [];
  for (const match of query.matchAll(/"([^"]+)"|(\S+)/g)) {
    const raw = match[1] ?? match[2]!;
    const prefix = match[2] !== undefined && raw.endsWith('*');
    const words = raw.match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
    if (words.length > 0) terms.push({ words, prefix });
  }
  return terms;
}

function ftsExpression(terms: readonly Term[]): string {
  return terms
    .map((t) => `text : "${t.words.join(' ').replace(/"/g, '""')}"${t.prefix ? '*' : ''}`)
    .join(' AND ');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function termPattern(terms: readonly Term[]): RegExp {
  const alternatives = terms.map(
    (t) =>
      `(?<![\\p{L}\\p{N}\\p{M}])${t.words.map(escapeRegExp).join('[^\\p{L}\\p{N}\\p{M}]+')}${t.prefix ? '[\\p{L}\\p{N}\\p{M}]*' : '(?![\\p{L}\\p{N}\\p{M}])'}`,
  );
  return new RegExp(alternatives.join('|'), 'giu');
}

const CONTEXT_CHARS = 60;

/** A damaged text is left out of the search (and named) rather than failing all of it. */
function readableText(project: Project, id: string): string | null {
  try {
    return getDocumentText(project, id);
  } catch (err) {
    if (err instanceof CitatError && err.code === 'project.damaged') return null;
    throw err;
  }
}

export function searchText(project: Project, query: string, limit = 500): SearchResult {
  const terms = parseSearchQuery(query);
  if (terms.length === 0) throw usageError('search.empty', 'the search needs at least one word');
  // Texts are read one document at a time, so a common word stops reading at the limit.
  const documents = project.read<{ id: string; name: string }>(
    `SELECT d.id, d.name FROM documents_fts f JOIN documents d ON d.rowid = f.rowid
      WHERE documents_fts MATCH ? ORDER BY d.position`,
    ftsExpression(terms),
  );
  const pattern = termPattern(terms);
  const hits: SearchHit[] = [];
  let truncated = false;
  const unreadable: string[] = [];
  for (const { id, name } of documents) {
    const text = readableText(project, id);
    if (text === null) {
      unreadable.push(name);
      continue;
    }
    const doc = { id, name, text };
    let lines: LineIndex | undefined;
    let codePoints: CodePointIndex | undefined;
    for (const match of doc.text.matchAll(pattern)) {
      if (hits.length >= limit) {
        truncated = true;
        break;
      }
      lines ??= new LineIndex(doc.text);
      codePoints ??= new CodePointIndex(doc.text);
      const start = match.index;
      const end = start + match[0].length;
      const lineStart = lines.lineStarts[lines.lineOf(start) - 1] ?? 0;
      const lineEndRaw = doc.text.indexOf('\n', end);
      const lineEnd = lineEndRaw === -1 ? doc.text.length : lineEndRaw;
      hits.push({
        documentId: doc.id,
        document: doc.name,
        startUtf16: start,
        endUtf16: end,
        start: codePoints.toCodePoint(start),
        end: codePoints.toCodePoint(end),
        line: lines.lineOf(start),
        before: doc.text.slice(Math.max(lineStart, start - CONTEXT_CHARS), start),
        match: match[0],
        after: doc.text.slice(end, Math.min(lineEnd, end + CONTEXT_CHARS)),
      });
    }
    if (truncated) break;
  }
  return { query, hits, truncated, unreadable };
}
