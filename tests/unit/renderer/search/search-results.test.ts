import { describe, expect, it } from 'vitest';
import type { SearchHit } from '@shared/api/types';
import {
  codeEachHit,
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

class CodedError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
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

describe('codeEachHit', () => {
  it('applies one hit after the other and counts the successes', async () => {
    const applied: number[] = [];
    const progress: string[] = [];
    const summary = await codeEachHit(
      [hit('a', 1), hit('a', 10), hit('b', 3)],
      async (h) => {
        applied.push(h.startUtf16);
      },
      (done, total) => progress.push(`${done}/${total}`),
    );
    expect(applied).toEqual([1, 10, 3]);
    expect(progress).toEqual(['1/3', '2/3', '3/3']);
    expect(summary).toEqual({ total: 3, coded: 3, duplicates: 0, failures: [] });
  });

  it('counts duplicates apart from failures and keeps going', async () => {
    const hits = [hit('a', 1, 4), hit('a', 10, 7), hit('b', 3, 2), hit('b', 30, 9)];
    const summary = await codeEachHit(hits, async (h) => {
      if (h.startUtf16 === 10) throw new CodedError('coding.duplicate', 'already coded');
      if (h.startUtf16 === 3) throw new CodedError('coding.blank', 'only whitespace');
      if (h.startUtf16 === 30) throw 'connection lost';
    });
    expect(summary.coded).toBe(1);
    expect(summary.duplicates).toBe(1);
    expect(summary.failures).toEqual([
      { hit: hits[2], message: 'only whitespace' },
      { hit: hits[3], message: 'connection lost' },
    ]);
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
