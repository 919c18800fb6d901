/** A matrix with many quotes (50 by default) for tests of tables that run over pages. */
import type { MatrixCell, MatrixQuote, QuoteMatrix } from '@shared/matrix/model';
import { matrixPresentation, type MatrixOptions } from '@shared/matrix/options';

function quote(index: number, column: string, text: string): MatrixQuote {
  return {
    codingId: `c${index}`,
    text,
    display: text,
    citation: `(${column}, l. ${index + 1})`,
    speaker: column,
    speakers: [column],
    documentId: `doc-${column}`,
    document: `${column}.txt`,
    startUtf16: index * 100,
    endUtf16: index * 100 + text.length,
    start: index * 100,
    end: index * 100 + text.length,
    lineStart: index + 1,
    lineEnd: index + 1,
    timestamp: null,
    codes: [],
    memo: null,
    note: null,
    coder: 'coder',
  };
}

export interface ManyQuotes {
  quotes?: number;
  speakers?: readonly string[];
  codes?: readonly string[];
  /** The text of quote 7, e.g. one full of special characters. */
  special?: string;
  options?: Partial<MatrixOptions>;
}

/** Codes × interviewees holding `quotes` quotes spread evenly, in Danish by default. */
export function manyQuotes(spec: ManyQuotes = {}): QuoteMatrix {
  const total = spec.quotes ?? 50;
  const speakers = spec.speakers ?? ['JKM', 'JW', 'PFL', 'TC'];
  const codes = spec.codes ?? ['I Social værdi', 'III Risiko', 'V Ledelse'];
  const rows = codes.map((label, index) => ({
    id: `row-${index}`,
    label,
    path: ['Principper', label],
    depth: 0,
    color: '#607D8B',
  }));
  const columns = speakers.map((label) => ({
    id: `spk-${label}`,
    label,
    kind: 'speaker' as const,
  }));
  const cellCount = rows.length * columns.length;
  let n = 0;
  const cells: MatrixCell[] = rows.flatMap((row, r) =>
    columns.map((column, c) => {
      const extra = r * columns.length + c < total % cellCount ? 1 : 0;
      const count = Math.floor(total / cellCount) + extra;
      const quotes = Array.from({ length: count }, () => {
        n += 1;
        const text =
          n === 7 && spec.special
            ? spec.special
            : `Citat ${n}: Vi prøver ting af i det små, og når det lykkes, udbreder vi det til hele kommunen – også når økonomien er stram.`;
        return quote(n, column.label, text);
      });
      return { row: row.id, column: column.id, count: quotes.length, quotes };
    }),
  );
  return {
    title: 'Bilag 1: Principper × interviewpersoner',
    mode: 'quotes',
    rows,
    columns,
    cells,
    legend: columns.map((column) => ({
      label: column.label,
      name: `Navn ${column.label}`,
      title: 'Kommunaldirektør',
      organisation: 'Aalborg Kommune',
    })),
    presentation: matrixPresentation({ language: 'da', ...spec.options }),
  };
}
