/**
 * The matrix as LaTeX: a fragment to \input{} in a thesis, or with `standalone` a whole
 * document. The table is a longtable with booktabs rules whose columns add up to the line
 * width; it breaks across pages with its header repeated. LaTeX cannot break a table row
 * across pages, so each quote of a code gets a row of its own (the k-th quotes of all
 * columns side by side) and a long code still breaks between its quotes.
 *
 * Everything a user may want to restyle goes through a macro defined with \providecommand
 * (\citatcite for citations, \citatquote for a quote, …): define your own before the
 * \input and it wins.
 */
import type { MatrixLabels } from '@shared/matrix/labels';
import type { QuoteMatrix } from '@shared/matrix/model';
import type { MatrixLanguage } from '@shared/matrix/options';
import {
  cellItems,
  countTotals,
  labelsOf,
  legendDetails,
  matrixGrid,
  presentationOf,
  rowLabels,
  type CellItem,
  type GridRow,
} from './matrix-layout';
import { commentText, escapeTex } from './tex-text';

export interface TexOptions {
  /** A complete document (article, landscape A4) instead of a fragment. */
  standalone?: boolean;
}

const BABEL = { da: 'danish', en: 'british' } as const satisfies Record<MatrixLanguage, string>;

export const MACROS = [
  '\\providecommand{\\citattitle}[1]{\\par\\addvspace{\\medskipamount}\\noindent{\\large\\bfseries #1}\\par\\smallskip}',
  '\\providecommand{\\citatcaption}[1]{\\par\\noindent\\textit{#1}\\par\\smallskip}',
  '\\providecommand{\\citatlegendtitle}[1]{\\par\\noindent\\textbf{#1}\\par}',
  '\\providecommand{\\citatlegend}[2]{\\par\\noindent\\textbf{#1}\\if\\relax\\detokenize{#2}\\relax\\else\\ -- #2\\fi\\par}',
  '\\providecommand{\\citatheader}[1]{\\textbf{#1}}',
  '% \\citatcode{<indent in em>}{<level>}{<code>}: top-level codes in bold',
  '\\providecommand{\\citatcode}[3]{\\hspace*{#1em}\\ifnum#2=0 \\textbf{#3}\\else#3\\fi}',
  // No \par at the end of a cell: array.sty would add an empty line below it.
  '\\providecommand{\\citatquote}[1]{\\par\\noindent\\hangindent=1em\\hangafter=1\\makebox[1em][l]{\\textbullet}#1}',
  '\\providecommand{\\citatcite}[1]{#1}',
  '\\providecommand{\\citatnote}[1]{\\par\\noindent\\hangindent=1em\\hangafter=0{\\footnotesize\\itshape #1}}',
  '\\providecommand{\\citatalso}[1]{\\par\\noindent\\hangindent=1em\\hangafter=0{\\footnotesize #1}}',
  '\\providecommand{\\citatempty}{\\textendash}',
  '\\providecommand{\\citattotal}[1]{\\textbf{#1}}',
  '\\providecommand{\\citatcontinued}[1]{\\footnotesize\\itshape #1}',
  '% A character pdfLaTeX has no glyph for: printed by XeLaTeX/LuaLaTeX, its code point otherwise.',
  '\\providecommand{\\citatchar}[2]{\\ifdefined\\Umathchar#1\\else[U+#2]\\fi}',
];

function leadingComments(matrix: QuoteMatrix, standalone: boolean): string[] {
  const lines = [`% ${commentText(matrix.title)}`, '% Quote table written by Citat (UTF-8).'];
  if (standalone) {
    lines.push('% A complete document: compile it with pdflatex, xelatex or lualatex.');
    return lines;
  }
  return [
    ...lines,
    '% Include it with \\input{<this file>}. It needs in the preamble:',
    '%   \\usepackage{longtable,booktabs,array}',
    '%   pdfLaTeX also: \\usepackage[T1]{fontenc} (for » « and "), UTF-8 input (the default',
    '%   since LaTeX 2018; before: \\usepackage[utf8]{inputenc}), e.g. \\usepackage{lmodern}.',
    '%   XeLaTeX/LuaLaTeX: nothing more.',
    '% Wide tables fit best on landscape pages (\\usepackage{pdflscape}, \\begin{landscape}).',
    '% Restyle it by defining its macros before the \\input (\\citatcite{<citation>},',
    '% \\citatquote{<quote>}, \\citattitle, \\citatlegend, \\citatnote, \\citatempty, …), e.g.',
    '%   \\newcommand{\\citatcite}[1]{\\textit{#1}}',
  ];
}

