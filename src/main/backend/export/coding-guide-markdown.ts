/**
 * The coding guide as Markdown: a heading and a GitHub-flavoured table per top-level code.
 * Every value is escaped (markdown-text.ts), so a quote with "|" cannot break a table.
 */
import { escapeMarkdownInline as esc } from './markdown-text';
import {
  anchorLine,
  codingGuideLabels,
  guideHeaders,
  guideRules,
  type CodingGuide,
  type CodingGuideLabels,
  type GuideRow,
} from './coding-guide-model';
import { EMPTY_CELL, legendDetails } from './matrix-layout';

const tableRow = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;

/** The top-level code in bold; codes below it indented with "↳", as the matrix does. */
function codeLabel(row: GuideRow): string {
  if (row.depth === 0) return `**${esc(row.name)}**`;
  return `${'&#160;&#160;'.repeat(row.depth - 1)}↳ ${esc(row.name)}`;
}

function anchorsCell(row: GuideRow, labels: CodingGuideLabels): string {
  const parts = row.anchors.map((anchor) => `• ${esc(anchorLine(anchor))}`);
  if (row.example) parts.push(`*${esc(labels.example)}* ${esc(row.example)}`);
  return parts.length > 0 ? parts.join('<br>') : EMPTY_CELL;
}

function rulesCell(row: GuideRow, labels: CodingGuideLabels): string {
  const rules = guideRules(row, labels).map((rule) => `**${esc(rule.label)}** ${esc(rule.text)}`);
  return rules.length > 0 ? rules.join('<br>') : EMPTY_CELL;
}

function legendSection(guide: CodingGuide, labels: CodingGuideLabels): string[] {
  if (guide.legend.length === 0) return [];
  const entries = guide.legend.map((entry) => {
    const details = legendDetails(entry);
    return details ? `- **${esc(entry.label)}** – ${esc(details)}` : `- **${esc(entry.label)}**`;
  });
  return [[`**${esc(labels.legend)}**`, '', ...entries].join('\n')];
}

export function codingGuideToMarkdown(guide: CodingGuide): string {
  const labels = codingGuideLabels(guide.language);
  const sections = [`# ${esc(guide.title)}`, ...legendSection(guide, labels)];
  if (guide.sections.length === 0) sections.push(`*${esc(labels.noCodes)}*`);
  for (const section of guide.sections) {
    const lines = [
      tableRow(guideHeaders(labels).map(esc)),
      tableRow(['---', '---', '---', '---']),
      ...section.rows.map((row) =>
        tableRow([
          codeLabel(row),
          row.definition ? esc(row.definition) : EMPTY_CELL,
          anchorsCell(row, labels),
          rulesCell(row, labels),
        ]),
      ),
    ];
    sections.push(`## ${esc(section.rows[0]!.name)}`, lines.join('\n'));
  }
  return `${sections.join('\n\n')}\n`;
}
