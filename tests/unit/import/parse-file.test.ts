import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, mkdir, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CitatError } from '../../../src/main/backend/errors';
import {
  parseTranscript,
  readTranscriptFile,
  SUPPORTED_EXTENSIONS,
} from '../../../src/main/backend/import/parse-file';
import { docxWith, odtWith, wp } from './office-builders';
import { buildPdf } from './build-pdf';

const utf8 = (text: string) => new TextEncoder().encode(text);

async function failure(run: () => Promise<unknown>): Promise<CitatError> {
  try {
    await run();
  } catch (err) {
    expect(err).toBeInstanceOf(CitatError);
    expect((err as CitatError).kind).toBe('input');
    return err as CitatError;
  }
  throw new Error('expected a failure');
}

describe('parseTranscript dispatch', () => {
  const dialogue = 'I: Hej\nJKM: Hej';

  it.each([
    ['a.txt', utf8(dialogue), 'txt'],
    ['A.TXT', utf8(dialogue), 'txt'],
    ['a.md', utf8(dialogue), 'md'],
    ['a.Markdown', utf8(dialogue), 'md'],
    ['a.DocX', docxWith(wp('I: Hej') + wp('JKM: Hej')), 'docx'],
    ['a.odt', odtWith('<text:p>I: Hej</text:p><text:p>JKM: Hej</text:p>'), 'odt'],
    [
      'a.PDF',
      buildPdf([
        [
          { text: 'I: Hej', y: 700 },
          { text: 'JKM: Hej', y: 686 },
        ],
      ]),
      'pdf',
    ],
    [
      'a.vtt',
      utf8('WEBVTT\n\n00:01.000 --> 00:02.000\n<v I>Hej\n\n00:03.000 --> 00:04.000\n<v JKM>Hej'),
      'vtt',
    ],
    [
      'a.srt',
      utf8(
        '1\n00:00:01,000 --> 00:00:02,000\nI: Hej\n\n2\n00:00:03,000 --> 00:00:04,000\nJKM: Hej',
      ),
      'srt',
    ],
  ])('reads %s as %s', async (fileName, bytes, format) => {
    const result = await parseTranscript(bytes, fileName);
    expect(result.format).toBe(format);
    expect(result.text).toBe(dialogue);
    expect(result.turns.map((t) => t.label)).toEqual(['I', 'JKM']);
  });

  it('refuses an unknown extension and lists the supported ones', async () => {
    const error = await failure(() => parseTranscript(utf8('x'), 'Interview.rtf'));
    expect(error.code).toBe('import.unsupported-format');
    expect(error.message).toMatch(
      /^Interview\.rtf: RTF is not supported; save it as \.docx or \.txt; supported: \.txt, /,
    );
    for (const extension of ['.txt', '.md', '.docx', '.odt', '.pdf', '.vtt', '.srt']) {
      expect(SUPPORTED_EXTENSIONS).toContain(extension);
      expect(error.message).toContain(extension);
    }
    expect((await failure(() => parseTranscript(utf8('x'), 'lyd.mp3'))).message).toMatch(
      /^lyd\.mp3: unsupported file type "\.mp3"; supported:/,
    );
    expect((await failure(() => parseTranscript(utf8('x'), 'README'))).message).toMatch(
      /^README: the file has no extension; supported:/,
    );
    expect((await failure(() => parseTranscript(utf8('x'), 'gammel.doc'))).message).toMatch(
      /^gammel\.doc: old Word \.doc files are not supported/,
    );
  });

  it.each(['JKM.txt', 'JKM.docx', 'JKM.pdf', 'JKM.vtt', 'JKM.srt', 'JKM.md', 'JKM.odt'])(
    'says %s with no bytes is empty',
    async (fileName) => {
      const error = await failure(() => parseTranscript(new Uint8Array(), fileName));
      expect(error.code).toBe('import.empty');
      expect(error.message).toBe(`${fileName}: the file is empty`);
    },
  );

  it('says a whitespace-only text file is empty', async () => {
    const error = await failure(() => parseTranscript(utf8('\ufeff  \r\n\t\n'), 'Tom.txt'));
    expect(error).toMatchObject({
      code: 'import.empty',
      message: 'Tom.txt: the file is empty (it contains no text)',
    });
  });

  it('says a file with NUL bytes named .txt is binary', async () => {
    const error = await failure(() =>
      parseTranscript(new Uint8Array([0x49, 0x3a, 0x20, 0x00, 0x01, 0x02, 0x68]), 'lyd.txt'),
    );
    expect(error).toMatchObject({
      code: 'import.binary',
      message: 'lyd.txt: looks like a binary file, not text',
    });
  });

  it('says a file with many control characters named .txt is binary', async () => {
    const bytes = new Uint8Array(200).map((_, i) => (i % 10 === 0 ? 0x07 : 0x61));
    expect((await failure(() => parseTranscript(bytes, 'x.txt'))).code).toBe('import.binary');
  });

  it('names the real format of a docx or PDF renamed to .txt', async () => {
    const docx = await failure(() => parseTranscript(docxWith(wp('I: Hej')), 'JKM.txt'));
    expect(docx.message).toBe(
      'JKM.txt: looks like a ZIP archive (for example .docx or .odt), not text; check the file name extension',
    );
    const pdf = await failure(() => parseTranscript(buildPdf([[]]), 'JKM.txt'));
    expect(pdf.message).toMatch(/^JKM\.txt: looks like a PDF document, not text/);
  });

  it('accepts UTF-16 text although it is full of NUL bytes', async () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from('I: Hej\nJKM: Hej', 'utf16le')]);
    expect((await parseTranscript(bytes, 'a.txt')).encoding).toBe('utf-16le');
  });

  it('accepts a few stray control characters in real text and removes them', async () => {
    const text = `I: Hej\u0007 med dig\nJKM: Hej ${'og så videre '.repeat(10)}`;
    expect((await parseTranscript(utf8(text), 'a.txt')).text.startsWith('I: Hej med dig\n')).toBe(
      true,
    );
  });
});

