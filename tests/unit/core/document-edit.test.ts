import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { editDocumentText } from '../../../src/main/backend/services/document-edit';
import { BoundaryMap, diffTexts, type TextEdit } from '../../../src/shared/text/text-diff';
import { createCodePath } from '../../../src/main/backend/services/codes';
import {
  applyCoding,
  curateQuote,
  listDocumentCodings,
} from '../../../src/main/backend/services/codings';
import { listTurns } from '../../../src/main/backend/services/documents-read';
import { splitsSurrogatePair } from '../../../src/shared/text/offsets';
import { addTranscript, newProject, rangeOf } from '../../helpers/temp-project';

/** Rebuilds the new text from the old one and the edits: proves the edits are complete. */
function applyEdits(oldText: string, newText: string, edits: readonly TextEdit[]): string {
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += oldText.slice(at, e.oldStart) + newText.slice(e.newStart, e.newEnd);
    at = e.oldEnd;
  }
  return out + oldText.slice(at);
}

/** For every old character outside all edits: its position in the new text. */
function survivors(oldText: string, edits: readonly TextEdit[]): Map<number, number> {
  const map = new Map<number, number>();
  let delta = 0;
  let next = 0;
  for (let i = 0; i < oldText.length; i++) {
    while (
      next < edits.length &&
      edits[next]!.oldEnd <= i &&
      edits[next]!.oldStart < edits[next]!.oldEnd
    ) {
      const e = edits[next++]!;
      delta += e.newEnd - e.newStart - (e.oldEnd - e.oldStart);
    }
    while (
      next < edits.length &&
      edits[next]!.oldStart === edits[next]!.oldEnd &&
      edits[next]!.oldStart <= i
    ) {
      const e = edits[next++]!;
      delta += e.newEnd - e.newStart;
    }
    const e = edits[next];
    if (e && e.oldStart <= i && i < e.oldEnd) continue;
    map.set(i, i + delta);
  }
  return map;
}

// Small alphabets make long common runs, newlines exercise the line pass, 🙂 surrogate pairs.
const piece = fc.constantFrom('a', 'b', 'c', ' ', '\n', 'æ', '🙂', 'JKM: ', 'værdi ');
const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

describe('diffTexts', () => {
  it('produces sorted, separated edits that turn the old text into the new', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const edits = diffTexts(a, b);
        expect(applyEdits(a, b, edits)).toBe(b);
        edits.forEach((e, i) => {
          expect(e.oldStart < e.oldEnd || e.newStart < e.newEnd).toBe(true);
          if (i > 0) expect(e.oldStart).toBeGreaterThan(edits[i - 1]!.oldEnd);
          for (const [t, at] of [
            [a, e.oldStart],
            [a, e.oldEnd],
            [b, e.newStart],
            [b, e.newEnd],
          ] as const)
            expect(splitsSurrogatePair(t, at)).toBe(false);
        });
        // Unchanged characters really are unchanged.
        for (const [from, to] of survivors(a, edits)) expect(b[to]).toBe(a[from]);
      }),
      { numRuns: 500 },
    );
  });

  it('finds a small edit inside a long text as a small edit', () => {
    const before = 'Linje en.\nJKM: Det handler om at skabe værdi.\nLinje tre.';
    const after = 'Linje en.\nJKM: Det handler om at skabe stor værdi.\nLinje tre.';
    const at = before.indexOf('værdi');
    expect(diffTexts(before, after)).toEqual([
      { oldStart: at, oldEnd: at, newStart: at, newEnd: at + 'stor '.length },
    ]);
    expect(diffTexts(before, before)).toEqual([]);
  });
});

describe('diffTexts on texts too different to diff finely', () => {
  it('falls back to replacing the whole changed middle, still exactly', () => {
    const a = Array.from({ length: 1500 }, (_, i) => `a${i}`).join('\n');
    const b = Array.from({ length: 1500 }, (_, i) => `b${i}`).join('\n');
    const [before, after] = [`Start\n${a}\nSlut`, `Start\n${b}\nSlut`];
    const edits = diffTexts(before, after);
    expect(edits).toHaveLength(1);
    expect(edits[0]).toMatchObject({ oldStart: 6, newStart: 6 });
    expect(applyEdits(before, after, edits)).toBe(after);
  });
});

