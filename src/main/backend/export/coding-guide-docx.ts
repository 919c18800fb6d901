/**
 * The coding guide as a Word appendix, landscape A4 like the matrix: title, speaker legend,
 * then per top-level code a heading and a table (Code | Definition | Anchor examples |
 * Coding rules) whose header row repeats on every page. Anchor examples are bulleted
 * quotes with their citation, as in the matrix.
 */
import { textWidthDxa, writeDocx } from './docx-package';
import { paragraph, run, table, tableRow, wordColor, type TableCell } from './docx-xml';
import {
  codingGuideLabels,
  guideHeaders,
  guideRules,
  type CodingGuide,
  type CodingGuideLabels,
  type GuideAnchor,
  type GuideRow,
} from './coding-guide-model';
import { EMPTY_CELL, legendDetails, safeHexColor } from './matrix-layout';

const HEADER_FILL = 'D9D9D9';
/** Indent per code level (as the matrix's code column). */
const INDENT_STEP = 227;
/** Shares of the text width: code, definition, anchor examples, coding rules. */
const SHARES = [0.17, 0.26, 0.32] as const;
const WORD_LANGUAGE = { da: 'da-DK', en: 'en-GB' } as const;

/** Column widths in dxa that add up exactly to the landscape text width. */
export function guideColumnWidths(textWidth = textWidthDxa('landscape')): number[] {
  const widths = SHARES.map((share) => Math.floor(textWidth * share));
  return [...widths, textWidth - widths.reduce((sum, width) => sum + width, 0)];
}

function headerRow(labels: CodingGuideLabels, widths: readonly number[]): string {
  return tableRow(
    guideHeaders(labels).map((label, index) => ({
      widthDxa: widths[index]!,
      fill: HEADER_FILL,
      paragraphs: [paragraph([run(label, { bold: true })], { keepNext: true })],
    })),
    { header: true },
  );
}

const emptyCell = (width: number): TableCell => ({
  widthDxa: width,
  paragraphs: [paragraph([run(EMPTY_CELL)])],
});

function codeCell(row: GuideRow, width: number): TableCell {
  const swatch = run('■ ', { color: wordColor(safeHexColor(row.color)) });
  return {
    widthDxa: width,
    paragraphs: [
      paragraph([swatch, run(row.name, { bold: row.depth === 0 })], {
        indentLeftDxa: row.depth * INDENT_STEP,
      }),
    ],
  };
}

function anchorParagraph(anchor: GuideAnchor): string {
  const runs = [run(anchor.text)];
  // No-break spaces keep a short citation such as "(JKM, l. 120–121)" on one line.
  if (anchor.citation)
    runs.push(run(` ${anchor.citation.replace(/ /g, '\u00A0')}`, { style: 'Citation' }));
  return paragraph(runs, { style: 'Quote', bullet: true });
}

function anchorsCell(row: GuideRow, labels: CodingGuideLabels, width: number): TableCell {
  const paragraphs = row.anchors.map(anchorParagraph);
  if (row.example)
    paragraphs.push(
      paragraph([run(`${labels.example} `, { bold: true }), run(row.example, { italic: true })]),
    );
  return paragraphs.length > 0 ? { widthDxa: width, paragraphs } : emptyCell(width);
}

function rulesCell(row: GuideRow, labels: CodingGuideLabels, width: number): TableCell {
  const rules = guideRules(row, labels).map((rule) =>
    paragraph([run(`${rule.label} `, { bold: true }), run(rule.text)], { style: 'Quote' }),
  );
  return rules.length > 0 ? { widthDxa: width, paragraphs: rules } : emptyCell(width);
}

function codeRow(row: GuideRow, labels: CodingGuideLabels, widths: readonly number[]): string {
  return tableRow([
    codeCell(row, widths[0]!),
    row.definition
      ? { widthDxa: widths[1]!, paragraphs: [paragraph([run(row.definition)])] }
      : emptyCell(widths[1]!),
    anchorsCell(row, labels, widths[2]!),
    rulesCell(row, labels, widths[3]!),
  ]);
}

function legendParagraphs(guide: CodingGuide, labels: CodingGuideLabels): string[] {
  if (guide.legend.length === 0) return [];
  return [
    paragraph([run(labels.legend, { bold: true })], { style: 'Legend', keepNext: true }),
    ...guide.legend.map((entry) => {
      const details = legendDetails(entry);
      const runs = [run(entry.label, { bold: true })];
      if (details) runs.push(run(` – ${details}`));
      return paragraph(runs, { style: 'Legend' });
    }),
  ];
}

export function codingGuideBlocks(guide: CodingGuide): string[] {
  const labels = codingGuideLabels(guide.language);
  const widths = guideColumnWidths();
  const blocks = [
    paragraph([run(guide.title)], { style: 'Title' }),
    ...legendParagraphs(guide, labels),
  ];
  if (guide.sections.length === 0) blocks.push(paragraph([run(labels.noCodes, { italic: true })]));
  for (const section of guide.sections) {
    blocks.push(
      paragraph([run(section.rows[0]!.name)], { style: 'Heading1' }),
      table(widths, [
        headerRow(labels, widths),
        ...section.rows.map((row) => codeRow(row, labels, widths)),
      ]),
    );
  }
  return blocks;
}

export function codingGuideToDocx(guide: CodingGuide): Uint8Array {
  return writeDocx({
    title: guide.title,
    orientation: 'landscape',
    blocks: codingGuideBlocks(guide),
    language: WORD_LANGUAGE[guide.language],
  });
}
