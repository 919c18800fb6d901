/**
 * An agreement report as JSON, a GitHub-flavoured Markdown table, or RFC 4180 CSV (UTF-8
 * with a byte-order mark so spreadsheets read "æøå" right, CRLF between records).
 * Proportions print as percentages; kappa and alpha with three decimals in Markdown and
 * four in CSV; an undefined value is "–" in Markdown and empty in CSV.
 */
import type {
  AgreementReport,
  CharacterAgreementReport,
  CharacterAgreementStats,
  SegmentAgreementReport,
  SegmentAgreementStats,
} from '@shared/agreement/types';

export type AgreementFormat = 'json' | 'md' | 'csv';

/** Text to escape, a count, a preformatted figure or label written as is, or nothing. */
type Cell = string | number | { raw: string } | null;

interface Table {
  headers: string[];
  rows: Cell[][];
  notes: string[];
}

/** Fixed decimals, so a column lines up ("98.0", "92.5"); never "-0.000". */
function fixed(value: number, decimals: number): string {
  const text = value.toFixed(decimals);
  return /^-0\.?0*$/.test(text) ? text.slice(1) : text;
}

const percent = (value: number | null, decimals: number): Cell =>
  value === null ? null : { raw: fixed(value * 100, decimals) };

const coefficient = (value: number | null, decimals: number): Cell =>
  value === null ? null : { raw: fixed(value, decimals) };

const overallLabel = (md: boolean): Cell => ({ raw: md ? '**Overall**' : '(overall)' });

function characterTable(report: CharacterAgreementReport, md: boolean): Table {
  const pairwise = report.coders.length === 2;
  const [first, second] = report.coders;
  const decimals = md ? 3 : 4;
  const headers = pairwise
    ? [
        'Code',
        'Characters',
        'Both',
        `Only ${first}`,
        `Only ${second}`,
        'Neither',
        'Agreement %',
        "Cohen's kappa",
        "Krippendorff's alpha",
      ]
    : ['Code', 'Characters', 'Agreement %', "Krippendorff's alpha"];
  const row = (label: Cell, s: CharacterAgreementStats): Cell[] =>
    pairwise
      ? [
          label,
          s.units,
          s.table?.both ?? 0,
          s.table?.onlyFirst ?? 0,
          s.table?.onlySecond ?? 0,
          s.table?.neither ?? 0,
          percent(s.agreement, md ? 1 : 2),
          coefficient(s.kappa, decimals),
          coefficient(s.alpha, decimals),
        ]
      : [label, s.units, percent(s.agreement, md ? 1 : 2), coefficient(s.alpha, decimals)];
  const unitsNote =
    report.units === 'coded'
      ? 'Units: characters that at least one of the coders coded with at least one of the compared codes.'
      : 'Units: every character of the compared documents.';
  return {
    headers,
    rows: [...report.rows.map((r) => row(r.code, r)), row(overallLabel(md), report.overall)],
    notes: [unitsNote, 'The overall row pools every character × code decision.'],
  };
}

function segmentTable(report: SegmentAgreementReport, md: boolean): Table {
  const [first, second] = report.coders;
  const row = (label: Cell, s: SegmentAgreementStats, kappa: number | null): Cell[] => [
    label,
    s.segmentsFirst,
    s.segmentsSecond,
    s.agreements,
    s.total,
    percent(s.agreement, md ? 1 : 2),
    coefficient(kappa, md ? 3 : 4),
  ];
  const { overall } = report;
  const k = overall.codesInTable;
  return {
    headers: [
      'Code',
      `Segments ${first}`,
      `Segments ${second}`,
      'Agreements',
      'Segments',
      'Agreement %',
      'Kappa (Brennan & Prediger)',
    ],
    rows: [
      ...report.rows.map((r) => row(r.code, r, null)),
      row(overallLabel(md), overall, overall.kappa),
    ],
    notes: [
      `Two segments agree when they carry the same code and overlap by at least ${report.overlapThreshold} %.`,
      overall.chance === null
        ? `Kappa needs at least two codes in the table (here ${k}).`
        : `Kappa corrects for chance agreement 1/k = 1/${k} (Brennan & Prediger 1981), as MAXQDA does.`,
    ],
  };
}

function escapeMarkdownCell(text: string): string {
  return text.replace(/[\\`*_[\]|<>#~]/g, (ch) => `\\${ch}`).replace(/\r?\n/g, ' ');
}

function csvField(cell: Cell): string {
  if (cell === null) return '';
  // A leading =, +, - or @ would make a spreadsheet run a code name as a formula.
  const text =
    typeof cell === 'number'
      ? String(cell)
      : typeof cell === 'object'
        ? cell.raw
        : /^[=+\-@\t\r]/.test(cell)
          ? `'${cell}`
          : cell;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function toMarkdown(report: AgreementReport, table: Table): string {
  const cell = (c: Cell) =>
    c === null
      ? '–'
      : typeof c === 'number'
        ? String(c)
        : typeof c === 'object'
          ? c.raw
          : escapeMarkdownCell(c);
  const documents = report.documents;
  const lines = [
    `Inter-coder agreement of ${report.coders.map(escapeMarkdownCell).join(', ')} (${report.level} level) ` +
      `on ${documents.compared.length} document${documents.compared.length === 1 ? '' : 's'}` +
      (documents.compared.length
        ? `: ${documents.compared.map(escapeMarkdownCell).join(', ')}.`
        : '.'),
    '',
    `| ${table.headers.map(escapeMarkdownCell).join(' | ')} |`,
    `| ${table.headers.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...table.rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
    '',
    ...table.notes,
  ];
  for (const { document, codedBy } of documents.excluded)
    lines.push(
      `Left out: ${escapeMarkdownCell(document)} (coded only by ${codedBy.map(escapeMarkdownCell).join(', ')}).`,
    );
  return `${lines.join('\n')}\n`;
}

function toCsv(table: Table): string {
  const record = (cells: readonly Cell[]) => `${cells.map(csvField).join(',')}\r\n`;
  return `\uFEFF${record(table.headers)}${table.rows.map(record).join('')}`;
}

export function formatAgreement(report: AgreementReport, format: AgreementFormat): string {
  if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
  const md = format === 'md';
  const table = report.level === 'segment' ? segmentTable(report, md) : characterTable(report, md);
  return md ? toMarkdown(report, table) : toCsv(table);
}
