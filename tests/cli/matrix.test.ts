/** citat matrix on the coded thesis project: the JSON shape, rows, counts and citations. */
import { beforeAll, describe, expect, it } from 'vitest';
import { codePointRange, makeTempDir, ok, sliceCodePoints, storedText } from './support/cli';
import {
  ALL_CODINGS,
  INTERVIEWEES,
  thesisProjectAt,
  speakerByLabel,
  type PlannedCoding,
} from './support/thesis-project';
import { quotesByCell, totalCount, type Matrix, type Quote } from './support/matrix-json';

const PRINCIPLES = [
  'I Social værdi',
  'II Systematisk arbejde',
  'III Risiko',
  'IV Samskabelse',
  'V Ledelse',
];
const PRINCIPLE_CODINGS = ALL_CODINGS.filter((c) => c.code.startsWith('Principper/'));

let here: string;
let project: string;
beforeAll(() => {
  const temp = makeTempDir();
  here = temp.dir;
  project = thesisProjectAt('coded', here);
  return temp.remove;
});

function matrix(...options: string[]): Matrix {
  return JSON.parse(ok(here, ['matrix', project, '--format', 'json', ...options]).stdout) as Matrix;
}

function quoteOf(m: Matrix, planned: PlannedCoding, column: string): Quote {
  const row = planned.code.split('/').at(-1)!;
  const quotes = quotesByCell(m).get(`${row}|${column}`) ?? [];
  const text = planned.match.trim();
  const [start] = codePointRange(storedText(project, planned.doc), text, planned.occurrence);
  const found = quotes.find((q) => q.text === text && q.start === start);
  expect(found, `${row} × ${column}: ${planned.match}`).toBeDefined();
  return found!;
}

