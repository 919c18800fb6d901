/** The passages the thesis project is coded with: real sentences from the Danish fixtures. */

/** Codes created with `codes add`: one with missing parents, one with a literal slash. */
export const NEW_CODE_WITH_PARENTS = 'Temaer/Økonomi/Puljer/Eksterne midler';
export const NEW_CODE_WITH_SLASH = 'Temaer/Digitalisering/Robot\\/automatisering';

export interface PlannedCoding {
  doc: string;
  code: string;
  match: string;
  occurrence?: number;
  /** Labels of the turns the passage touches, in order. */
  speakers: string[];
  /** 1-based line(s) of the stored text, as "l. N" or "l. N–M" would print them. */
  lines: string;
  /** Timestamp of the turn the quote starts in (TC.txt only). */
  time?: string;
}

const RISIKO = 'Principper/III Risiko';
const LEDELSE = 'Principper/V Ledelse';
const SOCIAL = 'Principper/I Social værdi';
const SAMSKABELSE = 'Principper/IV Samskabelse';
const SYSTEMATIK = 'Principper/II Systematisk arbejde';

/** Passages coded by --match, real sentences from the fixtures. */
export const MATCH_CODINGS: readonly PlannedCoding[] = [
  {
    doc: 'JKM.txt',
    code: RISIKO,
    match: 'Men hvis man aldrig tør fejle, så lærer man heller ikke noget.',
    speakers: ['JKM'],
    lines: '31',
  },
  {
    doc: 'JKM.txt',
    code: RISIKO,
    match: 'Det er jo det, vi skal lære af.',
    occurrence: 1,
    speakers: ['JKM'],
    lines: '33',
  },
  {
    doc: 'JKM.txt',
    code: LEDELSE,
    match: 'Og så skal man kunne sige fra, når noget ikke virker. Det er jo det, vi skal lære af.',
    speakers: ['JKM'],
    lines: '81',
  },
  // Nested inside the Ledelse coding above: overlapping codings with different codes.
  {
    doc: 'JKM.txt',
    code: RISIKO,
    match: 'Det er jo det, vi skal lære af.',
    occurrence: 2,
    speakers: ['JKM'],
    lines: '81',
  },
  // Spans the interviewer's question and JKM's answer.
  {
    doc: 'JKM.txt',
    code: SOCIAL,
    match:
      'I: Hvordan tænker du på den sociale værdi i innovationsarbejdet?\n\nJKM: Altså, det er udgangspunktet.',
    speakers: ['I', 'JKM'],
    lines: '11–13',
  },
  // These two overlap partially.
  {
    doc: 'JKM.txt',
    code: LEDELSE,
    match:
      'Altså, politikerne skal have tillid til, at vi ikke bare kaster penge efter hvad som helst. Og medarbejderne skal have tillid til',
    speakers: ['JKM'],
    lines: '41',
  },
  {
    doc: 'JKM.txt',
    code: 'Temaer/Medarbejdere',
    match:
      'Og medarbejderne skal have tillid til, at de ikke bliver hængt ud, hvis noget går galt.',
    speakers: ['JKM'],
    lines: '41',
  },
  {
    doc: 'JKM.txt',
    code: SAMSKABELSE,
    match:
      'Samskabelse er, når borgerne er med fra starten, når de er med til at definere, hvad problemet overhovedet er.',
    speakers: ['JKM'],
    lines: '45',
  },
  {
    doc: 'JKM.txt',
    code: NEW_CODE_WITH_SLASH,
    match: 'Der har robotterne frigjort tid.',
    speakers: ['JKM'],
    lines: '59',
  },
  {
    doc: 'JW.txt',
    code: SAMSKABELSE,
    match:
      'Vi havde et projekt om ensomhed blandt ældre, hvor en af de vigtigste samarbejdspartnere endte med at være den lokale frisør.',
    speakers: ['JW'],
    lines: '10',
  },
  {
    doc: 'JW.txt',
    code: RISIKO,
    match:
      'Dem skal vi ikke bare acceptere, dem skal vi faktisk være glade for, for de giver os ny viden.',
    speakers: ['JW'],
    lines: '48',
  },
  // Typed with a trailing space, which is left out of the coding and the quote.
  {
    doc: 'JW.txt',
    code: LEDELSE,
    match: 'Jeg prøver at gå foran. ',
    speakers: ['JW'],
    lines: '52',
  },
  {
    doc: 'PFL.docx',
    code: SYSTEMATIK,
    match:
      'Et forsøg er ikke færdigt, før vi har besluttet, om det skal implementeres, justeres eller lukkes.',
    speakers: ['PFL'],
    lines: '19',
  },
  {
    doc: 'PFL.docx',
    code: SOCIAL,
    match: 'Det er en nødvendighed, hvis vi skal give alle børn lige muligheder.',
    speakers: ['PFL'],
    lines: '23',
  },
  {
    doc: 'PFL.docx',
    code: RISIKO,
    match: 'Jeg plejer at sige, at vi skal være modige i metoden, men forsigtige i konsekvensen.',
    speakers: ['PFL'],
    lines: '35',
  },
  {
    doc: 'PFL.docx',
    code: NEW_CODE_WITH_PARENTS,
    match: 'så søger vi en del eksterne midler fra fonde og fra staten.',
    speakers: ['PFL'],
    lines: '67',
  },
  {
    doc: 'TC.txt',
    code: SAMSKABELSE,
    match: 'Der er rigtig mange frivillige, og de er et kæmpe aktiv.',
    speakers: ['TC'],
    lines: '23',
    time: '00:03:02',
  },
  {
    doc: 'TC.txt',
    code: RISIKO,
    match: 'Vi tager risici på de områder, hvor konsekvenserne er til at overskue.',
    speakers: ['TC'],
    lines: '45',
    time: '00:05:41',
  },
  {
    doc: 'TC.txt',
    code: LEDELSE,
    match: 'Jeg ser min rolle som at skabe rammerne og at give opbakning.',
    speakers: ['TC'],
    lines: '79',
    time: '00:10:28',
  },
];

/** Coded by --start/--end, the offsets computed from the stored text. */
export const RANGE_CODING: PlannedCoding = {
  doc: 'JKM.txt',
  code: SYSTEMATIK,
  match: 'Systematik skal være en hjælp, ikke en spærring.',
  speakers: ['JKM'],
  lines: '27',
};

export const ALL_CODINGS: readonly PlannedCoding[] = [...MATCH_CODINGS, RANGE_CODING];

export function matchArgs(project: string, coding: PlannedCoding): string[] {
  return [
    'code',
    project,
    '--doc',
    coding.doc,
    '--code',
    coding.code,
    '--match',
    coding.match,
    ...(coding.occurrence === undefined ? [] : ['--occurrence', String(coding.occurrence)]),
  ];
}
