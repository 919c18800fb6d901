/**
 * Citation templates: how each quote is attributed in a matrix. A template is text with
 * placeholders in braces and optional groups in square brackets:
 *
 *   ({label})                                  → (JKM)
 *   ({name|label}[, {title}][, {organisation}]) → (Jens Kristian Munk, Kommunaldirektør, Aalborg Kommune)
 *   ({label}, {location})                      → (JKM, l. 112–118) or (JKM, 00:14:03)
 *
 * `{a|b}` takes the first non-empty value; a `[…]` group vanishes when any placeholder in
 * it is empty, so a missing title leaves no stray comma. `\{`, `\[`, `\]`, `\\` are literal.
 */

export const CITATION_FIELDS = [
  'label',
  'name',
  'title',
  'organisation',
  'document',
  'case',
  'lines',
  'time',
  'location',
  'coder',
] as const;
export type CitationField = (typeof CITATION_FIELDS)[number];
export type CitationValues = Partial<Record<CitationField, string | null>>;

export const CITATION_PRESETS = {
  short: '({label})',
  long: '({name|label}[, {title}][, {organisation}])',
  located: '({label}, {location})',
} as const;
export type CitationPreset = keyof typeof CITATION_PRESETS;

type Part =
  | { kind: 'text'; text: string }
  | { kind: 'field'; alternatives: CitationField[] }
  | { kind: 'group'; parts: Part[] };

export class CitationTemplateError extends Error {}

export interface CitationTemplate {
  readonly source: string;
  render(values: CitationValues): string;
}

export function isCitationPreset(name: string): name is CitationPreset {
  return Object.hasOwn(CITATION_PRESETS, name);
}

/** Compiles a preset name or a template; throws CitationTemplateError with the reason. */
export function compileCitationTemplate(presetOrTemplate: string): CitationTemplate {
  const source = isCitationPreset(presetOrTemplate)
    ? CITATION_PRESETS[presetOrTemplate]
    : presetOrTemplate;
  const parts = parse(source);
  return { source, render: (values) => renderParts(parts, values).text };
}

function parse(source: string): Part[] {
  const stack: Part[][] = [[]];
  let text = '';
  const flush = (): void => {
    if (text) stack.at(-1)!.push({ kind: 'text', text });
    text = '';
  };
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\' && i + 1 < source.length && '{}[]\\'.includes(source[i + 1]!)) {
      text += source[++i];
    } else if (ch === '{') {
      const close = source.indexOf('}', i);
      if (close === -1) throw new CitationTemplateError(`unclosed "{" at position ${i + 1}`);
      flush();
      const alternatives = source
        .slice(i + 1, close)
        .split('|')
        .map((s) => s.trim());
      for (const name of alternatives) {
        if (!(CITATION_FIELDS as readonly string[]).includes(name)) {
          throw new CitationTemplateError(
            `unknown field "{${name}}"; use one of ${CITATION_FIELDS.map((f) => `{${f}}`).join(', ')}`,
          );
        }
      }
      stack.at(-1)!.push({ kind: 'field', alternatives: alternatives as CitationField[] });
      i = close;
    } else if (ch === '}') {
      throw new CitationTemplateError(`"}" without "{" at position ${i + 1}`);
    } else if (ch === '[') {
      flush();
      stack.push([]);
    } else if (ch === ']') {
      if (stack.length === 1)
        throw new CitationTemplateError(`"]" without "[" at position ${i + 1}`);
      flush();
      const parts = stack.pop()!;
      stack.at(-1)!.push({ kind: 'group', parts });
    } else {
      text += ch;
    }
  }
  if (stack.length !== 1) throw new CitationTemplateError('unclosed "["');
  flush();
  return stack[0]!;
}

function renderParts(
  parts: readonly Part[],
  values: CitationValues,
): { text: string; complete: boolean } {
  let text = '';
  let complete = true;
  for (const part of parts) {
    if (part.kind === 'text') {
      text += part.text;
    } else if (part.kind === 'field') {
      const value = part.alternatives.map((f) => values[f]?.trim()).find((v) => !!v);
      if (value) text += value;
      else complete = false;
    } else {
      const group = renderParts(part.parts, values);
      if (group.complete) text += group.text;
    }
  }
  return { text, complete };
}

/** "00:14:03" from milliseconds. */
export function formatTimestamp(ms: number): string {
  const total = Math.floor(ms / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(total / 3600))}:${pad(Math.floor(total / 60) % 60)}:${pad(total % 60)}`;
}

/** "112" or "112–118". */
export function formatLineRange(first: number, last: number): string {
  return first === last ? String(first) : `${first}–${last}`;
}
