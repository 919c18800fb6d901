import { describe, expect, it } from 'vitest';
import { buildMatrix } from '../../../src/main/backend/services/matrix/build-matrix';
import { createCodePath } from '../../../src/main/backend/services/codes';
import { applyCoding, curateQuote } from '../../../src/main/backend/services/codings';
import { findSpeaker, updateSpeaker } from '../../../src/main/backend/services/speakers';
import {
  assignDocumentToCase,
  createCase,
  setCaseAttribute,
} from '../../../src/main/backend/services/cases';
import type { MatrixOptions } from '../../../src/shared/matrix/options';
import { cellAt, type QuoteMatrix } from '../../../src/shared/matrix/model';
import { addTranscript, newProject, rangeOf } from '../../helpers/temp-project';
import type { Project } from '../../../src/main/backend/project/project';

const JKM = `Interview med JKM, Aalborg
I: Hvordan arbejder I med risiko?
JKM: Vi tør godt fejle. Men vi gør det systematisk, med evaluering bagefter.
I: Og borgerne?
JKM: Borgerne er med fra starten. Det kalder vi samskabelse.`;

const TC = `[00:01:05] I: Hvad med risiko?
[00:01:10] TC: I Holstebro tør vi godt prøve ting af.
[00:02:30] I: Og ledelsen?
[00:02:41] TC: Ledelse handler om at give plads til at fejle.`;

interface Fixture {
  project: Project;
  codes: Record<string, string>;
  code(doc: 'JKM' | 'TC', codePath: string, needle: string, memo?: string): string;
}

function setup(): Fixture {
  const project = newProject();
  const docs = {
    JKM: addTranscript(project, 'JKM.txt', JKM).document,
    TC: addTranscript(project, 'TC.txt', TC).document,
  };
  const texts = Object.fromEntries(
    project
      .read<{ name: string; text: string }>('SELECT name, text FROM documents')
      .map((r) => [r.name, r.text]),
  );
  const codes: Record<string, string> = {};
  for (const path of [
    'Principper/III Risiko',
    'Principper/III Risiko/Fejlkultur',
    'Principper/IV Samskabelse',
    'Principper/V Ledelse',
    'Temaer/Økonomi',
  ]) {
    codes[path] = createCodePath(project, path.split('/')).code.id;
  }
  codes.Principper = project.readOne<{ id: string }>(
    `SELECT id FROM codes WHERE name = 'Principper'`,
  )!.id;
  updateSpeaker(project, findSpeaker(project, 'JKM').id, {
    name: 'Jens Kristian Munk',
    title: 'Kommunaldirektør',
    organisation: 'Aalborg Kommune',
  });
  updateSpeaker(project, findSpeaker(project, 'TC').id, {
    name: 'Tine Carlsen',
    organisation: 'Holstebro Kommune',
  });
  return {
    project,
    codes,
    code(doc, codePath, needle, memo) {
      return applyCoding(project, {
        documentId: docs[doc].id,
        codeId: codes[codePath]!,
        ...rangeOf(texts[`${doc}.txt`]!, needle),
        ...(memo ? { memo } : {}),
      }).id;
    },
  };
}

const speakersMatrix = (
  rowsRoot: string[] | null,
  extra: Partial<MatrixOptions> = {},
): MatrixOptions => ({
  rowsRoot,
  columns: { kind: 'speakers' },
  mode: 'quotes',
  citation: 'short',
  ...extra,
});

function cell(matrix: QuoteMatrix, rowLabel: string, columnLabel: string) {
  const r = matrix.rows.findIndex((row) => row.label === rowLabel);
  const c = matrix.columns.findIndex((column) => column.label === columnLabel);
  if (r < 0 || c < 0) throw new Error(`no cell ${rowLabel} × ${columnLabel}`);
  return cellAt(matrix, r, c);
}

