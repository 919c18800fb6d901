/**
 * The difference between two versions of a transcript, and how offsets of the old text
 * map into the new one. Pure, so the core re-anchors codings with it when text is edited
 * and the editor could keep highlights in place while typing.
 */
import { splitsSurrogatePair } from './offsets';

/** Old text [oldStart, oldEnd) became new text [newStart, newEnd). */
export interface TextEdit {
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
}

const CHAR_BLOCK_LIMIT = 20_000;
const MAX_EDIT_DISTANCE = 1_000;

/** Runs of equal items [aStart, bStart, length] by Myers' O(ND) diff, or null past `maxD`. */
function equalRuns(a: ArrayLike<unknown>, b: ArrayLike<unknown>, maxD: number): number[][] | null {
  const n = a.length;
  const m = b.length;
  const limit = Math.min(n + m, maxD);
  // trace[d][k + d + 1] = the furthest x reached on diagonal k after d edits.
  const trace: Int32Array[] = [];
  for (let d = 0; d <= limit; d++) {
    const prev = trace[d - 1];
    const at = (k: number) => prev![k + d]!;
    const round = new Int32Array(2 * d + 3);
    for (let k = -d; k <= d; k += 2) {
      let x =
        d === 0 ? 0 : k === -d || (k !== d && at(k - 1) < at(k + 1)) ? at(k + 1) : at(k - 1) + 1;
      while (x < n && x - k < m && a[x] === b[x - k]) x++;
      const y = x - k;
      round[k + d + 1] = x;
      if (x >= n && y >= m) {
        trace.push(round);
        return backtrack(trace, n, m);
      }
    }
    trace.push(round);
  }
  return null;
}

function backtrack(trace: Int32Array[], n: number, m: number): number[][] {
  const runs: number[][] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0; d--) {
    const k = x - y;
    if (d === 0) {
      if (x > 0) runs.push([0, 0, x]);
      break;
    }
    const prev = trace[d - 1]!;
    const at = (kk: number) => prev[kk + d]!;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = at(prevK);
    // The snake of round d starts after one step from (prevX, prevX - prevK): down or right.
    const snakeX = prevK === k + 1 ? prevX : prevX + 1;
    if (x > snakeX) runs.push([snakeX, snakeX - k, x - snakeX]);
    x = prevX;
    y = prevX - prevK;
  }
  return runs.reverse();
}

/** The gaps between equal runs, offset by the given starts. */
function editsBetween(runs: number[][], aEnd: number, bEnd: number): number[][] {
  const gaps: number[][] = [];
  let a = 0;
  let b = 0;
  for (const [ra, rb, len] of [...runs, [aEnd, bEnd, 0]] as [number, number, number][]) {
    if (ra > a || rb > b) gaps.push([a, ra, b, rb]);
    a = ra + len;
    b = rb + len;
  }
  return gaps;
}

function charEdits(
  oldText: string,
  newText: string,
  o: number,
  oe: number,
  n: number,
  ne: number,
): TextEdit[] {
  const runs =
    oe - o + (ne - n) <= CHAR_BLOCK_LIMIT
      ? equalRuns(oldText.slice(o, oe), newText.slice(n, ne), MAX_EDIT_DISTANCE)
      : null;
  if (!runs) return [{ oldStart: o, oldEnd: oe, newStart: n, newEnd: ne }];
  return editsBetween(runs, oe - o, ne - n).map(([a, ae, b, be]) => ({
    oldStart: o + a!,
    oldEnd: o + ae!,
    newStart: n + b!,
    newEnd: n + be!,
  }));
}

const splitLines = (text: string): string[] => text.match(/[^\n]*\n|[^\n]+$/g) ?? [];

