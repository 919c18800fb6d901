import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  overlapRatio,
  segmentAgreement,
  segmentsAgree,
} from '../../../src/shared/agreement/segment-agreement';
import type { AgreementInput, CodedSpan } from '../../../src/shared/agreement/types';

const span = (coder: string, code: string, start: number, end: number): CodedSpan => ({
  document: 'd',
  code,
  coder,
  start,
  end,
});

const input = (
  spans: CodedSpan[],
  codes = ['X', 'Y', 'Z'],
  coders = ['A', 'B'],
): AgreementInput => ({
  documents: [{ id: 'd', length: 200, coders }],
  codes,
  spans,
});

describe('segment overlap', () => {
  it('is shared characters over characters covered by either segment', () => {
    expect(overlapRatio({ start: 0, end: 10 }, { start: 1, end: 10 })).toBe(0.9);
    expect(overlapRatio({ start: 0, end: 10 }, { start: 5, end: 15 })).toBeCloseTo(5 / 15, 12);
    expect(overlapRatio({ start: 0, end: 10 }, { start: 10, end: 20 })).toBe(0);
  });

  it('agrees at exactly the threshold, not below it', () => {
    expect(segmentsAgree({ start: 0, end: 10 }, { start: 1, end: 10 }, 90)).toBe(true);
    expect(segmentsAgree({ start: 0, end: 10 }, { start: 2, end: 10 }, 90)).toBe(false);
    expect(segmentsAgree({ start: 0, end: 100 }, { start: 0, end: 100 }, 100)).toBe(true);
  });
});

describe('segment-level agreement (MAXQDA)', () => {
  it('counts each segment of both coders once and corrects for chance with 1/k', () => {
    const spans = [
      span('A', 'X', 0, 10),
      span('A', 'X', 20, 30),
      span('A', 'Y', 40, 50),
      span('B', 'X', 1, 10), // 90 % overlap with A's first X: both agree
      span('B', 'X', 60, 70), // no partner
      span('B', 'Y', 40, 49), // 90 %: agree
      span('B', 'Z', 40, 50), // A used no Z here
    ];
    const { byCode, overall } = segmentAgreement(input(spans), ['A', 'B']);
    expect(byCode.get('X')).toMatchObject({
      segmentsFirst: 2,
      segmentsSecond: 2,
      agreements: 2,
      total: 4,
      agreement: 0.5,
    });
    expect(byCode.get('Y')).toMatchObject({ agreements: 2, total: 2, agreement: 1 });
    expect(byCode.get('Z')).toMatchObject({ agreedSecond: 0, total: 1, agreement: 0 });
    expect(overall).toMatchObject({ agreements: 4, total: 7, codesInTable: 3 });
    expect(overall.agreement).toBeCloseTo(4 / 7, 12);
    expect(overall.chance).toBeCloseTo(1 / 3, 12);
    // (4/7 − 1/3) / (1 − 1/3) = 5/14
    expect(overall.kappa).toBeCloseTo(5 / 14, 12);
  });

  it('checks both directions: one long segment against two halves agrees with neither at 90 %', () => {
    const spans = [span('A', 'X', 0, 100), span('B', 'X', 0, 50), span('B', 'X', 50, 100)];
    expect(segmentAgreement(input(spans, ['X']), ['A', 'B']).overall).toMatchObject({
      agreements: 0,
      total: 3,
      codesInTable: 1,
      chance: null,
      kappa: null,
    });
    // At 50 % each half matches the long segment and the long segment matches a half.
    expect(segmentAgreement(input(spans, ['X']), ['A', 'B'], 50).overall).toMatchObject({
      agreements: 3,
      total: 3,
      agreement: 1,
    });
  });

  it('leaves out documents only one coder coded, and codes nobody used from k', () => {
    const spans = [span('A', 'X', 0, 10), span('B', 'X', 0, 10)];
    expect(segmentAgreement(input(spans, ['X', 'Y'], ['A']), ['A', 'B']).overall.total).toBe(0);
    const both = segmentAgreement(input(spans, ['X', 'Y']), ['A', 'B']);
    expect(both.overall.codesInTable).toBe(1);
    expect(both.byCode.get('Y')).toMatchObject({ total: 0, agreement: null });
  });

  it('properties: symmetric in the coders, 1 for identical coders, κ ≤ 1', () => {
    const segment = fc
      .tuple(
        fc.constantFrom('X', 'Y', 'Z'),
        fc.integer({ min: 0, max: 150 }),
        fc.integer({ min: 1, max: 40 }),
      )
      .map(([code, start, size]) => ({ code, start, end: start + size }));
    fc.assert(
      fc.property(
        fc.array(segment, { maxLength: 8 }),
        fc.array(segment, { maxLength: 8 }),
        (a, b) => {
          const spans = [
            ...a.map((s) => span('A', s.code, s.start, s.end)),
            ...b.map((s) => span('B', s.code, s.start, s.end)),
          ];
          const ab = segmentAgreement(input(spans), ['A', 'B']).overall;
          const ba = segmentAgreement(input(spans), ['B', 'A']).overall;
          expect(ba.agreements).toBe(ab.agreements);
          expect(ba.kappa).toBe(ab.kappa);
          if (ab.kappa !== null) expect(ab.kappa).toBeLessThanOrEqual(1);
          const same = [
            ...a.map((s) => span('A', s.code, s.start, s.end)),
            ...a.map((s) => span('B', s.code, s.start, s.end)),
          ];
          const identical = segmentAgreement(input(same), ['A', 'B']).overall;
          if (a.length > 0) expect(identical.agreement).toBe(1);
        },
      ),
    );
  });
});
