import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { CodeDescription } from '@shared/domain/entities';
import {
  formatCodeDescription,
  parseCodeDescription,
} from '../../../src/main/backend/exchange/code-description';

const full: CodeDescription = {
  definition: 'Statements about risk.\n\nIncludes failed trials.',
  whenToUse: 'The speaker talks about daring to fail.',
  whenNotToUse: 'Financial risk only.',
  example: '"We tried it and it did not work."',
};

describe('formatCodeDescription', () => {
  it('writes the definition unlabelled and the other fields as labelled sections', () => {
    expect(formatCodeDescription(full)).toBe(
      'Statements about risk.\n\nIncludes failed trials.\n\n' +
        'When to use: The speaker talks about daring to fail.\n\n' +
        'When not to use: Financial risk only.\n\n' +
        'Example: "We tried it and it did not work."',
    );
  });

  it('leaves out empty fields and gives null when nothing is set', () => {
    expect(
      formatCodeDescription({
        definition: '  ',
        whenToUse: null,
        whenNotToUse: null,
        example: 'x',
      }),
    ).toBe('Example: x');
    expect(
      formatCodeDescription({ definition: null, whenToUse: '', whenNotToUse: null, example: null }),
    ).toBeNull();
  });
});

describe('parseCodeDescription', () => {
  it('reads back what formatCodeDescription wrote', () => {
    expect(parseCodeDescription(formatCodeDescription(full))).toEqual(full);
  });

  it('treats unlabelled text as the definition', () => {
    expect(parseCodeDescription('Apply this code when a study uses affordances.')).toEqual({
      definition: 'Apply this code when a study uses affordances.',
      whenToUse: null,
      whenNotToUse: null,
      example: null,
    });
    expect(parseCodeDescription(null).definition).toBeNull();
    expect(parseCodeDescription('   \n ').definition).toBeNull();
  });

  it('accepts the Danish labels, any case, any order, CRLF line ends', () => {
    const text =
      'Udsagn om risiko.\r\n\r\nEksempel: "Vi prøvede."\r\nhvornår bruges ikke: Økonomi.\r\n' +
      'Hvornår bruges: Når nogen taler om at fejle.';
    expect(parseCodeDescription(text)).toEqual({
      definition: 'Udsagn om risiko.',
      whenToUse: 'Når nogen taler om at fejle.',
      whenNotToUse: 'Økonomi.',
      example: '"Vi prøvede."',
    });
  });

  it('keeps multi-paragraph sections and joins a label that occurs twice', () => {
    const parsed = parseCodeDescription(
      'Def.\n\nExample: first\nstill first\n\nsecond paragraph\n\nExample: another',
    );
    expect(parsed.example).toBe('first\nstill first\n\nsecond paragraph\n\nanother');
    expect(parsed.definition).toBe('Def.');
  });

  it('does not mistake a label in the middle of a line for a section', () => {
    const parsed = parseCodeDescription('A code. Example: not a section');
    expect(parsed).toMatchObject({ definition: 'A code. Example: not a section', example: null });
  });

  it('round-trips any four fields that do not themselves start a line with a label', () => {
    const labelLine = /^\s*(when (not )?to use|hvornår bruges( ikke)?|examples?|eksemp(el|ler)):/im;
    const field = fc.option(
      fc
        .string({ unit: fc.constantFrom('a', 'Z', ' ', '\n', 'æ', ':', 'E', 'x', '"', '&', '<') })
        .map((s) => s.trim())
        .filter((s) => s !== '' && !labelLine.test(s)),
      { nil: null },
    );
    fc.assert(
      fc.property(field, field, field, field, (definition, whenToUse, whenNotToUse, example) => {
        const description = { definition, whenToUse, whenNotToUse, example };
        expect(parseCodeDescription(formatCodeDescription(description))).toEqual(description);
      }),
      { numRuns: 500 },
    );
  });
});