/** Edits turning `oldText` into `newText`: sorted, separated by unchanged text, never inside a surrogate pair. */
export function diffTexts(oldText: string, newText: string): TextEdit[] {
  let prefix = 0;
  const shorter = Math.min(oldText.length, newText.length);
  while (prefix < shorter && oldText[prefix] === newText[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < shorter - prefix &&
    oldText[oldText.length - 1 - suffix] === newText[newText.length - 1 - suffix]
  )
    suffix++;
  const oldMiddle = oldText.slice(prefix, oldText.length - suffix);
  const newMiddle = newText.slice(prefix, newText.length - suffix);
  if (oldMiddle === '' && newMiddle === '') return [];

  // Lines first (cheap, small edit distance), then characters inside each changed block.
  const ids = new Map<string, number>();
  const tokens = (lines: string[]) =>
    lines.map((l) => ids.get(l) ?? (ids.set(l, ids.size), ids.size - 1));
  const oldLines = splitLines(oldMiddle);
  const newLines = splitLines(newMiddle);
  const lineRuns = equalRuns(tokens(oldLines), tokens(newLines), MAX_EDIT_DISTANCE);
  const offsets = (lines: string[]) =>
    lines.reduce((acc, l) => (acc.push(acc.at(-1)! + l.length), acc), [0]);
  const oldAt = offsets(oldLines);
  const newAt = offsets(newLines);
  const blocks = lineRuns
    ? editsBetween(lineRuns, oldLines.length, newLines.length).map(([a, ae, b, be]) => [
        oldAt[a!]!,
        oldAt[ae!]!,
        newAt[b!]!,
        newAt[be!]!,
      ])
    : [[0, oldMiddle.length, 0, newMiddle.length]];
  const edits = blocks.flatMap(([o, oe, n, ne]) =>
    charEdits(oldText, newText, prefix + o!, prefix + oe!, prefix + n!, prefix + ne!),
  );
  return wholeCharacters(oldText, newText, edits);
}

/** Widens edits that would cut a surrogate pair and merges edits that then touch. */
function wholeCharacters(oldText: string, newText: string, edits: TextEdit[]): TextEdit[] {
  const merged: TextEdit[] = [];
  for (const edit of edits) {
    const e = { ...edit };
    if (splitsSurrogatePair(oldText, e.oldStart) || splitsSurrogatePair(newText, e.newStart)) {
      e.oldStart--;
      e.newStart--;
    }
    if (splitsSurrogatePair(oldText, e.oldEnd) || splitsSurrogatePair(newText, e.newEnd)) {
      e.oldEnd++;
      e.newEnd++;
    }
    const last = merged.at(-1);
    if (last && e.oldStart <= last.oldEnd)
      Object.assign(last, { oldEnd: e.oldEnd, newEnd: e.newEnd });
    else merged.push(e);
  }
  return merged;
}

/** Maps offsets of the old text to the new one through sorted edits. */
export class BoundaryMap {
  private readonly deltaBefore: number[] = [0];

  constructor(private readonly edits: readonly TextEdit[]) {
    for (const e of edits)
      this.deltaBefore.push(
        this.deltaBefore.at(-1)! + (e.newEnd - e.newStart) - (e.oldEnd - e.oldStart),
      );
  }

  /** First edit whose old range ends after `offset`; an insertion at `offset` counts as after it when `insertionAfter`. */
  private firstAfter(offset: number, insertionAfter: boolean): number {
    let lo = 0;
    let hi = this.edits.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const e = this.edits[mid]!;
      const after =
        e.oldEnd > offset || (insertionAfter && e.oldStart === offset && e.oldEnd === offset);
      if (after) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** A coding start: text inserted at it stays outside; inside a replaced span it moves past the replacement. */
  start(offset: number): number {
    const i = this.firstAfter(offset, false);
    const e = this.edits[i];
    return e && e.oldStart < offset ? e.newEnd : offset + this.deltaBefore[i]!;
  }

  /** A coding end (exclusive): text inserted at it stays outside; inside a replaced span it moves before it. */
  end(offset: number): number {
    const i = this.firstAfter(offset, true);
    const e = this.edits[i];
    return e && e.oldStart < offset ? e.newStart : offset + this.deltaBefore[i]!;
  }
}
