import { describe, expect, it } from 'vitest';
import { invoke } from '../../../src/main/backend/api/dispatch';
import { createCodePath } from '../../../src/main/backend/services/codes';
import { applyCoding } from '../../../src/main/backend/services/codings';
import { computeAgreement } from '../../../src/main/backend/services/team/agreement';
import { listDisagreements } from '../../../src/main/backend/services/team/disagreements';
import type { SegmentAgreementReport } from '../../../src/shared/agreement/types';
import { addTranscript, newProject, rangeOf } from '../../helpers/temp-project';

// The emoji is one character but two UTF-16 units: ranges come back in both units.
const JKM = `I: Hvad betyder innovation for dig? 🙂
JKM: Det handler om at skabe værdi for borgerne – og om at turde fejle undervejs.
I: Og risiko?
JKM: Hvis man aldrig tør fejle, så lærer man heller ikke noget.`;
const TC = `I: Hvordan arbejder I med risiko?
TC: Vi prøver os frem, og vi lærer af det, også når det går galt.`;
const PFL = `I: Hvem bestemmer?
PFL: Borgerne skal være med fra starten.`;

function setup() {
  const project = newProject();
  const jkm = addTranscript(project, 'JKM.txt', JKM).document;
  const tc = addTranscript(project, 'TC.txt', TC).document;
  const pfl = addTranscript(project, 'PFL.txt', PFL).document;
  const text = (id: string) =>
    project.readOne<{ text: string }>('SELECT text FROM documents WHERE id = ?', id)!.text;
  const value = createCodePath(project, ['Principper', 'Værdi']).code;
  const risk = createCodePath(project, ['Principper', 'Risiko']).code;
  const code = (documentId: string, codeId: string, needle: string, coder: string) =>
    applyCoding(project, { documentId, codeId, ...rangeOf(text(documentId), needle), coder });
  // Værdi: near-identical passages (agree at 90 %), and one passage only Ane coded.
  code(jkm.id, value.id, 'at skabe værdi for borgerne', 'Ane');
  code(jkm.id, value.id, 'skabe værdi for borgerne', 'Bo'); // 24/27 = 89 % — below 90
  code(tc.id, value.id, 'vi lærer af det', 'Ane');
  // Risiko: half-overlapping passages, and one passage only Bo coded.
  code(jkm.id, risk.id, 'Hvis man aldrig tør fejle', 'Ane');
  code(jkm.id, risk.id, 'aldrig tør fejle, så lærer man', 'Bo');
  code(jkm.id, risk.id, 'om at turde fejle undervejs', 'Bo');
  code(tc.id, risk.id, 'Vi prøver os frem', 'Bo');
  code(tc.id, risk.id, 'Vi prøver os frem, og', 'Ane'); // 17/21 = 81 %
  // PFL only by Ane: left out, as in the statistics.
  code(pfl.id, value.id, 'Borgerne skal være med', 'Ane');
  return { project, jkm, tc, value, risk, text };
}

