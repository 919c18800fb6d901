/**
 * The coding guide as LaTeX: a fragment to \input{} in a thesis, or with `standalone` a
 * whole document (landscape A4, as the matrix). Per top-level code a heading and a
 * longtable with booktabs rules and a repeated header. LaTeX cannot break a row across
 * pages, so a code's anchor examples and rules go into rows of their own (the k-th items
 * of each column side by side) and a long code breaks between them.
 *
 * It shares the matrix's macros (\citatquote, \citatcite, \citatcode, …) and adds
 * \citatguidesection, \citatrule and \citatexample; all are \providecommand, so a user's
 * own definitions before the \input win.
 */
import {
  codingGuideLabels,
  guideHeaders,
  guideRules,
  type CodingGuide,
  type CodingGuideLabels,
  type GuideRow,
} from './coding-guide-model';
import { legendDetails } from './matrix-layout';
import { citation, columnSpec, MACROS, standalonePreamble } from './matrix-tex';
import { commentText, escapeTex } from './tex-text';

export interface GuideTexOptions {
  /** A complete document (article, landscape A4) instead of a fragment. */
  standalone?: boolean;
}

/** Shares of the line width: code, definition, anchor examples, coding rules (as the DOCX). */
const FRACTIONS = [0.17, 0.26, 0.32, 0.25] as const;

const GUIDE_MACROS = [
  '\\providecommand{\\citatguidetitle}[1]{\\par\\noindent{\\Large\\bfseries #1}\\par\\medskip}',
  // Starts a new page unless a fifth of the page is left (needspace's trick, without
  // \makeatletter): a heading and a table's first rows never stand alone at a page's foot.
  '\\providecommand{\\citatguidesection}[1]{\\par\\vskip 0pt plus 0.2\\textheight\\penalty-100\\vskip 0pt plus -0.2\\textheight\\vskip 0.2\\textheight\\penalty9999\\vskip -0.2\\textheight\\vskip\\bigskipamount\\noindent{\\large\\bfseries #1}\\par\\nopagebreak}',
  '% \\citatrule{<label>}{<text>}: "Use when:" and "Do not use when:"',
  '\\providecommand{\\citatrule}[2]{\\textbf{#1} #2}',
  "% \\citatexample{<label>}{<text>}: the codebook's own written example",
  '\\providecommand{\\citatexample}[2]{\\textbf{#1} \\textit{#2}}',
];

function leadingComments(guide: CodingGuide, standalone: boolean): string[] {
  const lines = [`% ${commentText(guide.title)}`, '% Coding guide written by Citat (UTF-8).'];
  if (standalone) {
    lines.push('% A complete document: compile it with pdflatex, xelatex or lualatex.');
    return lines;
  }
  return [
    ...lines,
    '% Include it with \\input{<this file>}. It needs in the preamble:',
    '%   \\usepackage{longtable,booktabs,array}',
    '%   pdfLaTeX also: \\usepackage[T1]{fontenc} (for » « and "), e.g. \\usepackage{lmodern}.',
    '% Its four columns fit best on landscape pages (\\usepackage{pdflscape}).',
    '% Restyle it by defining its macros before the \\input (\\citatguidesection{<code>},',
    '% \\citatguidetitle, \\citatrule{<label>}{<text>}, \\citatquote{<quote>}, \\citatcite{<citation>}, …).',
  ];
}

const row = (cells: readonly string[]): string => `${cells.join(' & ')} \\\\`;

function tableHead(name: string, labels: CodingGuideLabels): string[] {
  const header = row(guideHeaders(labels).map((h) => `\\citatheader{${escapeTex(h)}}`));
  const title = escapeTex(`${name} (${labels.continued})`);
  return [
    '\\toprule',
    header,
    '\\midrule',
    '\\endfirsthead',
    `\\multicolumn{4}{l}{\\citatcontinued{${title}}} \\\\`,
    '\\toprule',
    header,
    '\\midrule',
    '\\endhead',
    '\\midrule',
    `\\multicolumn{4}{r}{\\citatcontinued{${escapeTex(labels.continues)}}} \\\\`,
    '\\endfoot',
    '\\bottomrule',
    '\\endlastfoot',
  ];
}

/** Each column's items for one code, top to bottom. */
function columnItems(guideRow: GuideRow, labels: CodingGuideLabels): string[][] {
  const anchors = guideRow.anchors.map((anchor) => {
    const cite = anchor.citation ? ` \\citatcite{${citation(anchor.citation)}}` : '';
    return `\\citatquote{${escapeTex(anchor.text)}${cite}}`;
  });
  if (guideRow.example)
    anchors.push(`\\citatexample{${escapeTex(labels.example)}}{${escapeTex(guideRow.example)}}`);
  return [
    [`\\citatcode{${guideRow.depth}}{${guideRow.depth}}{${escapeTex(guideRow.name)}}`],
    guideRow.definition ? [escapeTex(guideRow.definition)] : [],
    anchors,
    guideRules(guideRow, labels).map(
      (rule) => `\\citatrule{${escapeTex(rule.label)}}{${escapeTex(rule.text)}}`,
    ),
  ];
}

function codeRows(guideRow: GuideRow, labels: CodingGuideLabels): string[] {
  const columns = columnItems(guideRow, labels);
  const height = Math.max(1, ...columns.map((items) => items.length));
  const lines: string[] = [];
  for (let k = 0; k < height; k++) {
    if (k > 0) lines.push('\\addlinespace[3pt]');
    lines.push(row(columns.map((items) => items[k] ?? (k === 0 ? '\\citatempty' : ''))));
  }
  return lines;
}

function legendTex(guide: CodingGuide, labels: CodingGuideLabels): string[] {
  if (guide.legend.length === 0) return [];
  return [
    `\\citatlegendtitle{${escapeTex(labels.legend)}}`,
    ...guide.legend.map(
      (entry) => `\\citatlegend{${escapeTex(entry.label)}}{${escapeTex(legendDetails(entry))}}`,
    ),
  ];
}

function guideBody(guide: CodingGuide): string[] {
  const labels = codingGuideLabels(guide.language);
  const specs = FRACTIONS.map((fraction) => columnSpec(fraction, 'left')).join('');
  const lines = [`\\citatguidetitle{${escapeTex(guide.title)}}`, ...legendTex(guide, labels)];
  if (guide.sections.length === 0)
    lines.push(`\\par\\noindent\\textit{${escapeTex(labels.noCodes)}}\\par`);
  for (const section of guide.sections) {
    const name = section.rows[0]!.name;
    lines.push(
      `\\citatguidesection{${escapeTex(name)}}`,
      `\\begin{longtable}{${specs}}`,
      ...tableHead(name, labels),
    );
    section.rows.forEach((guideRow, index) => {
      if (index > 0) lines.push('\\midrule');
      lines.push(...codeRows(guideRow, labels));
    });
    lines.push('\\end{longtable}');
  }
  return lines;
}

export function codingGuideToTex(guide: CodingGuide, options: GuideTexOptions = {}): string {
  const standalone = options.standalone ?? false;
  const lines = [
    ...leadingComments(guide, standalone),
    ...(standalone ? standalonePreamble(guide.language) : []),
    ...MACROS,
    ...GUIDE_MACROS,
    ...guideBody(guide),
    ...(standalone ? ['\\end{document}'] : []),
  ];
  return `${lines.join('\n')}\n`;
}
