import { describe, expect, it } from 'vitest';
import { createCodePath } from '../../../src/main/backend/services/codes';
import {
  applyCoding,
  applyCodingMany,
  curateQuote,
  getCuration,
  removeCoding,
  setCodingMemo,
} from '../../../src/main/backend/services/codings';
import { setCurrentCoder } from '../../../src/main/backend/services/coders';
import { addTranscript, newProject, rangeOf } from '../../helpers/temp-project';

const TEXT = `I: Hvad betyder innovation for dig? 🙂
JKM: Det handler om at skabe værdi for borgerne – og om at turde.`;

function setup() {
  const project = newProject();
  const doc = addTranscript(project, 'JKM.txt', TEXT).document;
  const text = project.readOne<{ text: string }>('SELECT text FROM documents')!.text;
  const code = createCodePath(project, ['Principper', 'I Social værdi']).code;
  return { project, doc, text, code };
}

describe('codings', () => {
  it('stores the range, the quoted text and the current coder', () => {
    const { project, doc, text, code } = setup();
    setCurrentCoder(project, 'Ane');
    const coding = applyCoding(project, {
      documentId: doc.id,
      codeId: code.id,
      ...rangeOf(text, 'skabe værdi for borgerne'),
      memo: ' kerne ',
    });
    const row = project.readOne<{ quoted_text: string; memo: string; coder: string }>(
      'SELECT c.quoted_text, c.memo, k.name AS coder FROM codings c JOIN coders k ON k.id = c.coder_id WHERE c.id = ?',
      coding.id,
    );
    expect(row).toEqual({ quoted_text: 'skabe værdi for borgerne', memo: 'kerne', coder: 'Ane' });
  });

  it('allows overlapping and nested codings but refuses the same range with the same code', () => {
    const { project, doc, text, code } = setup();
    const other = createCodePath(project, ['Principper', 'III Risiko']).code;
    const outer = rangeOf(text, 'skabe værdi for borgerne – og om at turde');
    const inner = rangeOf(text, 'værdi');
    applyCoding(project, { documentId: doc.id, codeId: code.id, ...outer });
    applyCoding(project, { documentId: doc.id, codeId: code.id, ...inner });
    applyCoding(project, { documentId: doc.id, codeId: other.id, ...outer });
    expect(() => applyCoding(project, { documentId: doc.id, codeId: code.id, ...outer })).toThrow(
      /already coded with "Principper\/I Social værdi"/,
    );
    expect(project.read('SELECT * FROM codings')).toHaveLength(3);
  });

  it('refuses empty, reversed, out-of-range, whitespace-only and half-character ranges', () => {
    const { project, doc, text, code } = setup();
    const apply = (startUtf16: number, endUtf16: number) => () =>
      applyCoding(project, { documentId: doc.id, codeId: code.id, startUtf16, endUtf16 });
    expect(apply(5, 5)).toThrow(/not inside/);
    expect(apply(9, 4)).toThrow(/not inside/);
    expect(apply(0, text.length + 1)).toThrow(/not inside/);
    const newline = text.indexOf('\n');
    expect(apply(newline, newline + 1)).toThrow(/only whitespace/);
    const emoji = text.indexOf('🙂');
    expect(apply(emoji, emoji + 1)).toThrow(/in half/);
    expect(project.read('SELECT * FROM codings')).toHaveLength(0);
  });

  it('edits memos and curates quotes without touching the transcript', () => {
    const { project, doc, text, code } = setup();
    const coding = applyCoding(project, {
      documentId: doc.id,
      codeId: code.id,
      ...rangeOf(text, 'Det handler om at skabe værdi for borgerne'),
    });
    setCodingMemo(project, coding.id, 'vigtig');
    curateQuote(
      project,
      coding.id,
      'Det handler om at skabe værdi (for borgerne, red.) […]',
      'forkortet',
    );
    expect(getCuration(project, coding.id)).toEqual({
      codingId: coding.id,
      displayText: 'Det handler om at skabe værdi (for borgerne, red.) […]',
      note: 'forkortet',
    });
    expect(project.readOne<{ text: string }>('SELECT text FROM documents')!.text).toBe(text);
    curateQuote(project, coding.id, null);
    expect(getCuration(project, coding.id)).toBeNull();
    removeCoding(project, coding.id);
    expect(project.read('SELECT * FROM codings')).toHaveLength(0);
  });

  it('codes many ranges as one undoable action, reporting duplicates and refusals', () => {
    const { project, doc, text, code } = setup();
    applyCoding(project, { documentId: doc.id, codeId: code.id, ...rangeOf(text, 'værdi') });
    const newline = text.indexOf('\n');
    const result = applyCodingMany(project, code.id, [
      { documentId: doc.id, ...rangeOf(text, 'værdi') },
      { documentId: doc.id, ...rangeOf(text, 'borgerne') },
      { documentId: doc.id, ...rangeOf(text, 'turde') },
      { documentId: doc.id, startUtf16: newline, endUtf16: newline + 1 },
    ]);
    expect(result.applied).toBe(2);
    expect(result.duplicates).toBe(1);
    expect(result.refused).toHaveLength(1);
    expect(project.read('SELECT * FROM codings')).toHaveLength(3);
    project.history.undo();
    expect(project.read('SELECT * FROM codings')).toHaveLength(1);
  });

  it('lets two coders code the same passage with the same code (that is agreement)', () => {
    const { project, doc, text, code } = setup();
    const range = rangeOf(text, 'skabe værdi for borgerne');
    applyCoding(project, { documentId: doc.id, codeId: code.id, ...range, coder: 'Ane' });
    applyCoding(project, { documentId: doc.id, codeId: code.id, ...range, coder: 'Bo' });
    expect(() =>
      applyCoding(project, { documentId: doc.id, codeId: code.id, ...range, coder: 'Bo' }),
    ).toThrow(/by Bo/);
    expect(project.read('SELECT * FROM codings')).toHaveLength(2);
  });
});
