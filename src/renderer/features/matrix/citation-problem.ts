/**
 * Why a custom citation template cannot be used, as a message key and parameters so the
 * explanation can be shown in the user's language next to the template field. The shared
 * compiler is the single judge; its English reason is mapped to a key, with the raw
 * reason as a fallback should its wording change.
 */
import { CitationTemplateError, compileCitationTemplate } from '@shared/citation/template';

export interface CitationProblem {
  key: string;
  params: Record<string, string | number>;
}

const PATTERNS: { pattern: RegExp; key: string; param?: string }[] = [
  {
    pattern: /^unclosed "\{" at position (\d+)/,
    key: 'matrix.citation.unclosedBrace',
    param: 'position',
  },
  { pattern: /^unknown field "\{([^}]*)\}"/, key: 'matrix.citation.unknownField', param: 'field' },
  {
    pattern: /^"\}" without "\{" at position (\d+)/,
    key: 'matrix.citation.strayBrace',
    param: 'position',
  },
  {
    pattern: /^"\]" without "\[" at position (\d+)/,
    key: 'matrix.citation.strayBracket',
    param: 'position',
  },
  { pattern: /^unclosed "\["/, key: 'matrix.citation.unclosedBracket' },
];

/** Maps the compiler's (or the core's "citation template: …") reason to a message. */
export function problemFromReason(reason: string): CitationProblem {
  const bare = reason.replace(/^citation template:\s*/, '');
  for (const { pattern, key, param } of PATTERNS) {
    const match = pattern.exec(bare);
    if (!match) continue;
    const value = match[1];
    if (!param || value === undefined) return { key, params: {} };
    return { key, params: { [param]: /^\d+$/.test(value) ? Number(value) : value } };
  }
  return { key: 'matrix.citation.other', params: { reason: bare } };
}

/** Null when the template compiles; otherwise what is wrong with it. */
export function citationProblem(template: string): CitationProblem | null {
  if (template.trim() === '') return { key: 'matrix.citation.empty', params: {} };
  try {
    compileCitationTemplate(template);
    return null;
  } catch (err) {
    if (err instanceof CitationTemplateError) return problemFromReason(err.message);
    throw err;
  }
}
