import { describe, expect, it } from 'vitest';
import { pluralKey } from '../../../../src/renderer/features/documents/plural';

describe('pluralKey', () => {
  it('separates one from the rest, and nothing only when asked', () => {
    expect(pluralKey('x.codings', 1)).toBe('x.codings.one');
    expect(pluralKey('x.codings', 2)).toBe('x.codings.other');
    expect(pluralKey('x.codings', 0)).toBe('x.codings.other');
    expect(pluralKey('x.codings', 0, true)).toBe('x.codings.zero');
    expect(pluralKey('x.codings', 1, true)).toBe('x.codings.one');
  });
});
