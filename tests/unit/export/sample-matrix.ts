/**
 * A realistic quote matrix (Danish municipal directors on innovation principles) with
 * every hazard an exporter has to survive: æøå, an emoji, a quote with | " <b> , and a
 * line break, a curated quote with an editorial insertion and an elision, a memo and a
 * note, a quote across two speakers' turns, a quote starting with "-" and empty cells.
 */
import type { CodebookNode } from '@shared/domain/codebook';
import type { MatrixCell, MatrixQuote, MatrixRow, QuoteMatrix } from '@shared/matrix/model';
import { matrixPresentation, type MatrixOptions } from '@shared/matrix/options';

function quote(
  fields: Partial<MatrixQuote> & Pick<MatrixQuote, 'codingId' | 'text' | 'speaker'>,
): MatrixQuote {
  const start = fields.start ?? 0;
  const length = [...fields.text].length;
  return {
    display: fields.text,
    citation: `(${fields.speaker})`,
    speakers: fields.speaker.split(', '),
    documentId: `doc-${fields.speaker.split(', ')[0]}`,
    document: `${fields.speaker.split(', ')[0]}.docx`,
    startUtf16: start,
    endUtf16: start + fields.text.length,
    start,
    end: start + length,
    lineStart: 1,
    lineEnd: 1,
    timestamp: null,
    codes: [],
    memo: null,
    note: null,
    coder: 'coder-1',
    ...fields,
  };
}

const ROWS: MatrixRow[] = [
  { id: 'code-principper', label: 'Principper', path: ['Principper'], depth: 0, color: '#607D8B' },
  {
    id: 'code-risiko',
    label: 'III Risiko',
    path: ['Principper', 'III Risiko'],
    depth: 1,
    color: '#FFB74D',
  },
  {
    id: 'code-ledelse',
    label: 'V Ledelse',
    path: ['Principper', 'V Ledelse'],
    depth: 1,
    color: '#BA68C8',
  },
  {
    id: 'code-oekonomi',
    label: 'Økonomi',
    path: ['Temaer', 'Økonomi'],
    depth: 0,
    color: '#FFD54F',
  },
];

const COLUMNS = [
  { id: 'spk-jkm', label: 'JKM', kind: 'speaker' as const },
  { id: 'spk-jw', label: 'JW', kind: 'speaker' as const },
  { id: 'spk-pfl', label: 'PFL', kind: 'speaker' as const },
];

const QUOTES: Record<string, MatrixQuote[]> = {
  'code-principper|spk-jkm': [
    quote({
      codingId: 'c1',
      text: 'Principperne er blevet vores fælles sprog på tværs af forvaltningerne.',
      speaker: 'JKM',
      start: 40,
      lineStart: 12,
      lineEnd: 12,
      citation: '(JKM, l. 12)',
      codes: ['Principper'],
    }),
  ],
  'code-risiko|spk-jkm': [
    quote({
      codingId: 'c2',
      text: 'Vi skal turde fejle, og det kræver, at politikerne bakker op, også når et forsøg går galt og pressen ringer.',
      display:
        'Vi skal turde fejle (om risiko, red.) […] også når et forsøg går galt og pressen ringer.',
      speaker: 'JKM',
      start: 5120,
      lineStart: 112,
      lineEnd: 118,
      citation: '(JKM, l. 112–118)',
      codes: ['Principper/III Risiko', 'Principper/V Ledelse'],
      memo: 'Kerneudsagn for risikoprincippet; sammenlign med JW.',
      note: 'Forkortet; politikernes rolle er udeladt.',
    }),
  ],
  'code-risiko|spk-jw': [
    quote({
      codingId: 'c3',
      text: 'Budgettet er "stramt" | men <b>vi</b> prøver alligevel,\nog så ser vi, hvad der sker.',
      speaker: 'JW',
      start: 880,
      lineStart: 31,
      lineEnd: 32,
      codes: ['Principper/III Risiko'],
    }),
    quote({
      codingId: 'c4',
      text: 'Det gik 🙈 helt galt første gang, men vi lærte mere af det end af alt det, der lykkedes.',
      speaker: 'JW',
      start: 1210,
      lineStart: 40,
      lineEnd: 40,
      codes: ['Principper/III Risiko'],
    }),
  ],
  'code-ledelse|spk-jkm': [
    quote({
      codingId: 'c5',
      text: 'I: Hvem tager ansvaret, når det går galt?\nJKM: Det gør jeg – altid.',
      speaker: 'I, JKM',
      citation: '(I, JKM, l. 120–121)',
      start: 5300,
      lineStart: 120,
      lineEnd: 121,
      codes: ['Principper/V Ledelse'],
    }),
  ],
  'code-ledelse|spk-pfl': [
    quote({
      codingId: 'c6',
      text: 'Ledelse er at gå foran og give medarbejderne råderum.',
      speaker: 'PFL',
      start: 300,
      codes: ['Principper/V Ledelse'],
    }),
  ],
  'code-oekonomi|spk-pfl': [
    quote({
      codingId: 'c7',
      text: '-30 % af puljen går til drift, resten til nye forsøg.',
      speaker: 'PFL',
      start: 2040,
      lineStart: 77,
      lineEnd: 77,
      codes: ['Temaer/Økonomi'],
    }),
  ],
};

