/** citat code (--match, --occurrence, --start/--end) and citat codings, on the four Danish interviews. */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  codePointRange,
  copyProject,
  fails,
  makeTempDir,
  ok,
  okJson,
  sliceCodePoints,
  storedText,
} from './support/cli';
import {
  MATCH_CODINGS,
  NEW_CODE_WITH_PARENTS,
  NEW_CODE_WITH_SLASH,
  matchArgs,
  thesisProjectAt,
} from './support/thesis-project';

interface CodingJson {
  id: string;
  code: string;
  document: string;
  start: number;
  end: number;
  text: string;
  display: string;
  speaker: string;
  lines: [number, number];
  memo: string | null;
  note: string | null;
  coder: string;
  codes: string[];
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const LESSON = 'Det er jo det, vi skal lære af.';

const removals: (() => void)[] = [];
afterEach(() => {
  while (removals.length > 0) removals.pop()!();
});

let prepared: string;
beforeAll(() => {
  const temp = makeTempDir();
  prepared = thesisProjectAt('described', temp.dir);
  return temp.remove;
});

function project(): { here: string; path: string } {
  const temp = makeTempDir();
  removals.push(temp.remove);
  return { here: temp.dir, path: copyProject(prepared, temp.dir) };
}

describe('citat code --match in all four interviews', () => {
  // One project coded with every planned passage; the tests below only read it.
  let here: string;
  let path: string;
  const printed: string[] = [];
  beforeAll(() => {
    const temp = makeTempDir();
    here = temp.dir;
    path = copyProject(prepared, here);
    ok(here, ['codes', 'add', path, NEW_CODE_WITH_PARENTS]);
    ok(here, ['codes', 'add', path, NEW_CODE_WITH_SLASH]);
    for (const coding of MATCH_CODINGS) printed.push(ok(here, matchArgs(path, coding)).stdout);
    return temp.remove;
  });

  it('prints the document, lines, code path and coding id', () => {
    MATCH_CODINGS.forEach((coding, i) =>
      expect(printed[i]).toMatch(
        new RegExp(
          `^coded ${escape(coding.doc)} l\\. ${coding.lines} with ${escape(coding.code)} \\(coding ${UUID}\\)\\n$`,
        ),
      ),
    );
  });

  it('lists each coding with code-point offsets, exact text, speakers and lines', () => {
    const codings = okJson<CodingJson[]>(here, ['codings', path]);
    expect(codings).toHaveLength(MATCH_CODINGS.length);
    for (const planned of MATCH_CODINGS) {
      const text = storedText(path, planned.doc);
      // Surrounding whitespace is not coded: "Jeg prøver at gå foran. " codes the sentence only.
      const coded = planned.match.trim();
      const [start, end] = codePointRange(text, coded, planned.occurrence);
      const found = codings.find(
        (c) => c.document === planned.doc && c.code === planned.code && c.start === start,
      );
      expect(found, `${planned.doc} ${planned.code}: ${planned.match}`).toBeDefined();
      expect(found!.end).toBe(end);
      expect(found!.text).toBe(coded);
      expect(sliceCodePoints(text, found!.start, found!.end)).toBe(coded);
      expect(found!.speaker).toBe(planned.speakers.join(', '));
      const [first, last = first] = planned.lines.split('–').map(Number);
      expect(found!.lines).toEqual([first, last]);
      expect(found!.memo).toBeNull();
    }
  });

  it('filters by code, with or without child codes, and prints a table', () => {
    const risiko = okJson<CodingJson[]>(here, ['codings', path, '--code', 'Principper/III Risiko']);
    expect(risiko.map((c) => c.document)).toEqual([
      'JKM.txt',
      'JKM.txt',
      'JKM.txt',
      'JW.txt',
      'PFL.docx',
      'TC.txt',
    ]);
    expect(okJson<CodingJson[]>(here, ['codings', path, '--code', 'Principper'])).toEqual([]);
    const all = okJson<CodingJson[]>(here, [
      'codings',
      path,
      '--code',
      'Principper',
      '--with-children',
    ]);
    expect(all).toHaveLength(MATCH_CODINGS.filter((c) => c.code.startsWith('Principper/')).length);
    const slash = okJson<CodingJson[]>(here, ['codings', path, '--code', NEW_CODE_WITH_SLASH]);
    expect(slash.map((c) => c.text)).toEqual(['Der har robotterne frigjort tid.']);

    const table = ok(here, ['codings', path, '--code', 'Principper/III Risiko']).stdout;
    expect(table.split('\n')[0]).toMatch(
      /^ID\s+CODE\s+DOCUMENT\s+LINES\s+SPEAKER\s+ANCHOR\s+TEXT$/,
    );
    expect(table).toMatch(/Principper\/III Risiko\s+TC\.txt\s+45\s+TC\s+Vi tager risici/);
  });
});

describe('citat code --match', () => {
  it('keeps both codings when passages overlap or nest, each with its own code', () => {
    const { here, path } = project();
    const outer = MATCH_CODINGS.find((c) => c.match.startsWith('Og så skal man kunne sige fra'))!;
    const inner = MATCH_CODINGS.find((c) => c.match === LESSON && c.occurrence === 2)!;
    ok(here, matchArgs(path, outer));
    ok(here, matchArgs(path, inner));
    const codings = okJson<CodingJson[]>(here, ['codings', path]);
    expect(codings.map((c) => [c.code, c.text])).toEqual([
      [outer.code, outer.match],
      [inner.code, LESSON],
    ]);
    expect(codings[1]!.start).toBeGreaterThan(codings[0]!.start);
    expect(codings[1]!.end).toBe(codings[0]!.end);
  });

  it('lists every code applied to exactly the same passage', () => {
    const { here, path } = project();
    const args = ['--doc', 'JKM.txt', '--match', LESSON, '--occurrence', '1'];
    ok(here, ['code', path, '--code', 'Principper/III Risiko', ...args]);
    ok(here, ['code', path, '--code', 'Temaer/Medarbejdere', ...args]);
    const codings = okJson<CodingJson[]>(here, ['codings', path]);
    expect(codings).toHaveLength(2);
    for (const c of codings)
      expect([...c.codes].sort()).toEqual(['Principper/III Risiko', 'Temaer/Medarbejdere']);
    fails(
      here,
      ['code', path, '--code', 'Temaer/Medarbejdere', ...args],
      2,
      'already coded with "Temaer/Medarbejdere"',
    );
  });

  it('says how often and on which lines an ambiguous --match occurs, and --occurrence picks one', () => {
    const { here, path } = project();
    fails(
      here,
      ['code', path, '--doc', 'JKM.txt', '--code', 'Principper/III Risiko', '--match', LESSON],
      2,
      `"${LESSON}" occurs 2 times in JKM.txt (lines 33, 81)`,
    );
    expect(okJson<CodingJson[]>(here, ['codings', path])).toEqual([]);

    const second = ok(here, [
      'code',
      path,
      '--doc',
      'JKM.txt',
      '--code',
      'Principper/III Risiko',
      '--match',
      LESSON,
      '--occurrence',
      '2',
    ]);
    expect(second.stdout).toMatch(/^coded JKM\.txt l\. 81 with Principper\/III Risiko/);
    const [coding] = okJson<CodingJson[]>(here, ['codings', path]);
    const text = storedText(path, 'JKM.txt');
    expect([coding!.start, coding!.end]).toEqual(codePointRange(text, LESSON, 2));

    fails(
      here,
      [
        'code',
        path,
        '--doc',
        'JKM.txt',
        '--code',
        'Principper/III Risiko',
        '--match',
        LESSON,
        '--occurrence',
        '3',
      ],
      2,
      '--occurrence must be 1–2',
    );
  });

  it('matches text typed with CRLF line ends and decomposed letters against the stored text', () => {
    const { here, path } = project();
    const sentence = 'Dem skal vi ikke acceptere. Og så er der de fejl';
    const decomposed = sentence.normalize('NFD');
    expect(decomposed).not.toBe(sentence);
    ok(here, [
      'code',
      path,
      '--doc',
      'JW.txt',
      '--code',
      'Principper/III Risiko',
      '--match',
      decomposed,
    ]);
    const spanning = MATCH_CODINGS.find((c) => c.speakers.length === 2)!;
    const crlf = spanning.match.replace(/\n/g, '\r\n');
    expect(crlf).not.toBe(spanning.match);
    ok(here, ['code', path, '--doc', 'JKM.txt', '--code', spanning.code, '--match', crlf]);
    const codings = okJson<CodingJson[]>(here, ['codings', path]);
    expect(codings.map((c) => c.text)).toEqual([spanning.match, sentence]);
  });

  it('stores --memo and --coder with the coding', () => {
    const { here, path } = project();
    ok(here, [
      'code',
      path,
      '--doc',
      'TC.txt',
      '--code',
      'Principper/V Ledelse',
      '--match',
      'Jeg ser min rolle som at skabe rammerne og at give opbakning.',
      '--memo',
      'Rammesætning, jf. JKM',
      '--coder',
      'Anna',
    ]);
    const [coding] = okJson<CodingJson[]>(here, ['codings', path]);
    expect(coding).toMatchObject({ memo: 'Rammesætning, jf. JKM', coder: 'Anna', speaker: 'TC' });
  });
});

describe('citat code --start/--end', () => {
  it('codes exactly the code points given, end exclusive', () => {
    const { here, path } = project();
    const sentence = 'Systematik skal være en hjælp, ikke en spærring.';
    const text = storedText(path, 'JKM.txt');
    const [start, end] = codePointRange(text, sentence);
    const result = ok(here, [
      'code',
      path,
      '--doc',
      'JKM.txt',
      '--code',
      'Principper/II Systematisk arbejde',
      '--start',
      String(start),
      '--end',
      String(end),
    ]);
    expect(result.stdout).toMatch(/^coded JKM\.txt l\. 27 with Principper\/II Systematisk arbejde/);
    const [coding] = okJson<CodingJson[]>(here, ['codings', path]);
    expect(coding).toMatchObject({ start, end, text: sentence, speaker: 'JKM', lines: [27, 27] });
  });

  it('refuses a range outside the document, naming its length in code points', () => {
    const { here, path } = project();
    const length = [...storedText(path, 'PFL.docx')].length;
    const args = ['code', path, '--doc', 'PFL.docx', '--code', 'Principper/V Ledelse'];
    const message = `0 ≤ start < end ≤ ${length} (the length of PFL.docx in code points)`;
    fails(here, [...args, '--start', '10', '--end', String(length + 1)], 1, message);
    fails(here, [...args, '--start', '10', '--end', '10'], 1, message);
    fails(here, [...args, '--start', '-1', '--end', '5'], 1, /start|--start/);
    fails(here, [...args, '--start', 'ti', '--end', '20'], 1, message);
    ok(here, [...args, '--start', '0', '--end', String(length)]);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