/** `fraction` of the line width for a column, less its padding: the columns add up exactly. */
export function columnSpec(fraction: number, align: 'left' | 'center'): string {
  const justify = align === 'left' ? '\\raggedright' : '\\centering';
  return `>{${justify}\\arraybackslash}p{\\dimexpr ${fraction.toFixed(4)}\\linewidth-2\\tabcolsep\\relax}`;
}

/** Shares of the line width, floored to 4 decimals so the sum never exceeds the width. */
function fractions(codeShare: number, others: number): number[] {
  const floor4 = (x: number): number => Math.floor(x * 10000) / 10000;
  const code = floor4(others === 0 ? 1 : codeShare);
  return [code, ...new Array<number>(others).fill(floor4((1 - code) / Math.max(1, others)))];
}

const row = (cells: readonly string[]): string => `${cells.join(' & ')} \\\\`;

/** Header, repeated header (with "(continued)") and footers of a longtable. */
function tableHead(
  matrix: QuoteMatrix,
  headers: readonly string[],
  labels: MatrixLabels,
): string[] {
  const header = row(headers.map((h) => `\\citatheader{${escapeTex(h)}}`));
  const span = headers.length;
  const title = escapeTex(`${matrix.title} (${labels.continued})`);
  return [
    '\\toprule',
    header,
    '\\midrule',
    '\\endfirsthead',
    `\\multicolumn{${span}}{l}{\\citatcontinued{${title}}} \\\\`,
    '\\toprule',
    header,
    '\\midrule',
    '\\endhead',
    '\\midrule',
    `\\multicolumn{${span}}{r}{\\citatcontinued{${escapeTex(labels.continues)}}} \\\\`,
    '\\endfoot',
    '\\bottomrule',
    '\\endlastfoot',
  ];
}

/**
 * A citation may break where it has spaces (table columns are narrow), but never between
 * "l." and its line numbers.
 */
export function citation(text: string): string {
  return escapeTex(text).replace(/\bl\. (?=\d)/g, 'l.~');
}

function quoteTex(item: CellItem, labels: MatrixLabels): string {
  let out = `\\citatquote{${escapeTex(item.text)}`;
  if (item.citation) out += ` \\citatcite{${citation(item.citation)}}`;
  out += '}';
  if (item.memo) out += `\\citatnote{${escapeTex(`${labels.memo} ${item.memo}`)}}`;
  if (item.note) out += `\\citatnote{${escapeTex(`${labels.note} ${item.note}`)}}`;
  if (item.alsoCoded.length > 0)
    out += `\\citatalso{${escapeTex(`${labels.alsoCoded} ${item.alsoCoded.join('; ')}`)}}`;
  return out;
}

function codeLabel(text: string, indent: number, depth: number): string {
  return `\\citatcode{${indent}}{${depth}}{${escapeTex(text)}}`;
}

function quoteBody(matrix: QuoteMatrix, grid: readonly GridRow[], labels: MatrixLabels): string[] {
  const names = rowLabels(matrix);
  const lines: string[] = [];
  grid.forEach(({ row: matrixRow, cells }, index) => {
    if (index > 0) lines.push('\\midrule');
    const items = cells.map((cell) => cellItems(matrix, cell, matrixRow));
    const height = Math.max(1, ...items.map((list) => list.length));
    const label = names[index]!;
    for (let k = 0; k < height; k++) {
      if (k > 0) lines.push('\\addlinespace[3pt]');
      const first = k === 0 ? codeLabel(label.text, label.indent, matrixRow.depth) : '';
      const values = items.map((list) => {
        const item = list[k];
        if (item) return quoteTex(item, labels);
        return k === 0 ? '\\citatempty' : '';
      });
      lines.push(row([first, ...values]));
    }
  });
  return lines;
}

