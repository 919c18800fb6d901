import { describe, expect, it } from 'vitest';
import type { SearchHit } from '@shared/api/types';
import {
  summariseCodeAll,
  groupHitsByDocument,
  hitContext,
} from '../../../../src/renderer/features/search/search-results';

function hit(documentId: string, start: number, line = 1): SearchHit {
  return {
    documentId,
    document: `${documentId}.txt`,
    startUtf16: start,
    endUtf16: start + 4,
    start,
    end: start + 4,
    line,
    before: '',
    match: 'fejl',
    after: '',
  };
}

describe('groupHitsByDocument', () => {
  it('groups by document in the order the documents first appear', () => {
    const groups = groupHitsByDocument([hit('b', 1), hit('a', 5), hit('b', 9), hit('a', 20)]);
    expect(groups.map((g) => [g.document, g.hits.map((h) => h.startUtf16)])).toEqual([
      ['b.txt', [1, 9]],
      ['a.txt', [5, 20]],
    ]);
  });

  it('gives nothing for no hits', () => {
    expect(groupHitsByDocument([])).toEqual([]);
  });
});

describe('summariseCodeAll', () => {
  it('counts what the core coded, what was already coded, and ties refusals to their hits', () => {
    const hits = [hit('a', 1, 4), hit('a', 10, 7), hit('b', 3, 2)];
    const summary = summariseCodeAll(hits, {
      applied: 1,
      duplicates: 1,
      refused: [
        { documentId: 'b', startUtf16: 3, endUtf16: hits[2]!.endUtf16, reason: 'only whitespace' },
      ],
    });
    expect(summary).toEqual({
      total: 3,
      coded: 1,
      duplicates: 1,
      failures: [{ hit: hits[2], message: 'only whitespace' }],
    });
  });
});

describe('hitContext', () => {
  it('keeps short context as it is', () => {
    expect(hitContext({ before: 'Men hvis man aldrig tør ', after: ', så lærer man' })).toEqual({
      before: 'Men hvis man aldrig tør ',
      after: ', så lærer man',
      cutBefore: false,
      cutAfter: false,
    });
  });

  it('drops the partial word where the core cut the line and marks the cut', () => {
    const before = `${'x'.repeat(3)}yz ${'ord '.repeat(14)}`; // 60 characters
    const after = ` ${'ord '.repeat(14)}afsk`; // 61 characters
    const context = hitContext({ before, after });
    expect(context.cutBefore).toBe(true);
    expect(context.before).toBe('ord '.repeat(14));
    expect(context.cutAfter).toBe(true);
    expect(context.after).toBe(` ${'ord '.repeat(13)}ord`);
  });
});
