/**
 * The coding guide ("Kodierleitfaden" of qualitative content analysis) as the writers see
 * it: per top-level code a table whose rows are that code and every code below it, each
 * with its definition, anchor examples (real coded quotes, cited) and coding rules. Built
 * by services/coding-guide.ts; every format prints the same words from it.
 */
import type { LegendEntry } from '@shared/matrix/model';
import type { MatrixLanguage } from '@shared/matrix/options';

export interface GuideAnchor {
  codingId: string;
  /** The printed quote (curated text when there is one) inside the chosen quote marks. */
  text: string;
  /** "(JKM)", built by the citation template as the matrix cites. */
  citation: string;
}

export interface GuideRow {
  codeId: string;
  name: string;
  path: string[];
  /** Levels below the table's top-level code (0 for that code itself). */
  depth: number;
  color: string;
  definition: string | null;
  whenToUse: string | null;
  whenNotToUse: string | null;
  /** The codebook's own written example (not a coded quote). */
  example: string | null;
  anchors: GuideAnchor[];
}

/** One table: the top-level code first, then every code below it in codebook order. */
export interface GuideSection {
  rows: GuideRow[];
}

export interface CodingGuide {
  title: string;
  language: MatrixLanguage;
  sections: GuideSection[];
  /** The speakers the anchor examples cite, explained (interviewers last). */
  legend: LegendEntry[];
}

export interface CodingGuideLabels {
  defaultTitle: string;
  code: string;
  definition: string;
  anchors: string;
  rules: string;
  whenToUse: string;
  whenNotToUse: string;
  example: string;
  legend: string;
  continued: string;
  continues: string;
  noCodes: string;
}

const DA: CodingGuideLabels = {
  defaultTitle: 'Kodevejledning',
  code: 'Kode',
  definition: 'Definition',
  anchors: 'Ankereksempler',
  rules: 'Kodningsregler',
  whenToUse: 'Anvendes når:',
  whenNotToUse: 'Anvendes ikke når:',
  example: 'Kodebogens eksempel:',
  legend: 'Signaturforklaring',
  continued: 'fortsat',
  continues: 'fortsættes på næste side',
  noCodes: 'Kodebogen har ingen koder.',
};

const EN: CodingGuideLabels = {
  defaultTitle: 'Coding guide',
  code: 'Code',
  definition: 'Definition',
  anchors: 'Anchor examples',
  rules: 'Coding rules',
  whenToUse: 'Use when:',
  whenNotToUse: 'Do not use when:',
  example: 'Codebook example:',
  legend: 'Legend',
  continued: 'continued',
  continues: 'continued on the next page',
  noCodes: 'The codebook has no codes.',
};

export function codingGuideLabels(language: MatrixLanguage): CodingGuideLabels {
  return language === 'da' ? DA : EN;
}

/** The four column headers, in order. */
export function guideHeaders(labels: CodingGuideLabels): string[] {
  return [labels.code, labels.definition, labels.anchors, labels.rules];
}

/** A coding rule that is filled in, with its label ("Anvendes når:"). */
export interface GuideRule {
  label: string;
  text: string;
}

export function guideRules(row: GuideRow, labels: CodingGuideLabels): GuideRule[] {
  const rules: GuideRule[] = [];
  if (row.whenToUse) rules.push({ label: labels.whenToUse, text: row.whenToUse });
  if (row.whenNotToUse) rules.push({ label: labels.whenNotToUse, text: row.whenNotToUse });
  return rules;
}

/** "»…« (JKM)". */
export function anchorLine(anchor: GuideAnchor): string {
  return anchor.citation ? `${anchor.text} ${anchor.citation}` : anchor.text;
}
