/**
 * Every word a matrix export prints, in Danish and English, so a table in a Danish thesis
 * has no English label left in it. Shared by the core (default titles, "(ingen taler)"
 * columns) and every writer; the app's own UI texts live with the renderer.
 */
import type { MatrixColumnsBy, MatrixLanguage } from './options';

export interface MatrixLabels {
  /** Header of the row column. */
  code: string;
  total: string;
  legend: string;
  memo: string;
  note: string;
  alsoCoded: string;
  /** Shown under the title of a count table. */
  countsCaption: string;
  /** Continued header/footer of a table that runs over several pages. */
  continued: string;
  continues: string;
  /** The whole codebook as the rows of a default title. */
  codebook: string;
  /** Columns in a default title. */
  interviewees: string;
  speakers: string;
  cases: string;
  documents: string;
  /** Columns for quotes that fit no other column. */
  noSpeaker: string;
  noCase: string;
  noValue: (attribute: string) => string;
  /** XLSX sheets: at most 31 characters, none of []:*?/\ */
  tableSheet: string;
  quotesSheet: string;
  /** The per-quote sheet's headers. */
  quoteColumns: {
    codePath: string;
    column: string;
    speaker: string;
    text: string;
    printed: string;
    citation: string;
    document: string;
    start: string;
    end: string;
    lines: string;
    memo: string;
    note: string;
  };
  /** Printed page numbers: "Side 1 af 3". */
  page: string;
  of: string;
  /** "1 quote" / "2 quotes". */
  quotes: (count: number) => string;
}

const EN: MatrixLabels = {
  code: 'Code',
  total: 'Total',
  legend: 'Legend',
  memo: 'Memo:',
  note: 'Note:',
  alsoCoded: 'Also coded:',
  countsCaption: 'Number of coded quotes in each cell',
  continued: 'continued',
  continues: 'continued on the next page',
  codebook: 'Codebook',
  interviewees: 'interviewees',
  speakers: 'speakers',
  cases: 'cases',
  documents: 'documents',
  noSpeaker: '(no speaker)',
  noCase: '(no case)',
  noValue: (attribute) => `(no ${attribute})`,
  tableSheet: 'Table',
  quotesSheet: 'Quotes',
  quoteColumns: {
    codePath: 'Code path',
    column: 'Column',
    speaker: 'Speaker',
    text: 'Text',
    printed: 'Printed text',
    citation: 'Citation',
    document: 'Document',
    start: 'Start',
    end: 'End',
    lines: 'Lines',
    memo: 'Memo',
    note: 'Note',
  },
  page: 'Page',
  of: 'of',
  quotes: (count) => `${count} ${count === 1 ? 'quote' : 'quotes'}`,
};

const DA: MatrixLabels = {
  code: 'Kode',
  total: 'I alt',
  legend: 'Signaturforklaring',
  memo: 'Memo:',
  note: 'Note:',
  alsoCoded: 'Også kodet:',
  countsCaption: 'Antal kodede citater i hver celle',
  continued: 'fortsat',
  continues: 'fortsættes på næste side',
  codebook: 'Kodebog',
  interviewees: 'interviewpersoner',
  speakers: 'talere',
  cases: 'cases',
  documents: 'dokumenter',
  noSpeaker: '(ingen taler)',
  noCase: '(ingen case)',
  noValue: (attribute) => `(ingen ${attribute})`,
  tableSheet: 'Tabel',
  quotesSheet: 'Citater',
  quoteColumns: {
    codePath: 'Kodesti',
    column: 'Kolonne',
    speaker: 'Taler',
    text: 'Tekst',
    printed: 'Trykt tekst',
    citation: 'Kildeangivelse',
    document: 'Dokument',
    start: 'Start',
    end: 'Slut',
    lines: 'Linjer',
    memo: 'Memo',
    note: 'Note',
  },
  page: 'Side',
  of: 'af',
  quotes: (count) => `${count} ${count === 1 ? 'citat' : 'citater'}`,
};

export function matrixLabels(language: MatrixLanguage): MatrixLabels {
  return language === 'da' ? DA : EN;
}

/**
 * "Principper × interviewpersoner": the title of a matrix without one of its own. Speaker
 * columns without the interviewer are the interviewees.
 */
export function defaultMatrixTitle(
  language: MatrixLanguage,
  rowsRoot: readonly string[] | null,
  columns: MatrixColumnsBy,
  includeInterviewer: boolean,
): string {
  const labels = matrixLabels(language);
  const rows = rowsRoot && rowsRoot.length > 0 ? rowsRoot.join(' / ') : labels.codebook;
  const cols =
    columns.kind === 'attribute'
      ? columns.name
      : columns.kind === 'speakers'
        ? includeInterviewer
          ? labels.speakers
          : labels.interviewees
        : labels[columns.kind];
  return `${rows} × ${cols}`;
}
