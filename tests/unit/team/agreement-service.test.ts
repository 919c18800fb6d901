import { describe, expect, it } from 'vitest';
import { createCodePath } from '../../../src/main/backend/services/codes';
import { applyCoding } from '../../../src/main/backend/services/codings';
import { computeAgreement } from '../../../src/main/backend/services/team/agreement';
import type {
  CharacterAgreementReport,
  SegmentAgreementReport,
} from '../../../src/shared/agreement/types';
import { addTranscript, newProject, rangeOf } from '../../helpers/temp-project';

// The emoji is one character but two UTF-16 units: offsets must be counted in code points.
const JKM = `I: Hvad betyder innovation for dig? 🙂
JKM: Det handler om at skabe værdi for borgerne – og om at turde fejle undervejs.`;
const TC = `I: Hvordan arbejder I med risiko?
TC: Vi prøver os frem, og vi lærer af det, også når det går galt.`;

function setup() {
  const project = newProject();
  const jkm = addTranscript(project, 'JKM.txt', JKM).document;
  const tc = addTranscript(project, 'TC.txt', TC).document;
  const text = (id: string) =>
    project.readOne<{ text: string }>('SELECT text FROM documents WHERE id = ?', id)!.text;
  const value = createCodePath(project, ['Principper', 'Værdi']).code;
  const risk = createCodePath(project, ['Principper', 'Risiko']).code;
  const code = (documentId: string, codeId: string, needle: string, coder: string) =>
    applyCoding(project, { documentId, codeId, ...rangeOf(text(documentId), needle), coder });
  return { project, jkm, tc, value, risk, code };
}

describe('computeAgreement (character level)', () => {
  it('compares two coders on the documents both coded, per code and overall, in code points', () => {
    const { project, jkm, tc, value, risk, code } = setup();
    code(jkm.id, value.id, 'skabe værdi for borgerne', 'Ane'); // 24 characters
    code(jkm.id, value.id, 'værdi for borgerne – og', 'Bo'); // 23, of which 18 shared
    code(jkm.id, risk.id, 'turde fejle', 'Bo'); // 11, Bo only
    code(tc.id, risk.id, 'Vi prøver os frem', 'Ane'); // TC is coded by Ane alone

    const report = computeAgreement(project, { coders: ['ane', 'BO'] }) as CharacterAgreementReport;
    expect(report.level).toBe('character');
    expect(report.coders).toEqual(['Ane', 'Bo']);
    expect(report.units).toBe('coded');
    expect(report.documents).toEqual({
      compared: ['JKM.txt'],
      excluded: [{ document: 'TC.txt', codedBy: ['Ane'] }],
    });
    // Units: the 29 characters of "skabe … – og" plus the 11 of "turde fejle".
    const [valueRow, riskRow] = report.rows;
    expect(valueRow).toMatchObject({
      code: 'Principper/Værdi',
      units: 40,
      table: { both: 18, onlyFirst: 6, onlySecond: 5, neither: 11 },
    });
    expect(valueRow!.agreement).toBeCloseTo(29 / 40, 12);
    // p_A = 24/40, p_B = 23/40: p_e = (24·23 + 16·17) / 1600 = 824/1600.
    expect(valueRow!.kappa).toBeCloseTo((29 / 40 - 824 / 1600) / (1 - 824 / 1600), 12);
    expect(riskRow).toMatchObject({
      code: 'Principper/Risiko',
      units: 40,
      table: { both: 0, onlyFirst: 0, onlySecond: 11, neither: 29 },
      kappa: 0,
    });
    expect(report.overall.units).toBe(80);
    expect(report.overall.table).toEqual({ both: 18, onlyFirst: 6, onlySecond: 16, neither: 40 });
    expect(report.overall.alpha).not.toBeNull();
  });

  it('counts every character of the compared documents with units "all"', () => {
    const { project, jkm, value, code } = setup();
    code(jkm.id, value.id, 'skabe værdi for borgerne', 'Ane');
    code(jkm.id, value.id, 'skabe værdi', 'Bo');
    const report = computeAgreement(project, { units: 'all' }) as CharacterAgreementReport;
    expect(report.overall.units).toBe([...JKM].length);
    expect(report.overall.units).toBe(JKM.length - 1);
    expect(report.overall.table).toMatchObject({ both: 11, onlyFirst: 13, onlySecond: 0 });
  });

  it('gives Krippendorff alpha only (no kappa) for three coders, with missing documents', () => {
    const { project, jkm, tc, value, risk, code } = setup();
    code(jkm.id, value.id, 'skabe værdi for borgerne', 'Ane');
    code(jkm.id, value.id, 'skabe værdi for borgerne – og', 'Bo');
    code(jkm.id, value.id, 'værdi for borgerne', 'Cai');
    code(tc.id, risk.id, 'Vi prøver os frem', 'Ane');
    code(tc.id, risk.id, 'Vi prøver os frem, og', 'Cai');
    const report = computeAgreement(project) as CharacterAgreementReport;
    expect(report.coders).toEqual(['Ane', 'Bo', 'Cai']);
    expect(report.documents.compared).toEqual(['JKM.txt', 'TC.txt']);
    expect(report.overall.table).toBeNull();
    expect(report.overall.kappa).toBeNull();
    expect(report.overall.alpha).toBeGreaterThan(0);
    expect(report.overall.alpha).toBeLessThan(1);
  });

  it('compares only the chosen codes, listing a chosen code nobody used', () => {
    const { project, jkm, value, risk, code } = setup();
    code(jkm.id, value.id, 'skabe værdi for borgerne', 'Ane');
    code(jkm.id, value.id, 'skabe værdi', 'Bo');
    const unused = computeAgreement(project, { codeIds: [risk.id] }) as CharacterAgreementReport;
    expect(unused.rows.map((r) => r.code)).toEqual(['Principper/Risiko']);
    expect(unused.overall).toMatchObject({ units: 0, agreement: null, kappa: null, alpha: null });
    expect(() => computeAgreement(project, { codeIds: ['nope'] })).toThrow(/no code with id nope/);
  });

  it('refuses unknown coders, a single coder, repeated coders and bad options', () => {
    const { project, jkm, value, code } = setup();
    expect(() => computeAgreement(project)).toThrow(/no codings/);
    code(jkm.id, value.id, 'skabe værdi', 'Ane');
    expect(() => computeAgreement(project)).toThrow(/all codings here are by "Ane"/);
    expect(() => computeAgreement(project, { coders: ['Ane', 'Zoe'] })).toThrow(
      /no coder named "Zoe" \(coders: Ane\)/,
    );
    code(jkm.id, value.id, 'værdi for', 'Bo');
    expect(() => computeAgreement(project, { coders: ['Ane', 'ane'] })).toThrow(/named twice/);
    expect(() => computeAgreement(project, { coders: ['Ane'] })).toThrow(/at least two coders/);
    expect(() => computeAgreement(project, { level: 'segment', overlapThreshold: 0 })).toThrow(
      /above 0/,
    );
    expect(() => computeAgreement(project, { level: 'segment', overlapThreshold: 120 })).toThrow(
      /at most 100/,
    );
  });
});