describe('readTranscriptFile', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'citat-import-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads the bytes and the base name', async () => {
    const path = join(dir, 'JKM.txt');
    await writeFile(path, 'I: Hej\nJKM: Hej');
    const { bytes, fileName } = await readTranscriptFile(path);
    expect(fileName).toBe('JKM.txt');
    expect(new TextDecoder().decode(bytes)).toBe('I: Hej\nJKM: Hej');
  });

  it('refuses a file over the limit without reading it', async () => {
    // 8 GiB sparse file: reading it would take long and fail to allocate; stat answers at once.
    const path = join(dir, 'Kæmpe.txt');
    await writeFile(path, '');
    await truncate(path, 8 * 1024 ** 3);
    const error = await failure(() => readTranscriptFile(path));
    expect(error).toMatchObject({
      code: 'import.too-large',
      message: 'Kæmpe.txt: the file is 8.0 GiB; the limit is 100.0 MiB',
    });
  });

  it('applies a custom limit, and accepts a file exactly at the limit', async () => {
    const path = join(dir, 'lille.txt');
    await writeFile(path, 'x'.repeat(1000));
    expect((await readTranscriptFile(path, { maxBytes: 1000 })).bytes.length).toBe(1000);
    const error = await failure(() => readTranscriptFile(path, { maxBytes: 999 }));
    expect(error.message).toBe('lille.txt: the file is 1000 bytes; the limit is 999 bytes');
  });

  it('names a missing file and a folder', async () => {
    const missing = await failure(() => readTranscriptFile(join(dir, 'findes-ikke.docx')));
    expect(missing.code).toBe('import.not-found');
    expect(missing.message).toMatch(/^findes-ikke\.docx: file not found/);
    await mkdir(join(dir, 'mappe.txt'));
    const folder = await failure(() => readTranscriptFile(join(dir, 'mappe.txt')));
    expect(folder).toMatchObject({
      code: 'import.not-a-file',
      message: 'mappe.txt: this is a folder, not a file',
    });
  });

  it('reads an empty file, which parseTranscript then reports as empty', async () => {
    const path = join(dir, 'Tom.docx');
    await writeFile(path, '');
    const { bytes, fileName } = await readTranscriptFile(path);
    expect(bytes.length).toBe(0);
    expect((await failure(() => parseTranscript(bytes, fileName))).message).toBe(
      'Tom.docx: the file is empty',
    );
  });
});