describe('citat matrix --format json', () => {
  it('has the shape README documents, with consistent row and column ids', () => {
    const m = matrix('--rows', 'Principper');
    expect(Object.keys(m)).toEqual(['rows', 'columns', 'cells', 'legend']);
    expect(m.rows.map((r) => r.label)).toEqual(PRINCIPLES);
    expect(m.rows.map((r) => r.path)).toEqual(PRINCIPLES.map((p) => ['Principper', p]));
    for (const r of m.rows) expect(Object.keys(r)).toEqual(['id', 'label', 'path']);
    expect(m.columns.map((c) => c.label)).toEqual([...INTERVIEWEES]);
    for (const c of m.columns) expect(Object.keys(c)).toEqual(['id', 'label']);

    const rowIds = m.rows.map((r) => r.id);
    const columnIds = m.columns.map((c) => c.id);
    expect(new Set([...rowIds, ...columnIds]).size).toBe(rowIds.length + columnIds.length);
    expect(m.cells).toHaveLength(rowIds.length * columnIds.length);
    const pairs = new Set(m.cells.map((c) => `${c.row} ${c.column}`));
    for (const row of rowIds)
      for (const column of columnIds) expect(pairs.has(`${row} ${column}`)).toBe(true);
    for (const cell of m.cells) {
      expect(Object.keys(cell)).toEqual(['row', 'column', 'count', 'quotes']);
      expect(cell.count).toBe(cell.quotes.length);
      for (const q of cell.quotes)
        expect(Object.keys(q)).toEqual([
          'text',
          'display',
          'citation',
          'speaker',
          'document',
          'start',
          'end',
          'codes',
          'memo',
          'note',
        ]);
    }
    expect(totalCount(m)).toBe(PRINCIPLE_CODINGS.length);
  });

  it('files every quote under its code and speaker with the exact coded text, trimmed', () => {
    const m = matrix('--rows', 'Principper');
    for (const planned of PRINCIPLE_CODINGS) {
      const column = planned.speakers.filter((s) => s !== 'I')[0]!;
      const q = quoteOf(m, planned, column);
      expect(q.display).toBe(q.text);
      expect(q.speaker).toBe(column);
      expect(q.citation).toBe(`(${column})`);
      expect(q.document).toBe(planned.doc);
      expect(q.codes).toContain(planned.code);
      expect(q.memo).toBeNull();
      // start/end are code points of the stored text.
      const text = storedText(project, planned.doc);
      expect(sliceCodePoints(text, q.start, q.end).trim()).toBe(q.text);
    }
    // Quotes in a cell come in document order.
    for (const cell of m.cells) {
      const starts = cell.quotes
        .filter((q) => q.document === cell.quotes[0]?.document)
        .map((q) => q.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
  });

  it('has a legend of the interviewees with the names set, without the interviewer', () => {
    const m = matrix('--rows', 'Principper');
    expect(m.legend).toEqual(
      INTERVIEWEES.map((label) => {
        const s = speakerByLabel(label);
        return { label, name: s.name, title: s.title, organisation: s.organisation };
      }),
    );
  });

  it('adds the interviewer column and legend entry with --include-interviewer', () => {
    const m = matrix('--rows', 'Principper', '--include-interviewer');
    expect(m.columns.map((c) => c.label).sort()).toEqual(['I', ...INTERVIEWEES].sort());
    expect(m.legend.find((l) => l.label === 'I')).toEqual({
      label: 'I',
      name: 'Interviewer',
      title: null,
      organisation: null,
    });
    const spanning = PRINCIPLE_CODINGS.find((c) => c.speakers.length === 2)!;
    for (const column of ['I', 'JKM']) {
      const q = quoteOf(m, spanning, column);
      expect(q.speaker).toBe('I, JKM');
      expect(q.citation).toBe('(I, JKM)');
    }
    // A quote spanning I and JKM is shown under JKM only when the interviewer is left out.
    const without = quotesByCell(matrix('--rows', 'Principper'));
    const socialJkm = without.get('I Social værdi|JKM')!;
    expect(socialJkm.map((q) => q.text)).toContain(spanning.match);
  });

  it('shows the whole codebook without --rows, with nested and slash-named codes', () => {
    const m = matrix();
    const paths = m.rows.map((r) => r.path.join(' > '));
    expect(paths).toContain('Principper');
    expect(paths).toContain('Temaer > Digitalisering > Robot/automatisering');
    expect(paths).toContain('Temaer > Økonomi > Puljer > Eksterne midler');
    const robot = m.rows.find((r) => r.label === 'Robot/automatisering')!;
    const cell = m.cells.find((c) => c.row === robot.id && c.count > 0)!;
    expect(cell.quotes.map((q) => q.text)).toEqual(['Der har robotterne frigjort tid.']);
  });

  it('folds each child subtree into its row with --fold', () => {
    const m = matrix('--rows', 'Temaer', '--fold');
    expect(m.rows.map((r) => r.label)).toEqual(['Digitalisering', 'Økonomi', 'Medarbejdere']);
    const cells = quotesByCell(m);
    expect(cells.get('Økonomi|PFL')!.map((q) => q.text)).toEqual([
      'så søger vi en del eksterne midler fra fonde og fra staten.',
    ]);
    expect(cells.get('Digitalisering|JKM')!.map((q) => q.text)).toEqual([
      'Der har robotterne frigjort tid.',
    ]);
  });
});

describe('citat matrix --counts', () => {
  it('counts the quotes per code and interviewee, in JSON and as a table', () => {
    const m = matrix('--rows', 'Principper', '--counts');
    const cells = quotesByCell(m);
    const counts = new Map(
      m.cells.map((c) => [
        `${m.rows.find((r) => r.id === c.row)!.label}|${m.columns.find((k) => k.id === c.column)!.label}`,
        c.count,
      ]),
    );
    for (const [, quotes] of cells) expect(quotes).toEqual([]);
    expect(counts.get('III Risiko|JKM')).toBe(3);
    expect(counts.get('III Risiko|TC')).toBe(1);
    expect(counts.get('I Social værdi|JW')).toBe(0);

    const table = ok(here, ['matrix', project, '--rows', 'Principper', '--counts']).stdout;
    expect(table).toContain('| III Risiko | 3 | 1 | 1 | 1 | **6** |');
    expect(table).toContain('| I Social værdi | 1 | – | 1 | – | **2** |');
    expect(table).toMatch(/\| \*\*Total\*\* \| \*\*\d+\*\* \|/);
  });
});

describe('citat matrix --citation', () => {
  const ledelseTc = PRINCIPLE_CODINGS.find(
    (c) => c.doc === 'TC.txt' && c.code.endsWith('Ledelse'),
  )!;
  const risikoJkm = PRINCIPLE_CODINGS.find((c) => c.match.startsWith('Men hvis man aldrig'))!;
  const spanning = PRINCIPLE_CODINGS.find((c) => c.speakers.length === 2)!;

  it('long: name, title and organisation', () => {
    const m = matrix('--rows', 'Principper', '--citation', 'long');
    expect(quoteOf(m, risikoJkm, 'JKM').citation).toBe(
      '(Jens Kristian Munk, Kommunaldirektør, Aalborg Kommune)',
    );
    expect(quoteOf(m, ledelseTc, 'TC').citation).toBe(
      '(Tine Carlsen, Kommunaldirektør, Holstebro Kommune)',
    );
  });

  it('located: the timestamp in TC.txt, line numbers elsewhere', () => {
    const m = matrix('--rows', 'Principper', '--citation', 'located');
    for (const planned of PRINCIPLE_CODINGS) {
      const column = planned.speakers.filter((s) => s !== 'I')[0]!;
      const where = planned.time ?? `l. ${planned.lines}`;
      expect(quoteOf(m, planned, column).citation).toBe(`(${column}, ${where})`);
    }
    expect(quoteOf(m, ledelseTc, 'TC').citation).toBe('(TC, 00:10:28)');
    expect(quoteOf(m, spanning, 'JKM').citation).toBe('(JKM, l. 11–13)');
    const md = ok(here, ['matrix', project, '--rows', 'Principper', '--citation', 'located']);
    expect(md.stdout).toContain(
      '“Men hvis man aldrig tør fejle, så lærer man heller ikke noget.” (JKM, l. 31)',
    );
  });

  it('a template of your own, with groups that vanish when a field is empty', () => {
    const m = matrix('--rows', 'Principper', '--citation', '[{name}, ]{organisation}');
    expect(quoteOf(m, risikoJkm, 'JKM').citation).toBe('Jens Kristian Munk, Aalborg Kommune');
    const withCase = matrix(
      '--rows',
      'Principper',
      '--citation',
      '({label}[, {case}]; {document})',
    );
    expect(quoteOf(withCase, risikoJkm, 'JKM').citation).toBe('(JKM; JKM.txt)');
    const first = matrix('--rows', 'Principper', '--citation', '({title|label})');
    expect(quoteOf(first, risikoJkm, 'JKM').citation).toBe('(Kommunaldirektør)');
  });
});
