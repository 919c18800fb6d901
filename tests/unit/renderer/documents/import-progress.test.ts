import { describe, expect, it } from 'vitest';
import type { ImportOutcome } from '@shared/api/types';
import {
  beginFile,
  isFinished,
  progressFraction,
  recordFailure,
  recordOutcome,
  startRun,
  tally,
  withoutFileName,
} from '../../../../src/renderer/features/documents/import-progress';

const imported: ImportOutcome = {
  file: 'JKM.txt',
  ok: true,
  document: {
    id: 'd1',
    name: 'JKM.txt',
    originalFilename: 'JKM.txt',
    format: 'txt',
    importedAt: '2025-01-01T00:00:00Z',
    contentHash: 'abc',
    caseId: null,
    wordCount: 1983,
    position: 0,
  },
  speakers: ['I', 'JKM'],
  newSpeakers: ['I', 'JKM'],
  turns: 44,
  normalisation: {
    lineEndsConverted: 0,
    lineBreaksConverted: 0,
    controlCharactersRemoved: 0,
    byteOrderMarksRemoved: 0,
    recomposed: false,
    linesWithTrailingSpaces: 12,
    emptyLinesAtEndRemoved: 1,
  },
  encoding: 'utf-8',
  warnings: [],
};

const duplicate: ImportOutcome = {
  file: 'JKM.odt',
  ok: false,
  error: {
    code: 'import.duplicate',
    message: 'JKM.odt: already imported (same text as "JKM.txt")',
  },
};

const broken: ImportOutcome = {
  file: 'broken.docx',
  ok: false,
  error: {
    code: 'import.bad-docx',
    message: 'broken.docx: not a Word document (no word/document.xml)',
  },
};

describe('an import run', () => {
  it('follows each file from start to result and counts the outcomes', () => {
    let run = startRun(4);
    expect(progressFraction(run)).toBe(0);
    run = beginFile(run, 'JKM.txt');
    expect(run).toMatchObject({ done: 0, current: 'JKM.txt' });
    run = recordOutcome(run, imported);
    expect(run).toMatchObject({ done: 1, current: null });
    expect(run.results[0]).toMatchObject({
      status: 'imported',
      words: 1983,
      speakers: ['I', 'JKM'],
      cleaned: [
        { kind: 'linesWithTrailingSpaces', count: 12 },
        { kind: 'emptyLinesAtEndRemoved', count: 1 },
      ],
    });
    run = recordOutcome(beginFile(run, 'JKM.odt'), duplicate);
    run = recordOutcome(beginFile(run, 'broken.docx'), broken);
    expect(isFinished(run)).toBe(false);
    expect(progressFraction(run)).toBe(0.75);
    run = recordFailure(beginFile(run, 'huge.pdf'), 'huge.pdf', 'request body larger than 300 MB');
    expect(isFinished(run)).toBe(true);
    expect(progressFraction(run)).toBe(1);
    expect(tally(run)).toEqual({ imported: 1, duplicate: 1, failed: 2 });
    expect(run.results.map((r) => [r.fileName, r.status, r.message])).toEqual([
      ['JKM.txt', 'imported', null],
      ['JKM.odt', 'duplicate', 'already imported (same text as "JKM.txt")'],
      ['broken.docx', 'failed', 'not a Word document (no word/document.xml)'],
      ['huge.pdf', 'failed', 'request body larger than 300 MB'],
    ]);
  });

  it('counts an empty run as complete', () => {
    expect(isFinished(startRun(0))).toBe(true);
    expect(progressFraction(startRun(0))).toBe(1);
  });
});

describe('withoutFileName', () => {
  it('drops the leading file name only when the message starts with it', () => {
    expect(withoutFileName('a.txt: empty file', 'a.txt')).toBe('empty file');
    expect(withoutFileName('the file a.txt: is empty', 'a.txt')).toBe('the file a.txt: is empty');
    expect(withoutFileName('a.txt:no space', 'a.txt')).toBe('a.txt:no space');
  });
});
