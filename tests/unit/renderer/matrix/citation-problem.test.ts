import { describe, expect, it } from 'vitest';
import {
  citationProblem,
  problemFromReason,
} from '../../../../src/renderer/features/matrix/citation-problem';

describe('citationProblem', () => {
  it('accepts presets and valid templates', () => {
    expect(citationProblem('short')).toBeNull();
    expect(citationProblem('({name|label}[, {title}])')).toBeNull();
    expect(citationProblem('\\{literal\\}')).toBeNull();
  });

  it('names the unknown field', () => {
    expect(citationProblem('({label}, {page})')).toEqual({
      key: 'matrix.citation.unknownField',
      params: { field: 'page' },
    });
  });

  it('gives the position of unbalanced braces and brackets', () => {
    expect(citationProblem('({label')).toEqual({
      key: 'matrix.citation.unclosedBrace',
      params: { position: 2 },
    });
    expect(citationProblem('label}')).toEqual({
      key: 'matrix.citation.strayBrace',
      params: { position: 6 },
    });
    expect(citationProblem('({label}])')).toEqual({
      key: 'matrix.citation.strayBracket',
      params: { position: 9 },
    });
    expect(citationProblem('([, {title})')).toEqual({
      key: 'matrix.citation.unclosedBracket',
      params: {},
    });
  });

  it('refuses an empty template', () => {
    expect(citationProblem('   ')?.key).toBe('matrix.citation.empty');
  });
});

describe('problemFromReason', () => {
  it('reads the core usage error, which prefixes the reason', () => {
    expect(problemFromReason('citation template: unclosed "["')).toEqual({
      key: 'matrix.citation.unclosedBracket',
      params: {},
    });
  });

  it('keeps an unrecognised reason as it is', () => {
    expect(problemFromReason('citation template: something new')).toEqual({
      key: 'matrix.citation.other',
      params: { reason: 'something new' },
    });
  });
});