describe('computeAgreement (segment level)', () => {
  it("applies MAXQDA's segment method to the project's codings", () => {
    const { project, jkm, tc, value, risk, code } = setup();
    code(jkm.id, value.id, 'Det handler om at skabe værdi for borgerne', 'Ane'); // 42 characters
    code(jkm.id, value.id, 'handler om at skabe værdi for borgerne', 'Bo'); // 38/42 = 90.5 %: agree
    code(jkm.id, risk.id, 'turde fejle', 'Ane');
    code(tc.id, risk.id, 'Vi prøver os frem', 'Bo'); // TC coded by Bo alone: left out
    const report = computeAgreement(project, { level: 'segment' }) as SegmentAgreementReport;
    expect(report.overlapThreshold).toBe(90);
    expect(report.documents.excluded).toEqual([{ document: 'TC.txt', codedBy: ['Bo'] }]);
    expect(report.rows).toMatchObject([
      {
        code: 'Principper/Værdi',
        segmentsFirst: 1,
        segmentsSecond: 1,
        agreements: 2,
        total: 2,
        agreement: 1,
      },
      {
        code: 'Principper/Risiko',
        segmentsFirst: 1,
        segmentsSecond: 0,
        agreements: 0,
        total: 1,
        agreement: 0,
      },
    ]);
    expect(report.overall).toMatchObject({ agreements: 2, total: 3, codesInTable: 2, chance: 0.5 });
    expect(report.overall.kappa).toBeCloseTo((2 / 3 - 0.5) / 0.5, 12);
    const strict = computeAgreement(project, {
      level: 'segment',
      overlapThreshold: 95,
    }) as SegmentAgreementReport;
    expect(strict.overall.agreements).toBe(0);
  });

  it('needs exactly two coders', () => {
    const { project, jkm, value, code } = setup();
    code(jkm.id, value.id, 'skabe', 'Ane');
    code(jkm.id, value.id, 'værdi', 'Bo');
    code(jkm.id, value.id, 'borgerne', 'Cai');
    expect(() => computeAgreement(project, { level: 'segment' })).toThrow(
      /compares two coders; choose two of Ane, Bo, Cai/,
    );
    expect(computeAgreement(project, { level: 'segment', coders: ['Ane', 'Cai'] }).coders).toEqual([
      'Ane',
      'Cai',
    ]);
  });
});
