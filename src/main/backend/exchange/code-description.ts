/**
 * Citat describes a code with four fields; REFI-QDA and most spreadsheets have one text.
 * The four travel as plain-text sections, the definition first and unlabelled:
 *
 *   definition text
 *
 *   When to use: …
 *
 *   When not to use: …
 *
 *   Example: …
 *
 * Reading accepts the English labels and their Danish equivalents, in any order and case;
 * text that is not under a label is the definition.
 */
import type { CodeDescription } from '@shared/domain/entities';

type LabelledField = 'whenToUse' | 'whenNotToUse' | 'example';

const WRITTEN_LABELS: Record<LabelledField, string> = {
  whenToUse: 'When to use:',
  whenNotToUse: 'When not to use:',
  example: 'Example:',
};

// "… ikke" and "not" variants come first so the shorter label cannot claim them.
const READ_LABELS: readonly { pattern: RegExp; field: LabelledField }[] = [
  { pattern: /^when not to use:/i, field: 'whenNotToUse' },
  { pattern: /^hvornår bruges ikke:/i, field: 'whenNotToUse' },
  { pattern: /^when to use:/i, field: 'whenToUse' },
  { pattern: /^hvornår bruges:/i, field: 'whenToUse' },
  { pattern: /^examples?:/i, field: 'example' },
  { pattern: /^eksemp(?:el|ler):/i, field: 'example' },
];

function clean(text: string | null): string | null {
  if (text === null) return null;
  const trimmed = text.replace(/\r\n?/g, '\n').trim();
  return trimmed === '' ? null : trimmed;
}

/** One text holding all four fields, or null when every field is empty. */
export function formatCodeDescription(description: CodeDescription): string | null {
  const sections: string[] = [];
  const definition = clean(description.definition);
  if (definition !== null) sections.push(definition);
  for (const field of ['whenToUse', 'whenNotToUse', 'example'] as const) {
    const value = clean(description[field]);
    if (value !== null) sections.push(`${WRITTEN_LABELS[field]} ${value}`);
  }
  return sections.length === 0 ? null : sections.join('\n\n');
}

function labelAt(line: string): { field: LabelledField; rest: string } | null {
  const trimmed = line.trimStart();
  for (const { pattern, field } of READ_LABELS) {
    const match = pattern.exec(trimmed);
    if (match) return { field, rest: trimmed.slice(match[0].length) };
  }
  return null;
}

/** Splits a single description text back into the four fields. */
export function parseCodeDescription(text: string | null | undefined): CodeDescription {
  const sections: { field: keyof CodeDescription; lines: string[] }[] = [
    { field: 'definition', lines: [] },
  ];
  for (const line of (text ?? '').replace(/\r\n?/g, '\n').split('\n')) {
    const label = labelAt(line);
    if (label) sections.push({ field: label.field, lines: [label.rest] });
    else sections.at(-1)!.lines.push(line);
  }
  // A label that occurs twice adds another paragraph to the same field.
  const fieldText = (field: keyof CodeDescription): string | null =>
    clean(
      sections
        .filter((section) => section.field === field)
        .map((section) => section.lines.join('\n').trim())
        .filter((part) => part !== '')
        .join('\n\n'),
    );
  return {
    definition: fieldText('definition'),
    whenToUse: fieldText('whenToUse'),
    whenNotToUse: fieldText('whenNotToUse'),
    example: fieldText('example'),
  };
}
