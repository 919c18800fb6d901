/** citat case and cases, and matrix columns by case, attribute value and document. */
import { beforeAll, describe, expect, it } from 'vitest';
import { fails, makeTempDir, ok, okJson } from './support/cli';
import { quotesByCell, totalCount, type Matrix } from './support/matrix-json';
import { ALL_CODINGS, thesisProjectAt } from './support/thesis-project';

const PRINCIPLE_CODINGS = ALL_CODINGS.filter((c) => c.code.startsWith('Principper/'));

describe('citat case and matrix --cols', () => {
  let casesDir: string;
  let casesProject: string;
  beforeAll(() => {
    const temp = makeTempDir();
    casesDir = temp.dir;
    casesProject = thesisProjectAt('coded', casesDir);
    const made = ok(casesDir, [
      'case',
      casesProject,
      'Aalborg',
      '--doc',
      'JKM.txt',
      '--speaker',
      'JKM',
      '--set',
      'region=Nordjylland',
    ]);
    expect(made.stdout).toBe('case Aalborg\n');
    return temp.remove;
  });

  function casesMatrix(...options: string[]): Matrix {
    const out = ok(casesDir, [
      'matrix',
      casesProject,
      '--format',
      'json',
      '--rows',
      'Principper',
      ...options,
    ]);
    return JSON.parse(out.stdout) as Matrix;
  }

  it('lists the case with its document, speaker and attribute', () => {
    const cases = okJson<unknown[]>(casesDir, ['cases', casesProject]);
    expect(cases).toEqual([
      {
        name: 'Aalborg',
        description: null,
        documents: ['JKM.txt'],
        speakers: ['JKM'],
        attributes: { region: 'Nordjylland' },
      },
    ]);
  });

  it('--cols cases puts JKM under Aalborg and the rest in an explicit "(no case)" column', () => {
    const m = casesMatrix('--cols', 'cases');
    expect(m.columns.map((c) => c.label)).toEqual(['Aalborg', '(no case)']);
    const cells = quotesByCell(m);
    const jkm = PRINCIPLE_CODINGS.filter((c) => c.doc === 'JKM.txt').length;
    const aalborg = [...cells].filter(([k]) => k.endsWith('|Aalborg')).flatMap(([, q]) => q);
    expect(aalborg).toHaveLength(jkm);
    for (const q of aalborg) expect(q.document).toBe('JKM.txt');
    expect(totalCount(m)).toBe(PRINCIPLE_CODINGS.length);
  });

  it('--cols attribute:region has a column per value', () => {
    const m = casesMatrix('--cols', 'attribute:region');
    expect(m.columns.map((c) => c.label)[0]).toBe('Nordjylland');
    const north = quotesByCell(m).get('III Risiko|Nordjylland')!;
    expect(north.map((q) => q.speaker)).toEqual(['JKM', 'JKM', 'JKM']);
    const md = ok(casesDir, [
      'matrix',
      casesProject,
      '--rows',
      'Principper',
      '--cols',
      'attribute:region',
    ]);
    expect(md.stdout).toContain('# Principper × region');
  });

  it('--cols documents has one column per interview', () => {
    const m = casesMatrix('--cols', 'documents');
    expect(m.columns.map((c) => c.label)).toEqual(['JKM.txt', 'JW.txt', 'PFL.docx', 'TC.txt']);
  });

  it('refuses an unknown --cols and an unknown attribute', () => {
    fails(
      casesDir,
      ['matrix', casesProject, '--cols', 'kommuner'],
      1,
      '--cols must be speakers, cases, documents or attribute:<name>',
    );
    fails(casesDir, ['matrix', casesProject, '--cols', 'attribute:størrelse'], 2, 'størrelse');
  });
});