describe('quote matrix', () => {
  it('puts each quote under its code and speaker, in document order, with citation and legend', () => {
    const f = setup();
    f.code('TC', 'Principper/III Risiko', 'I Holstebro tør vi godt prøve ting af.');
    f.code('JKM', 'Principper/III Risiko', ' Vi tør godt fejle. ', 'kerneudsagn');
    f.code('JKM', 'Principper/IV Samskabelse', 'Det kalder vi samskabelse.');
    const matrix = buildMatrix(f.project, speakersMatrix(['Principper']));
    expect(matrix.rows.map((r) => [r.label, r.depth])).toEqual([
      ['III Risiko', 0],
      ['Fejlkultur', 1],
      ['IV Samskabelse', 0],
      ['V Ledelse', 0],
    ]);
    expect(matrix.columns.map((c) => c.label)).toEqual(['JKM', 'TC']);
    expect(matrix.cells).toHaveLength(8);
    const risikoJkm = cell(matrix, 'III Risiko', 'JKM');
    expect(risikoJkm.quotes.map((q) => [q.text, q.citation, q.speaker, q.memo])).toEqual([
      ['Vi tør godt fejle.', '(JKM)', 'JKM', 'kerneudsagn'],
    ]);
    expect(cell(matrix, 'III Risiko', 'TC').quotes[0]!.text).toBe(
      'I Holstebro tør vi godt prøve ting af.',
    );
    expect(cell(matrix, 'V Ledelse', 'TC').count).toBe(0);
    expect(matrix.legend).toEqual([
      {
        label: 'JKM',
        name: 'Jens Kristian Munk',
        title: 'Kommunaldirektør',
        organisation: 'Aalborg Kommune',
      },
      { label: 'TC', name: 'Tine Carlsen', title: null, organisation: 'Holstebro Kommune' },
    ]);
  });

  it('leaves the interviewer out unless asked, and cites a quote spanning two turns with both speakers', () => {
    const f = setup();
    f.code('JKM', 'Principper/III Risiko', 'risiko?\nJKM: Vi tør godt fejle.');
    f.code('JKM', 'Principper/V Ledelse', 'Hvordan arbejder I med risiko?');
    const without = buildMatrix(f.project, speakersMatrix(['Principper']));
    expect(without.columns.map((c) => c.label)).toEqual(['JKM', 'TC']);
    expect(cell(without, 'III Risiko', 'JKM').quotes[0]!.citation).toBe('(JKM)');
    expect(cell(without, 'V Ledelse', 'JKM').count).toBe(0);
    const withInterviewer = buildMatrix(
      f.project,
      speakersMatrix(['Principper'], { includeInterviewer: true }),
    );
    expect(withInterviewer.columns.map((c) => c.label)).toEqual(['I', 'JKM', 'TC']);
    const spanning = cell(withInterviewer, 'III Risiko', 'I').quotes[0]!;
    expect(spanning.speaker).toBe('I, JKM');
    expect(spanning.citation).toBe('(I, JKM)');
    expect(cell(withInterviewer, 'III Risiko', 'JKM').quotes[0]!.codingId).toBe(spanning.codingId);
    expect(cell(withInterviewer, 'V Ledelse', 'I').count).toBe(1);
  });

  it('folds children into their parents without printing one passage twice', () => {
    const f = setup();
    f.code('JKM', 'Principper/III Risiko', 'Vi tør godt fejle.');
    f.code('JKM', 'Principper/III Risiko/Fejlkultur', 'Vi tør godt fejle.');
    f.code('JKM', 'Principper/III Risiko/Fejlkultur', 'med evaluering bagefter');
    const folded = buildMatrix(f.project, speakersMatrix(['Principper'], { foldChildren: true }));
    expect(folded.rows.map((r) => r.label)).toEqual(['III Risiko', 'IV Samskabelse', 'V Ledelse']);
    const risiko = cell(folded, 'III Risiko', 'JKM');
    expect(risiko.quotes.map((q) => q.text)).toEqual([
      'Vi tør godt fejle.',
      'med evaluering bagefter',
    ]);
    expect(risiko.quotes[0]!.codes).toEqual([
      'Principper/III Risiko',
      'Principper/III Risiko/Fejlkultur',
    ]);
  });

  it('counts quotes per cell in count mode', () => {
    const f = setup();
    f.code('JKM', 'Principper/III Risiko', 'Vi tør godt fejle.');
    f.code('JKM', 'Principper/III Risiko', 'med evaluering bagefter');
    f.code('TC', 'Principper/V Ledelse', 'Ledelse handler om at give plads til at fejle.');
    const counts = buildMatrix(f.project, speakersMatrix(['Principper'], { mode: 'counts' }));
    expect(counts.mode).toBe('counts');
    expect(
      counts.rows.map((row, r) => counts.columns.map((_, c) => cellAt(counts, r, c).count)),
    ).toEqual([
      [2, 0],
      [0, 0],
      [0, 0],
      [0, 1],
    ]);
    expect(counts.cells.every((c) => c.quotes.length === 0)).toBe(true);
  });

  it('renders long and located citations, with timestamps where the transcript has them', () => {
    const f = setup();
    f.code('JKM', 'Principper/III Risiko', 'Vi tør godt fejle. Men vi gør det systematisk');
    f.code('TC', 'Principper/V Ledelse', 'Ledelse handler om at give plads til at fejle.');
    const long = buildMatrix(f.project, speakersMatrix(['Principper'], { citation: 'long' }));
    expect(cell(long, 'III Risiko', 'JKM').quotes[0]!.citation).toBe(
      '(Jens Kristian Munk, Kommunaldirektør, Aalborg Kommune)',
    );
    expect(cell(long, 'V Ledelse', 'TC').quotes[0]!.citation).toBe(
      '(Tine Carlsen, Holstebro Kommune)',
    );
    const located = buildMatrix(f.project, speakersMatrix(['Principper'], { citation: 'located' }));
    expect(cell(located, 'III Risiko', 'JKM').quotes[0]!.citation).toBe('(JKM, l. 3)');
    expect(cell(located, 'V Ledelse', 'TC').quotes[0]!.citation).toBe('(TC, 00:02:41)');
    const custom = buildMatrix(
      f.project,
      speakersMatrix(['Principper'], { citation: '{label}[ – {title}], {document} l. {lines}' }),
    );
    expect(cell(custom, 'V Ledelse', 'TC').quotes[0]!.citation).toBe('TC, TC.txt l. 4');
    expect(() =>
      buildMatrix(f.project, speakersMatrix(['Principper'], { citation: '({initials})' })),
    ).toThrow(/unknown field/);
  });

  it('prints the curated quote while the original text stays linked', () => {
    const f = setup();
    const id = f.code(
      'JKM',
      'Principper/III Risiko',
      'Vi tør godt fejle. Men vi gør det systematisk, med evaluering bagefter.',
    );
    curateQuote(
      f.project,
      id,
      'Vi tør godt fejle (om risiko, red.) […] med evaluering bagefter.',
      'forkortet',
    );
    const quote = cell(buildMatrix(f.project, speakersMatrix(['Principper'])), 'III Risiko', 'JKM')
      .quotes[0]!;
    expect(quote.display).toBe('Vi tør godt fejle (om risiko, red.) […] med evaluering bagefter.');
    expect(quote.text).toBe(
      'Vi tør godt fejle. Men vi gør det systematisk, med evaluering bagefter.',
    );
    expect(quote.note).toBe('forkortet');
    expect(quote.codingId).toBe(id);
  });

  it('groups by documents, cases and attribute values, with an explicit column for the unassigned', () => {
    const f = setup();
    f.code('JKM', 'Principper/III Risiko', 'Vi tør godt fejle.');
    f.code('TC', 'Principper/III Risiko', 'I Holstebro tør vi godt prøve ting af.');
    const byDocument = buildMatrix(f.project, {
      ...speakersMatrix(['Principper']),
      columns: { kind: 'documents' },
    });
    expect(byDocument.columns.map((c) => c.label)).toEqual(['JKM.txt', 'TC.txt']);
    const aalborg = createCase(f.project, 'Aalborg');
    const jkmDoc = f.project.readOne<{ id: string }>(
      `SELECT id FROM documents WHERE name = 'JKM.txt'`,
    )!.id;
    assignDocumentToCase(f.project, jkmDoc, aalborg.id);
    setCaseAttribute(f.project, aalborg.id, 'region', 'Nordjylland');
    const byCase = buildMatrix(f.project, {
      ...speakersMatrix(['Principper']),
      columns: { kind: 'cases' },
    });
    expect(byCase.columns.map((c) => c.label)).toEqual(['Aalborg', '(no case)']);
    expect(cell(byCase, 'III Risiko', '(no case)').quotes[0]!.speaker).toBe('TC');
    const byRegion = buildMatrix(f.project, {
      ...speakersMatrix(['Principper']),
      columns: { kind: 'attribute', name: 'region' },
    });
    expect(byRegion.columns.map((c) => c.label)).toEqual(['Nordjylland', '(no region)']);
    expect(cell(byRegion, 'III Risiko', 'Nordjylland').quotes[0]!.speaker).toBe('JKM');
  });

  it('is deterministic: the same project gives the same matrix, and a new coding changes only its cell', () => {
    const f = setup();
    f.code('JKM', 'Principper/III Risiko', 'Vi tør godt fejle.');
    f.code('TC', 'Principper/V Ledelse', 'Ledelse handler om at give plads til at fejle.');
    const first = buildMatrix(f.project, speakersMatrix(['Principper']));
    expect(buildMatrix(f.project, speakersMatrix(['Principper']))).toEqual(first);
    f.code('JKM', 'Principper/IV Samskabelse', 'Det kalder vi samskabelse.');
    const second = buildMatrix(f.project, speakersMatrix(['Principper']));
    const changed = second.cells.filter(
      (c, i) => JSON.stringify(c) !== JSON.stringify(first.cells[i]),
    );
    expect(
      changed.map((c) => [
        second.rows.find((r) => r.id === c.row)!.label,
        second.columns.find((k) => k.id === c.column)!.label,
      ]),
    ).toEqual([['IV Samskabelse', 'JKM']]);
  });

  it('uses the whole codebook when no row root is given, and refuses an unknown root', () => {
    const f = setup();
    const matrix = buildMatrix(f.project, speakersMatrix(null));
    expect(matrix.rows.map((r) => r.path.join('/'))).toContain('Temaer/Økonomi');
    expect(() => buildMatrix(f.project, speakersMatrix(['Nope']))).toThrow(/no code "Nope"/);
  });
});