function countBody(matrix: QuoteMatrix, grid: readonly GridRow[], labels: MatrixLabels): string[] {
  const names = rowLabels(matrix);
  const totals = countTotals(grid, matrix.columns.length);
  const count = (n: number): string => (n === 0 ? '\\citatempty' : String(n));
  const lines = grid.map(({ row: matrixRow, cells }, index) => {
    const label = names[index]!;
    return row([
      codeLabel(label.text, label.indent, matrixRow.depth),
      ...cells.map((cell) => count(cell.count)),
      `\\citattotal{${totals.rowTotals[index]}}`,
    ]);
  });
  lines.push(
    '\\midrule',
    row([
      `\\citattotal{${escapeTex(labels.total)}}`,
      ...totals.columnTotals.map((n) => `\\citattotal{${n}}`),
      `\\citattotal{${totals.grandTotal}}`,
    ]),
  );
  return lines;
}

function legendTex(matrix: QuoteMatrix, labels: MatrixLabels): string[] {
  if (matrix.legend.length === 0) return [];
  return [
    `\\citatlegendtitle{${escapeTex(labels.legend)}}`,
    ...matrix.legend.map(
      (entry) => `\\citatlegend{${escapeTex(entry.label)}}{${escapeTex(legendDetails(entry))}}`,
    ),
  ];
}

/** The table with its title and legend: what the fragment holds and the document wraps. */
function tableBody(matrix: QuoteMatrix): string[] {
  const labels = labelsOf(matrix);
  const grid = matrixGrid(matrix);
  const counts = matrix.mode === 'counts';
  const n = matrix.columns.length;
  const shares = counts
    ? fractions(n <= 8 ? 0.3 : 0.2, n + 1)
    : fractions(Math.min(0.2, 1 / (n + 1)), n);
  const specs = shares.map((share, index) =>
    columnSpec(share, index === 0 || !counts ? 'left' : 'center'),
  );
  const headers = [
    labels.code,
    ...matrix.columns.map((column) => column.label),
    ...(counts ? [labels.total] : []),
  ];
  return [
    `\\citattitle{${escapeTex(matrix.title)}}`,
    ...(counts ? [`\\citatcaption{${escapeTex(labels.countsCaption)}}`] : []),
    ...legendTex(matrix, labels),
    `\\begin{longtable}{${specs.join('')}}`,
    ...tableHead(matrix, headers, labels),
    ...(counts ? countBody(matrix, grid, labels) : quoteBody(matrix, grid, labels)),
    '\\end{longtable}',
  ];
}

export function standalonePreamble(language: MatrixLanguage): string[] {
  return [
    '\\documentclass[a4paper,10pt]{article}',
    '\\usepackage[a4paper,landscape,margin=1.5cm]{geometry}',
    '\\ifdefined\\Umathchar\\else % pdfLaTeX: T1 fonts for » « and ", scalable Latin Modern',
    '  \\usepackage[T1]{fontenc}',
    '  \\usepackage{lmodern}',
    '\\fi',
    `\\usepackage[${BABEL[language]}]{babel}`,
    '\\usepackage{longtable,booktabs,array}',
    '\\setlength{\\parindent}{0pt}',
    '\\begin{document}',
  ];
}

export function matrixToTex(matrix: QuoteMatrix, options: TexOptions = {}): string {
  const standalone = options.standalone ?? false;
  const lines = [
    ...leadingComments(matrix, standalone),
    ...(standalone ? standalonePreamble(presentationOf(matrix).language) : []),
    ...MACROS,
    ...tableBody(matrix),
    ...(standalone ? ['\\end{document}'] : []),
  ];
  return `${lines.join('\n')}\n`;
}