describe('listDisagreements', () => {
  it('lists unmatched segments beside the closest segment of the other coder, in document order', () => {
    const { project, jkm, value, risk, text } = setup();
    const report = listDisagreements(project, { coderA: 'ane', coderB: 'BO' });
    expect(report.coders).toEqual(['Ane', 'Bo']);
    expect(report.overlapThreshold).toBe(90);
    expect(report.documents).toEqual(['JKM.txt', 'TC.txt']);
    expect(report.excluded).toEqual([{ document: 'PFL.txt', codedBy: ['Ane'] }]);
    const rows = report.disagreements.map((d) => ({
      document: d.document,
      code: d.codePath,
      first: d.first?.text ?? null,
      second: d.second?.text ?? null,
      overlap: Math.round(d.overlapPercent),
    }));
    expect(rows).toEqual([
      {
        document: 'JKM.txt',
        code: 'Principper/Værdi',
        first: 'at skabe værdi for borgerne',
        second: 'skabe værdi for borgerne',
        overlap: 89,
      },
      {
        document: 'JKM.txt',
        code: 'Principper/Risiko',
        first: null,
        second: 'om at turde fejle undervejs',
        overlap: 0,
      },
      {
        document: 'JKM.txt',
        code: 'Principper/Risiko',
        first: 'Hvis man aldrig tør fejle',
        second: 'aldrig tør fejle, så lærer man',
        overlap: 41, // 16 shared of 39
      },
      {
        document: 'TC.txt',
        code: 'Principper/Værdi',
        first: 'vi lærer af det',
        second: null,
        overlap: 0,
      },
      {
        document: 'TC.txt',
        code: 'Principper/Risiko',
        first: 'Vi prøver os frem, og',
        second: 'Vi prøver os frem',
        overlap: 81,
      },
    ]);
    // Located for the transcript: UTF-16 range, code points (the emoji counts once), lines.
    const first = report.disagreements[0]!;
    const expected = rangeOf(text(jkm.id), 'at skabe værdi for borgerne');
    expect(first).toMatchObject({ documentId: jkm.id, codeId: value.id });
    expect(first.first).toMatchObject({
      coder: 'Ane',
      ...expected,
      start: expected.startUtf16 - 1,
      end: expected.endUtf16 - 1,
      lineStart: 2,
      lineEnd: 2,
      agreed: false,
    });
    const later = report.disagreements[2]!;
    expect(later.codeId).toBe(risk.id);
    expect(later.second).toMatchObject({ coder: 'Bo', lineStart: 4, lineEnd: 4 });
  });

  it('counts exactly the segments the segment-level statistics leave unmatched', () => {
    const { project } = setup();
    for (const threshold of [10, 50, 85, 90, 100]) {
      const stats = computeAgreement(project, {
        coders: ['Ane', 'Bo'],
        level: 'segment',
        overlapThreshold: threshold,
      }) as SegmentAgreementReport;
      const { disagreements } = listDisagreements(project, {
        coderA: 'Ane',
        coderB: 'Bo',
        overlapThreshold: threshold,
      });
      const unmatched = new Set<string>();
      for (const d of disagreements) {
        for (const side of [d.first, d.second]) {
          if (side && !side.agreed) unmatched.add(`${d.codeId}:${side.coder}:${side.startUtf16}`);
        }
      }
      expect(unmatched.size, `threshold ${threshold}`).toBe(
        stats.overall.total - stats.overall.agreements,
      );
    }
  });

  it('shows a pair once when each is the other’s closest, and a matched partner as agreed', () => {
    const { project, jkm, tc, risk, text } = setup();
    // A second Bo segment inside Ane's TC passage: Ane's agrees with neither at 90 %.
    applyCoding(project, {
      documentId: tc.id,
      codeId: risk.id,
      ...rangeOf(text(tc.id), 'os frem, og'),
      coder: 'Bo',
    });
    // At 80 % Ane's TC passage agrees with Bo's "Vi prøver os frem" (81 %), Bo's other one does not.
    const { disagreements } = listDisagreements(project, {
      coderA: 'Ane',
      coderB: 'Bo',
      codeId: risk.id,
      overlapThreshold: 80,
    });
    const tcRows = disagreements.filter((d) => d.document === 'TC.txt');
    expect(tcRows).toHaveLength(1);
    expect(tcRows[0]!.second).toMatchObject({ text: 'os frem, og', agreed: false });
    expect(tcRows[0]!.first).toMatchObject({ text: 'Vi prøver os frem, og', agreed: true });
    expect(disagreements.every((d) => d.codeId === risk.id)).toBe(true);
    expect(disagreements.filter((d) => d.documentId === jkm.id)).toHaveLength(2);
  });

  it('keeps only passages the other coder never touched at a 1 % threshold', () => {
    const { project } = setup();
    const loose = listDisagreements(project, { coderA: 'Ane', coderB: 'Bo', overlapThreshold: 1 });
    // Only the passages nobody else touched are left.
    expect(loose.disagreements.map((d) => d.first?.text ?? d.second?.text)).toEqual([
      'om at turde fejle undervejs',
      'vi lærer af det',
    ]);
  });

  it('refuses unknown or repeated coders, unknown codes and bad thresholds', () => {
    const { project } = setup();
    expect(() => listDisagreements(project, { coderA: 'Ane', coderB: 'Cai' })).toThrow(
      /no coder named "Cai"/,
    );
    expect(() => listDisagreements(project, { coderA: 'Ane', coderB: 'ane' })).toThrow(
      /named twice/,
    );
    expect(() =>
      listDisagreements(project, { coderA: 'Ane', coderB: 'Bo', codeId: 'nope' }),
    ).toThrow(/no code with id nope/);
    expect(() =>
      listDisagreements(project, { coderA: 'Ane', coderB: 'Bo', overlapThreshold: 0 }),
    ).toThrow(/above 0 and at most 100/);
  });
});

describe('the agreement API methods', () => {
  it('agreement.disagreements validates its input and returns the report', async () => {
    const { project, risk } = setup();
    const report = await invoke(project, 'agreement.disagreements', {
      coderA: 'Ane',
      coderB: 'Bo',
      codeId: risk.id,
    });
    expect(report.codeId).toBe(risk.id);
    expect(report.disagreements).toHaveLength(3);
    await expect(
      invoke(project, 'agreement.disagreements', { coderA: 'Ane', coderB: '' }),
    ).rejects.toThrow(/invalid arguments for agreement.disagreements: coderB/);
  });

  it('agreement.export writes the table as CSV or Markdown', async () => {
    const { project } = setup();
    const csv = await invoke(project, 'agreement.export', {
      options: { coders: ['Ane', 'Bo'], level: 'segment' },
      format: 'csv',
    });
    expect(csv.fileName).toBe('agreement-segment.csv');
    expect(csv.mimeType).toBe('text/csv; charset=utf-8');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(csv.bytes);
    expect(text.startsWith('\uFEFFCode,Segments Ane,Segments Bo,')).toBe(true);
    expect(text).toContain('Principper/Risiko,');
    const md = await invoke(project, 'agreement.export', { options: {}, format: 'md' });
    expect(md.fileName).toBe('agreement-character.md');
    expect(new TextDecoder().decode(md.bytes)).toContain('| Code | Characters | Both |');
  });
});
