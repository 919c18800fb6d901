import { describe, expect, it } from 'vitest';
import { formatAgreement } from '../../../src/main/backend/services/team/agreement-format';
import type { CharacterAgreementReport } from '../../../src/shared/agreement/types';

const stats = {
  units: 10,
  table: { both: 4, onlyFirst: 1, onlySecond: 0, neither: 5 },
  agreement: 0.9,
  kappa: 0.8,
  alpha: -0.00001,
};

const report: CharacterAgreementReport = {
  level: 'character',
  coders: ['Ane', 'B|o'],
  units: 'all',
  documents: { compared: ['a_b.txt'], excluded: [{ document: 'c.txt', codedBy: ['Ane'] }] },
  rows: [
    { codeId: '1', code: '=HYPERLINK("x")', ...stats },
    { codeId: '2', code: '**Overall**', ...stats, kappa: null },
  ],
  overall: stats,
};

describe('formatAgreement', () => {
  it('escapes code names in Markdown but not its own Overall label, and prints undefined as –', () => {
    const md = formatAgreement(report, 'md').split('\n');
    expect(md[0]).toBe(
      'Inter-coder agreement of Ane, B\\|o (character level) on 1 document: a\\_b.txt.',
    );
    expect(md[2]).toContain('| Only B\\|o |');
    expect(md[4]).toBe('| =HYPERLINK("x") | 10 | 4 | 1 | 0 | 5 | 90.0 | 0.800 | 0.000 |');
    expect(md[5]).toBe('| \\*\\*Overall\\*\\* | 10 | 4 | 1 | 0 | 5 | 90.0 | – | 0.000 |');
    expect(md[6]).toBe('| **Overall** | 10 | 4 | 1 | 0 | 5 | 90.0 | 0.800 | 0.000 |');
    expect(md).toContain('Units: every character of the compared documents.');
    expect(md).toContain('Left out: c.txt (coded only by Ane).');
  });

  it('guards CSV fields against formulas and quotes what RFC 4180 requires', () => {
    const records = formatAgreement(report, 'csv').split('\r\n');
    expect(records[1]).toBe(`"'=HYPERLINK(""x"")",10,4,1,0,5,90.00,0.8000,0.0000`);
    expect(records[2]).toBe('**Overall**,10,4,1,0,5,90.00,,0.0000');
    expect(records[3]).toBe('(overall),10,4,1,0,5,90.00,0.8000,0.0000');
  });

  it('writes the report itself as JSON', () => {
    expect(JSON.parse(formatAgreement(report, 'json'))).toEqual(report);
  });
});
