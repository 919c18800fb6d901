/**
 * Decides which reading of positions a file uses (NOTES.md §5, "What Citat should do"):
 * the exporter named in `origin` sets the expectation, and the selections themselves
 * confirm or overrule it. Evidence per reading: selections whose `name` holds their text
 * (QualCoder, ATLAS.ti, Citat), then selections that start and end on word boundaries
 * (people select words; 300 of NVivo's 303 do in the right reading, 49 in the spec's).
 */
import { splitsSurrogatePair } from '@shared/text/offsets';
import {
  POSITION_UNITS,
  describeUnit,
  sameUnit,
  type PositionReader,
  type PositionUnit,
} from './position-units';

export interface UnitEvidence {
  reader: PositionReader;
  selections: readonly { start: number; end: number; name: string | null }[];
}

export interface UnitChoice {
  unit: PositionUnit;
  /** Why this reading, for the report. */
  reason: string;
  /** True when the selections contradicted what the origin led to expect. */
  overruled: boolean;
}

/** What the exporter is known to write; the spec's reading for everyone else. */
export function expectedUnit(origin: string | null): { unit: PositionUnit; who: string } {
  if (origin !== null && /nvivo/i.test(origin))
    return { unit: { counts: 'UTF-16 code units', crlf: 2 }, who: 'NVivo' };
  if (origin !== null && /atlas\.?ti/i.test(origin))
    return { unit: { counts: 'code points', crlf: 1 }, who: 'ATLAS.ti' };
  return { unit: { counts: 'code points', crlf: 2 }, who: 'the REFI-QDA standard' };
}

const WORD = /[\p{L}\p{N}\p{M}]/u;

function charBefore(text: string, index: number): string {
  const low = text.charCodeAt(index - 1);
  return low >= 0xdc00 && low <= 0xdfff && index >= 2
    ? text.slice(index - 2, index)
    : text.charAt(index - 1);
}

function onWordBoundary(text: string, index: number): boolean {
  if (index <= 0 || index >= text.length) return true;
  if (splitsSurrogatePair(text, index)) return false;
  return (
    !WORD.test(charBefore(text, index)) ||
    !WORD.test(String.fromCodePoint(text.codePointAt(index)!))
  );
}

const squash = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ').trim();

/** The selection's name as a text to compare, without a trailing ellipsis; null if unusable. */
function comparableName(name: string | null): string | null {
  if (name === null) return null;
  const unescaped = name
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;/g, "'")
    .replace(/&amp;/g, '&');
  const text = squash(unescaped.replace(/(?:…|\.\.\.)$/, ''));
  return text === '' || /^\{?[0-9a-f]{8}-[0-9a-f-]{27}\}?$/i.test(text) ? null : text;
}

interface Score {
  unit: PositionUnit;
  named: number;
  aligned: number;
  outside: number;
  value: number;
}

function score(unit: PositionUnit, evidence: readonly UnitEvidence[]): Score {
  const s: Score = { unit, named: 0, aligned: 0, outside: 0, value: 0 };
  for (const { reader, selections } of evidence) {
    for (const selection of selections) {
      const start = reader.toRaw(selection.start, unit, 'start');
      const end = reader.toRaw(selection.end, unit, 'end');
      if (start === null || end === null || start >= end) {
        s.outside++;
        continue;
      }
      const name = comparableName(selection.name);
      if (name !== null && squash(reader.raw.slice(start, end)).startsWith(name)) s.named++;
      if (onWordBoundary(reader.raw, start) && onWordBoundary(reader.raw, end)) s.aligned++;
    }
  }
  s.value = 3 * s.named + s.aligned - 3 * s.outside;
  return s;
}

export function chooseUnit(origin: string | null, evidence: readonly UnitEvidence[]): UnitChoice {
  const expected = expectedUnit(origin);
  const relevant = evidence.filter((e) => e.reader.isAmbiguous && e.selections.length > 0);
  if (relevant.length === 0) {
    return {
      unit: expected.unit,
      reason:
        'the texts have no CRLF line breaks or characters outside the BMP before the coded passages, so every reading agrees',
      overruled: false,
    };
  }
  const total = relevant.reduce((n, e) => n + e.selections.length, 0);
  const scores = POSITION_UNITS.map((unit) => score(unit, relevant));
  const mine = scores.find((s) => sameUnit(s.unit, expected.unit))!;
  const best = scores.reduce((a, b) => (b.value > a.value ? b : a), mine);
  const margin = Math.max(2, Math.ceil(total * 0.05));
  const chosen = best !== mine && best.value > mine.value + margin ? best : mine;
  const evidenceText = (s: Score): string =>
    s.named > 0
      ? `${s.named} of ${total} selections match their recorded text`
      : `${s.aligned} of ${total} selections start and end on word boundaries`;
  if (chosen === mine) {
    return {
      unit: mine.unit,
      reason: `as expected for ${expected.who}; ${evidenceText(mine)}`,
      overruled: false,
    };
  }
  return {
    unit: chosen.unit,
    reason: `${expected.who} would count ${describeUnit(mine.unit)}, but the selections fit this reading better: ${evidenceText(chosen)} against ${mine.named > 0 ? mine.named : mine.aligned}`,
    overruled: true,
  };
}