describe('BoundaryMap', () => {
  const coding = (t: string) =>
    fc
      .tuple(fc.nat(t.length), fc.nat(t.length))
      .map(([x, y]) => [Math.min(x, y), Math.max(x, y)] as const);

  it('keeps surviving characters inside a coding inside it, and those outside outside', () => {
    fc.assert(
      fc.property(
        text.chain((a) => fc.tuple(fc.constant(a), text, coding(a))),
        ([a, b, [start, end]]) => {
          const edits = diffTexts(a, b);
          const map = new BoundaryMap(edits);
          const newStart = map.start(start);
          const newEnd = map.end(end);
          expect(newStart).toBeGreaterThanOrEqual(0);
          expect(newEnd).toBeLessThanOrEqual(b.length);
          for (const [from, to] of survivors(a, edits)) {
            const wasInside = start <= from && from < end;
            const isInside = newStart <= to && to < newEnd;
            expect(isInside).toBe(wasInside);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('is monotone, so codings never swap order', () => {
    fc.assert(
      fc.property(
        text.chain((a) => fc.tuple(fc.constant(a), text, fc.nat(a.length), fc.nat(a.length))),
        ([a, b, x, y]) => {
          const map = new BoundaryMap(diffTexts(a, b));
          const [lo, hi] = [Math.min(x, y), Math.max(x, y)];
          expect(map.start(lo)).toBeLessThanOrEqual(map.start(hi));
          expect(map.end(lo)).toBeLessThanOrEqual(map.end(hi));
        },
      ),
    );
  });

  it('keeps text typed at a coding edge outside and text typed inside it inside', () => {
    const edits: TextEdit[] = [
      { oldStart: 2, oldEnd: 2, newStart: 2, newEnd: 5 }, // insertion at the start of [2, 6)
      { oldStart: 4, oldEnd: 4, newStart: 7, newEnd: 8 }, // insertion inside
      { oldStart: 6, oldEnd: 6, newStart: 10, newEnd: 12 }, // insertion at the end
    ];
    const map = new BoundaryMap(edits);
    expect([map.start(2), map.end(6)]).toEqual([5, 10]);
  });

  it('moves a boundary inside a replaced span to the replacement edge that shrinks the coding', () => {
    const map = new BoundaryMap([{ oldStart: 3, oldEnd: 7, newStart: 3, newEnd: 5 }]);
    expect(map.start(5)).toBe(5);
    expect(map.end(5)).toBe(3);
    // A replacement wholly inside the coding stays inside it.
    expect([map.start(3), map.end(7)]).toEqual([3, 5]);
  });
});

const TEXT = `I: Hvad betyder innovation for dig?
JKM: Det handler om at skabe værdi for borgerne.
I: Og risiko?
JKM: Vi skal turde fejle, ellers lærer vi ingenting.`;

function setup() {
  const project = newProject();
  const doc = addTranscript(project, 'JKM.txt', TEXT).document;
  const value = createCodePath(project, ['Principper', 'I Social værdi']).code;
  const risk = createCodePath(project, ['Principper', 'III Risiko']).code;
  return { project, doc, value, risk };
}

describe('editDocumentText', () => {
  it('moves codings with the text, updates quoted text, turns and search, as one undo step', () => {
    const { project, doc, value, risk } = setup();
    const valueCoding = applyCoding(project, {
      documentId: doc.id,
      codeId: value.id,
      ...rangeOf(TEXT, 'skabe værdi for borgerne'),
    });
    applyCoding(project, { documentId: doc.id, codeId: risk.id, ...rangeOf(TEXT, 'turde fejle') });
    const edited = TEXT.replace('Det handler', 'Altså, det handler').replace(
      'værdi for',
      'reel værdi for',
    );

    const result = editDocumentText(project, doc.id, edited.replace(/\n/g, '\r\n') + '\n\n');
    expect(result).toMatchObject({
      applied: true,
      remapped: 2,
      unchanged: 0,
      removed: [],
      turns: 4,
      newSpeakers: [],
    });
    const stored = project.readOne<{ text: string }>('SELECT text FROM documents')!.text;
    expect(stored).toBe(edited);
    const codings = listDocumentCodings(project, doc.id);
    expect(codings.map((c) => stored.slice(c.startUtf16, c.endUtf16))).toEqual([
      'skabe reel værdi for borgerne',
      'turde fejle',
    ]);
    const quoted = project.readOne<{ quoted_text: string }>(
      'SELECT quoted_text FROM codings WHERE id = ?',
      valueCoding.id,
    );
    expect(quoted?.quoted_text).toBe('skabe reel værdi for borgerne');
    expect(
      listTurns(project, doc.id).map((t) => stored.slice(t.startUtf16, t.startUtf16 + 4)),
    ).toEqual(['I: H', 'JKM:', 'I: O', 'JKM:']);
    expect(
      project.read('SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?', 'reel'),
    ).toHaveLength(1);

    project.history.undo();
    expect(project.readOne<{ text: string }>('SELECT text FROM documents')!.text).toBe(TEXT);
    expect(
      listDocumentCodings(project, doc.id).map((c) => TEXT.slice(c.startUtf16, c.endUtf16)),
    ).toEqual(['skabe værdi for borgerne', 'turde fejle']);
    expect(
      project.read('SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?', 'reel'),
    ).toHaveLength(0);
  });

  it('reports codings whose text was deleted, removes them only when not a dry run, and undo restores them', () => {
    const { project, doc, value, risk } = setup();
    const gone = applyCoding(project, {
      documentId: doc.id,
      codeId: risk.id,
      ...rangeOf(TEXT, 'turde fejle'),
    });
    curateQuote(project, gone.id, 'turde fejle (om risiko, red.)');
    applyCoding(project, { documentId: doc.id, codeId: value.id, ...rangeOf(TEXT, 'værdi') });
    const edited = TEXT.replace('Vi skal turde fejle, ellers lærer', 'Ellers lærer');

    const preview = editDocumentText(project, doc.id, edited, { dryRun: true });
    expect(preview.applied).toBe(false);
    expect(preview.removed).toEqual([
      {
        codingId: gone.id,
        codePath: ['Principper', 'III Risiko'],
        coder: expect.any(String),
        text: 'turde fejle',
        reason: 'deleted',
      },
    ]);
    expect(listDocumentCodings(project, doc.id)).toHaveLength(2);

    editDocumentText(project, doc.id, edited);
    expect(listDocumentCodings(project, doc.id)).toHaveLength(1);
    project.history.undo();
    expect(listDocumentCodings(project, doc.id)).toHaveLength(2);
    expect(
      project.readOne('SELECT display_text FROM quote_curations WHERE coding_id = ?', gone.id),
    ).toEqual({ display_text: 'turde fejle (om risiko, red.)' });
    project.history.redo();
    expect(listDocumentCodings(project, doc.id)).toHaveLength(1);
  });

  it('folds two codings of one code that end up on the same text, and flags changed curated quotes', () => {
    const { project, doc, value } = setup();
    const outer = applyCoding(project, {
      documentId: doc.id,
      codeId: value.id,
      ...rangeOf(TEXT, 'skabe værdi'),
    });
    const inner = applyCoding(project, {
      documentId: doc.id,
      codeId: value.id,
      ...rangeOf(TEXT, 'værdi'),
    });
    curateQuote(project, inner.id, 'værdi [...]');
    const curated = editDocumentText(project, doc.id, TEXT.replace('værdi for', 'vær-di for'), {
      dryRun: true,
    });
    expect(curated.curationsToReview).toEqual([inner.id]);
    const result = editDocumentText(project, doc.id, TEXT.replace('skabe værdi', 'værdi'));
    expect(result.removed.map((r) => [r.codingId, r.reason])).toEqual([[inner.id, 'merged']]);
    expect(listDocumentCodings(project, doc.id).map((c) => c.id)).toEqual([outer.id]);
  });

  it('keeps imported turns with their timestamps and finds new speakers', () => {
    const { project, doc } = setup();
    project.db.prepare('UPDATE speaker_turns SET timestamp_ms = 61000 WHERE start_utf16 = 0').run();
    const result = editDocumentText(
      project,
      doc.id,
      `Forord.\n${TEXT}\nTC: Må jeg tilføje noget?\nI: Ja.`,
    );
    expect(result.newSpeakers).toEqual(['TC']);
    const turns = listTurns(project, doc.id);
    expect(turns).toHaveLength(6);
    expect(turns[0]).toMatchObject({ startUtf16: 8, timestampMs: 61000 });
  });

  it('refuses an empty text and a text that duplicates another document', () => {
    const { project, doc } = setup();
    addTranscript(project, 'other.txt', 'A: hej\nB: hej');
    expect(() => editDocumentText(project, doc.id, ' \n ')).toThrow(
      /new text of "JKM.txt" is empty/,
    );
    expect(() => editDocumentText(project, doc.id, 'A: hej\nB: hej')).toThrow(
      /same as the text of "other.txt"/,
    );
  });

  it('handles a large transcript with a small edit quickly', () => {
    const { project } = setup();
    const big = Array.from(
      { length: 3000 },
      (_, i) => `${i % 2 ? 'JKM' : 'I'}: linje ${i} med noget tekst om værdi og risiko.`,
    ).join('\n');
    const doc = addTranscript(project, 'big.txt', big).document;
    const started = performance.now();
    const result = editDocumentText(
      project,
      doc.id,
      big.replace('linje 1500 ', 'linje 1500 (rettet) '),
      { dryRun: true },
    );
    expect(result.turns).toBe(3000);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