export function sampleMatrix(
  mode: QuoteMatrix['mode'] = 'quotes',
  options: Partial<MatrixOptions> = {},
): QuoteMatrix {
  const cells: MatrixCell[] = ROWS.flatMap((row) =>
    COLUMNS.map((column) => {
      const quotes = QUOTES[`${row.id}|${column.id}`] ?? [];
      return { row: row.id, column: column.id, count: quotes.length, quotes };
    }),
  );
  return {
    title: 'Principper × kommunaldirektører',
    mode,
    // Copies: a test may change its matrix without changing the next test's.
    rows: ROWS.map((row) => ({ ...row, path: [...row.path] })),
    columns: COLUMNS.map((column) => ({ ...column })),
    cells,
    legend: [
      {
        label: 'JKM',
        name: 'Jens Kristian Munk',
        title: 'Kommunaldirektør',
        organisation: 'Aalborg Kommune',
      },
      { label: 'JW', name: 'Jane Wiis', title: 'Kommunaldirektør', organisation: 'Vejle Kommune' },
      {
        label: 'PFL',
        name: 'Peter Frost Larsen',
        title: 'Kommunaldirektør',
        organisation: 'Odense Kommune',
      },
      { label: 'I', name: 'Interviewer', title: null, organisation: null },
    ],
    presentation: matrixPresentation(options),
  };
}

export function allQuotes(matrix: QuoteMatrix): MatrixQuote[] {
  return matrix.cells.flatMap((cell) => cell.quotes);
}

const node = (
  name: string,
  fields: Partial<CodebookNode> = {},
  children: CodebookNode[] = [],
): CodebookNode => ({
  id: `code-${name}`,
  name,
  color: null,
  definition: null,
  whenToUse: null,
  whenNotToUse: null,
  example: null,
  codingCount: 0,
  children,
  ...fields,
});

export function sampleCodebook(): CodebookNode[] {
  return [
    node('Principper', { color: '#607D8B', definition: 'De fem innovationsprincipper.' }, [
      node('I Social værdi', {
        color: '#E57373',
        codingCount: 14,
        definition: 'Udsagn om den værdi, innovationen skaber for borgere og fællesskaber.',
        whenToUse: 'Når informanten begrunder et forsøg med borgernes livskvalitet.',
        whenNotToUse: 'Ikke ved ren effektivisering – brug *Økonomi*.',
        example: '“Det handler om, at borgeren får et bedre liv.”',
      }),
      node('III Risiko', {
        color: '#FFB74D',
        codingCount: 1,
        definition: 'At turde fejle:\n# forsøg der ikke lykkedes\n- læring af fejl',
      }),
    ]),
    node('Temaer', {}, [
      node('Økonomi', {
        color: 'not-a-colour',
        codingCount: 3,
        definition: 'Budgetter & puljer <5 mio.>',
      }),
    ]),
  ];
}
