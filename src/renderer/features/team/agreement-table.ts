/**
 * An agreement report as table rows for the view: which columns, each cell's value, and
 * for every undefined value ("–") the reason, as an i18n key (docs/agreement.md, "Undefined
 * values"). Formatting numbers is left to the component, which knows the language.
 */
import type {
  AgreementReport,
  CharacterAgreementStats,
  SegmentAgreementStats,
} from '@shared/agreement/types';

export interface MessageRef {
  key: string;
  params?: Record<string, string | number>;
}

export type TableCell =
  | { kind: 'count'; value: number }
  | { kind: 'percent' | 'coefficient'; value: number | null; why: MessageRef | null };

export interface TableColumn {
  /** i18n key of the header; `{coder}` is filled from params. */
  label: MessageRef;
  /** i18n key of the header's explanation. */
  help: string;
  /** The term in the method note that defines the measure, if any. */
  term?: MethodTerm;
}

export type MethodTerm = 'percent' | 'cohen' | 'bp' | 'alpha' | 'units' | 'segment';

export interface TableRow {
  /** null for the overall row. */
  codeId: string | null;
  label: string;
  cells: TableCell[];
}

export interface AgreementTable {
  columns: TableColumn[];
  rows: TableRow[];
  overall: TableRow;
}

const count = (value: number): TableCell => ({ kind: 'count', value });

const NO_UNITS: MessageRef = { key: 'team.why.noUnits' };

function characterCells(stats: CharacterAgreementStats, coders: number): TableCell[] {
  const empty = stats.units === 0;
  const agreement: TableCell = {
    kind: 'percent',
    value: stats.agreement,
    why: stats.agreement === null ? NO_UNITS : null,
  };
  const alpha: TableCell = {
    kind: 'coefficient',
    value: stats.alpha,
    why: stats.alpha !== null ? null : empty ? NO_UNITS : { key: 'team.why.alphaNoVariation' },
  };
  if (coders !== 2) return [count(stats.units), agreement, alpha];
  const table = stats.table ?? { both: 0, onlyFirst: 0, onlySecond: 0, neither: 0 };
  const kappa: TableCell = {
    kind: 'coefficient',
    value: stats.kappa,
    why: stats.kappa !== null ? null : empty ? NO_UNITS : { key: 'team.why.kappaNoVariation' },
  };
  return [
    count(stats.units),
    count(table.both),
    count(table.onlyFirst),
    count(table.onlySecond),
    count(table.neither),
    agreement,
    kappa,
    alpha,
  ];
}

function segmentCells(stats: SegmentAgreementStats, kappa: TableCell): TableCell[] {
  return [
    count(stats.segmentsFirst),
    count(stats.segmentsSecond),
    count(stats.agreements),
    count(stats.total),
    {
      kind: 'percent',
      value: stats.agreement,
      why: stats.agreement === null ? { key: 'team.why.noSegments' } : null,
    },
    kappa,
  ];
}

export function agreementTable(report: AgreementReport): AgreementTable {
  const [first = '', second = ''] = report.coders;
  if (report.level === 'segment') {
    const { overall } = report;
    const overallKappa: TableCell = {
      kind: 'coefficient',
      value: overall.kappa,
      why:
        overall.kappa !== null
          ? null
          : overall.agreement === null
            ? { key: 'team.why.noSegments' }
            : { key: 'team.why.kappaFewCodes', params: { k: overall.codesInTable } },
    };
    const perCodeKappa: TableCell = {
      kind: 'coefficient',
      value: null,
      why: { key: 'team.why.kappaOverallOnly' },
    };
    return {
      columns: [
        {
          label: { key: 'team.col.segmentsOf', params: { coder: first } },
          help: 'team.help.segmentsOf',
        },
        {
          label: { key: 'team.col.segmentsOf', params: { coder: second } },
          help: 'team.help.segmentsOf',
        },
        { label: { key: 'team.col.agreeing' }, help: 'team.help.agreeing' },
        { label: { key: 'team.col.segments' }, help: 'team.help.segments' },
        {
          label: { key: 'team.col.agreement' },
          help: 'team.help.segmentAgreement',
          term: 'segment',
        },
        { label: { key: 'team.col.bpKappa' }, help: 'team.help.bpKappa', term: 'bp' },
      ],
      rows: report.rows.map((row) => ({
        codeId: row.codeId,
        label: row.code,
        cells: segmentCells(row, perCodeKappa),
      })),
      overall: { codeId: null, label: '', cells: segmentCells(overall, overallKappa) },
    };
  }
  const coders = report.coders.length;
  const pairwise: TableColumn[] = [
    { label: { key: 'team.col.characters' }, help: 'team.help.characters', term: 'units' },
    { label: { key: 'team.col.both' }, help: 'team.help.both' },
    { label: { key: 'team.col.only', params: { coder: first } }, help: 'team.help.only' },
    { label: { key: 'team.col.only', params: { coder: second } }, help: 'team.help.only' },
    { label: { key: 'team.col.neither' }, help: 'team.help.neither' },
    { label: { key: 'team.col.agreement' }, help: 'team.help.agreement', term: 'percent' },
    { label: { key: 'team.col.cohenKappa' }, help: 'team.help.cohenKappa', term: 'cohen' },
    { label: { key: 'team.col.alpha' }, help: 'team.help.alpha', term: 'alpha' },
  ];
  const many: TableColumn[] = [
    { label: { key: 'team.col.characters' }, help: 'team.help.characters', term: 'units' },
    {
      label: { key: 'team.col.pairwiseAgreement' },
      help: 'team.help.pairwiseAgreement',
      term: 'percent',
    },
    { label: { key: 'team.col.alpha' }, help: 'team.help.alpha', term: 'alpha' },
  ];
  return {
    columns: coders === 2 ? pairwise : many,
    rows: report.rows.map((row) => ({
      codeId: row.codeId,
      label: row.code,
      cells: characterCells(row, coders),
    })),
    overall: { codeId: null, label: '', cells: characterCells(report.overall, coders) },
  };
}

export interface Footnote {
  mark: string;
  why: MessageRef;
}

const refKey = (ref: MessageRef) => `${ref.key}|${JSON.stringify(ref.params ?? {})}`;

/**
 * The reasons for the table's undefined values as footnotes a, b, c… in the order they
 * first appear (rows, then the overall row), each reason once; `markOf` finds a cell's.
 */
export function footnotes(table: AgreementTable): {
  notes: Footnote[];
  markOf(ref: MessageRef): string;
} {
  const marks = new Map<string, Footnote>();
  for (const row of [...table.rows, table.overall]) {
    for (const cell of row.cells) {
      if (cell.kind === 'count' || cell.value !== null || !cell.why) continue;
      const key = refKey(cell.why);
      if (!marks.has(key))
        marks.set(key, { mark: String.fromCharCode(97 + (marks.size % 26)), why: cell.why });
    }
  }
  return { notes: [...marks.values()], markOf: (ref) => marks.get(refKey(ref))?.mark ?? '' };
}
