/**
 * What a selection's startPosition/endPosition count. The spec says Unicode code points;
 * NVivo for Windows writes UTF-16 code units with CRLF as two, ATLAS.ti is reported to
 * count CRLF as one (NOTES.md §5). A reader gives, for each reading, the UTF-16 offset
 * into the raw text (BOM stripped, CRLF kept) that a position stands for.
 */
import { CodePointIndex, splitsSurrogatePair } from '@shared/text/offsets';
import { countBelow } from '@shared/text/offsets';

export interface PositionUnit {
  counts: 'code points' | 'UTF-16 code units';
  /** How many positions a CRLF line break takes. */
  crlf: 1 | 2;
}

export const POSITION_UNITS: readonly PositionUnit[] = [
  { counts: 'code points', crlf: 2 },
  { counts: 'UTF-16 code units', crlf: 2 },
  { counts: 'code points', crlf: 1 },
  { counts: 'UTF-16 code units', crlf: 1 },
];

export function describeUnit(unit: PositionUnit): string {
  return `${unit.counts}, a CRLF line break counted as ${unit.crlf === 2 ? 'two' : 'one'}`;
}

export function sameUnit(a: PositionUnit, b: PositionUnit): boolean {
  return a.counts === b.counts && a.crlf === b.crlf;
}

/** One raw source text, ready to turn positions of any reading into raw UTF-16 offsets. */
export class PositionReader {
  /** The text with each CRLF collapsed to LF (what "CRLF = 1" counts). */
  private readonly collapsed: string;
  /** Offsets in `collapsed` of the LF of each collapsed CRLF, ascending. */
  private readonly collapsedBreaks: number[] = [];
  private readonly indexes = new Map<string, CodePointIndex>();

  constructor(readonly raw: string) {
    let removed = 0;
    for (let i = raw.indexOf('\r\n'); i !== -1; i = raw.indexOf('\r\n', i + 2)) {
      this.collapsedBreaks.push(i - removed);
      removed++;
    }
    this.collapsed = removed === 0 ? raw : raw.replace(/\r\n/g, '\n');
  }

  /** True when the readings can differ at all: the text has a CRLF or an astral character. */
  get isAmbiguous(): boolean {
    return this.collapsedBreaks.length > 0 || /[\uD800-\uDBFF]/.test(this.raw);
  }

  private counted(unit: PositionUnit): string {
    return unit.crlf === 2 ? this.raw : this.collapsed;
  }

  private codePoints(unit: PositionUnit): CodePointIndex {
    const key = String(unit.crlf);
    let index = this.indexes.get(key);
    if (!index) {
      index = new CodePointIndex(this.counted(unit));
      this.indexes.set(key, index);
    }
    return index;
  }

  /**
   * The raw UTF-16 offset of `position`, or null when it lies outside the text. A UTF-16
   * position inside a surrogate pair widens the selection to the whole character.
   */
  toRaw(position: number, unit: PositionUnit, edge: 'start' | 'end'): number | null {
    if (position < 0) return null;
    const text = this.counted(unit);
    let offset: number;
    if (unit.counts === 'code points') {
      const index = this.codePoints(unit);
      if (position > index.lengthCodePoints) return null;
      offset = index.toUtf16(position);
    } else {
      if (position > text.length) return null;
      offset = position;
      if (splitsSurrogatePair(text, offset)) offset += edge === 'start' ? -1 : 1;
    }
    return unit.crlf === 2 ? offset : offset + countBelow(this.collapsedBreaks, offset);
  }

  /** The text's length in a unit (for messages). */
  length(unit: PositionUnit): number {
    return unit.counts === 'code points'
      ? this.codePoints(unit).lengthCodePoints
      : this.counted(unit).length;
  }
}
