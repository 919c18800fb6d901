import { describe, expect, it } from 'vitest';
import type { Disagreement, DisagreementSegment } from '../../../../src/shared/api/types';
import {
  groupByDocument,
  sideParts,
  unmatchedCounts,
} from '../../../../src/renderer/features/team/disagreement-groups';
import {
  createdLines,
  matchedLines,
  mergeFileKind,
} from '../../../../src/renderer/features/team/exchange-files';
import type { QdpxImportReport } from '../../../../src/shared/api/exchange-types';

const side = (coder: string, start: number, agreed = false): DisagreementSegment => ({
  coder,
  startUtf16: start,
  endUtf16: start + 10,
  start,
  end: start + 10,
  lineStart: 1,
  lineEnd: 1,
  text: 'x',
  agreed,
});

const item = (
  documentId: string,
  first: DisagreementSegment | null,
  second: DisagreementSegment | null,
): Disagreement => ({
  documentId,
  document: `${documentId}.txt`,
  codeId: 'c',
  codePath: 'C',
  first,
  second,
  overlapPercent: first && second ? 50 : 0,
});

describe('disagreement groups', () => {
  const list = [
    item('a', side('Ane', 0), null),
    item('a', side('Ane', 5), side('Bo', 8)),
    item('b', null, side('Bo', 3)),
    // Bo's segment at 8 again, beside another of Ane's that matched elsewhere.
    item('a', side('Ane', 20, true), side('Bo', 8)),
  ];

  it('groups consecutive items by document, keeping their order', () => {
    expect(groupByDocument(list).map((g) => [g.document, g.items.length])).toEqual([
      ['a.txt', 2],
      ['b.txt', 1],
      ['a.txt', 1],
    ]);
  });

  it('counts each unmatched segment once, and not the matched ones', () => {
    const report = {
      coders: ['Ane', 'Bo'] as [string, string],
      overlapThreshold: 90,
      codeId: null,
      documents: ['a.txt', 'b.txt'],
      excluded: [],
      disagreements: list,
    };
    expect(unmatchedCounts(report)).toEqual([2, 2]);
  });
});

describe('exchange files', () => {
  it('tells a .citat from a .qdpx, whatever the case', () => {
    expect(mergeFileKind('Bo.CITAT')).toBe('citat');
    expect(mergeFileKind('bo.qdpx')).toBe('qdpx');
    expect(mergeFileKind('bo.docx')).toBeNull();
  });

  it('lists only what an import created or matched, in a fixed order', () => {
    const report: QdpxImportReport = {
      file: 'p.qdpx',
      origin: 'NVivo',
      positions: { unit: 'code points', reason: 'standard' },
      created: {
        documents: 2,
        codes: 0,
        codings: 14,
        coders: 1,
        cases: 0,
        attributes: 0,
        memos: 0,
        speakers: 3,
      },
      matched: {
        documents: [{ source: 'a', document: 'a.txt' }],
        codes: 5,
        coders: 0,
        cases: 0,
        attributes: 0,
      },
      skippedCodings: 0,
      notImported: [],
      warnings: [],
    };
    expect(createdLines(report)).toEqual([
      { key: 'team.count.documents', count: 2 },
      { key: 'team.count.codings', count: 14 },
      { key: 'team.count.coders', count: 1 },
      { key: 'team.count.speakers', count: 3 },
    ]);
    expect(matchedLines(report)).toEqual([
      { key: 'team.count.documents', count: 1 },
      { key: 'team.count.codes', count: 5 },
    ]);
  });
});

describe('sideParts', () => {
  // "  skabe værdi for borgerne " at 100–127.
  const segment = { startUtf16: 100, endUtf16: 127, text: '  skabe værdi for borgerne ' };

  it('splits the text around what the other segment shares, trimming the outer whitespace', () => {
    expect(sideParts(segment, { startUtf16: 108, endUtf16: 200 })).toEqual({
      before: 'skabe ',
      shared: 'værdi for borgerne',
      after: '',
    });
    expect(sideParts(segment, { startUtf16: 50, endUtf16: 107 })).toEqual({
      before: '',
      shared: 'skabe',
      after: ' værdi for borgerne',
    });
  });

  it('shares nothing with a missing or distant segment, or one sharing only whitespace', () => {
    const whole = { before: 'skabe værdi for borgerne', shared: '', after: '' };
    expect(sideParts(segment, null)).toEqual(whole);
    expect(sideParts(segment, { startUtf16: 127, endUtf16: 140 })).toEqual(whole);
    expect(sideParts(segment, { startUtf16: 126, endUtf16: 140 })).toEqual(whole);
  });
});
