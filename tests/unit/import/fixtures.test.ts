import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { countWords, normaliseText } from '@shared/text/normalise';
import type { ParsedTranscript } from '@shared/transcript/parsed';
import { CitatError } from '../../../src/main/backend/errors';
import { parseTranscript, readTranscriptFile } from '../../../src/main/backend/import/parse-file';

const FIXTURES = resolve(import.meta.dirname, '../../../fixtures');

async function importFixture(relativePath: string): Promise<ParsedTranscript> {
  const { bytes, fileName } = await readTranscriptFile(resolve(FIXTURES, relativePath));
  return parseTranscript(bytes, fileName);
}

async function fixtureError(relativePath: string): Promise<CitatError> {
  try {
    await importFixture(relativePath);
  } catch (err) {
    expect(err).toBeInstanceOf(CitatError);
    return err as CitatError;
  }
  throw new Error(`${relativePath} imported without error`);
}

function labelCounts(result: ParsedTranscript): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const turn of result.turns) counts[turn.label] = (counts[turn.label] ?? 0) + 1;
  return counts;
}

/** Invariants every import must keep, whatever the format. */
function expectWellFormed(result: ParsedTranscript): void {
  expect(normaliseText(result.text)).toBe(result.text);
  let previousEnd = 0;
  for (const turn of result.turns) {
    expect(turn.startUtf16).toBeGreaterThanOrEqual(previousEnd);
    expect(turn.endUtf16).toBeLessThanOrEqual(result.text.length);
    expect(result.text.slice(turn.startUtf16, turn.endUtf16)).toMatch(
      new RegExp(`^(\\[[\\d:]+\\] )?${turn.label}: `),
    );
    previousEnd = turn.endUtf16;
  }
}

describe('Danish interview fixtures', () => {
  it.each([
    ['interviews/da/JKM.txt', 'txt', 'utf-8', 'JKM', 22, 1983],
    ['interviews/da/JKM.odt', 'odt', null, 'JKM', 22, 1983],
    ['interviews/da/JW.txt', 'txt', 'windows-1252', 'JW', 21, 1841],
    ['interviews/da/PFL.docx', 'docx', null, 'PFL', 18, 1782],
    ['interviews/da/TC.txt', 'txt', 'utf-8', 'TC', 19, 1785],
  ])(
    '%s: %s (%s) with I/%s turns, æøå and the documented word count',
    async (path, format, encoding, label, turnsEach, words) => {
      const result = await importFixture(path);
      expectWellFormed(result);
      expect(result.format).toBe(format);
      expect(result.encoding).toBe(encoding);
      expect(labelCounts(result)).toEqual({ I: turnsEach, [label]: turnsEach });
      expect(result.turns[0]?.label).toBe('I');
      expect(countWords(result.text)).toBe(words);
      expect(result.text).toMatch(/æ/);
      expect(result.text).toMatch(/ø/);
      expect(result.text).toMatch(/å/);
      expect(result.text).not.toMatch(/\r|\ufffd|Ã/);
    },
  );

  it('JKM.txt and JKM.odt give the same text and turns', async () => {
    const txt = await importFixture('interviews/da/JKM.txt');
    const odt = await importFixture('interviews/da/JKM.odt');
    expect(odt.text).toBe(txt.text);
    expect(odt.turns).toEqual(txt.turns);
  });

  it('PFL.docx gives the text of its source', async () => {
    const docx = await importFixture('interviews/da/PFL.docx');
    expect(docx.text).toBe(
      normaliseText(readFileSync(resolve(FIXTURES, 'interviews/da/source/PFL.txt'), 'utf8')),
    );
  });

  it('JW.txt (Windows-1252, CRLF) decodes to its UTF-8 source, keeping the header outside the turns', async () => {
    const result = await importFixture('interviews/da/JW.txt');
    expect(result.text).toBe(
      normaliseText(readFileSync(resolve(FIXTURES, 'interviews/da/source/JW.txt'), 'utf8')),
    );
    expect(result.warnings.join()).toMatch(/Windows-1252/);
    expect(result.text.slice(0, result.turns[0]?.startUtf16)).toBe(
      'Interview med Jane Wiis, Vejle, 12. marts 2025\nVarighed: 52 min\n\n',
    );
    expect(Object.keys(labelCounts(result))).not.toContain('Varighed');
  });

  it('TC.txt: BOM stripped, timestamps rising from 00:00:04 to 00:12:49', async () => {
    const result = await importFixture('interviews/da/TC.txt');
    expect(result.text.startsWith('[00:00:04] I: ')).toBe(true);
    const times = result.turns.map((t) => t.timestampMs);
    expect(times[0]).toBe(4_000);
    expect(times.at(-1)).toBe(12 * 60_000 + 49_000);
    expect(times.every((t, i) => t !== null && (i === 0 || t > (times[i - 1] ?? 0)))).toBe(true);
  });

  it('JKM.txt keeps a continuation paragraph inside the speaker turn', async () => {
    const result = await importFixture('interviews/da/JKM.txt');
    const turn = result.turns.find((t) =>
      result.text.slice(t.startUtf16, t.endUtf16).includes('Så vi skar det ned.'),
    );
    expect(turn?.label).toBe('JKM');
    expect(result.text.slice(turn?.startUtf16, turn?.endUtf16)).toMatch(
      /^JKM: Ja\. Vi havde en procedure[\s\S]*\n\nSå vi skar det ned\./,
    );
  });
});

describe('English interview fixtures', () => {
  it('sarah-okafor.vtt: voices become one line per turn, timestamps kept, café composed (NFC)', async () => {
    const result = await importFixture('interviews/en/sarah-okafor.vtt');
    expectWellFormed(result);
    expect(result.format).toBe('vtt');
    expect(labelCounts(result)).toEqual({ Interviewer: 19, 'Sarah Okafor': 19 });
    expect(result.text.split('\n')).toHaveLength(38);
    expect(
      result.text.startsWith(
        'Interviewer: Thanks for making the time, Sarah. Could you start by telling me a bit about your role?\n',
      ),
    ).toBe(true);
    expect(result.turns.slice(0, 3).map((t) => t.timestampMs)).toEqual([1_000, 8_100, 28_000]);
    expect(result.text).toContain('café');
    expect(result.text).not.toContain('cafe\u0301');
    expect(result.text).toContain('🙂');
    expect(result.text).not.toMatch(/<\/?v|NOTE|-->/);
  });

  it('david-hughes.srt: labelled cues merged per speaker, same words as the source', async () => {
    const result = await importFixture('interviews/en/david-hughes.srt');
    expectWellFormed(result);
    expect(labelCounts(result)).toEqual({ Interviewer: 19, 'David Hughes': 19 });
    expect(result.turns[0]).toMatchObject({ label: 'Interviewer', timestampMs: 1_000 });
    expect(result.turns[1]).toMatchObject({ label: 'David Hughes', timestampMs: 6_800 });
    const source = readFileSync(resolve(FIXTURES, 'interviews/en/source/david-hughes.txt'), 'utf8');
    expect(result.text).toBe(normaliseText(source).replace(/\n\n/g, '\n'));
  });

  it('david-hughes.pdf: text layer with the same words and turns as the source', async () => {
    const result = await importFixture('interviews/en/david-hughes.pdf');
    expectWellFormed(result);
    expect(result.format).toBe('pdf');
    expect(labelCounts(result)).toEqual({ Interviewer: 19, 'David Hughes': 19 });
    const source = readFileSync(resolve(FIXTURES, 'interviews/en/source/david-hughes.txt'), 'utf8');
    expect(result.text.split(/\s+/)).toEqual(normaliseText(source).split(/\s+/));
  });

  it('notes.md: markup removed, header fields are not speakers', async () => {
    const result = await importFixture('interviews/en/notes.md');
    expectWellFormed(result);
    expect(labelCounts(result)).toEqual({ Interviewer: 4, 'Maria Lopez': 4 });
    expect(result.text).toContain('Role: Chief Executive, Westbury City Council (fictional)');
    expect(result.text).toContain('- Risk: distinguishes between "safe-to-fail" pilots');
    expect(result.text).not.toMatch(/\*\*|^#/m);
  });
});

describe('broken fixtures', () => {
  it.each([
    ['broken/empty.txt', 'import.empty', /^empty\.txt: the file is empty$/],
    ['broken/binary.txt', 'import.binary', /^binary\.txt: looks like a binary file, not text$/],
    [
      'broken/not-a-docx.docx',
      'import.corrupt-docx',
      /^not-a-docx\.docx: the file is not a Word \.docx document \(it is not a ZIP archive/,
    ],
    [
      'broken/corrupt.docx',
      'import.corrupt-docx',
      /^corrupt\.docx: the file is damaged or truncated/,
    ],
    [
      'broken/zip-bomb.docx',
      'import.zip-bomb',
      /^zip-bomb\.docx: entry "word\/document\.xml" would unpack to 1073741824 bytes/,
    ],
    ['broken/encrypted.pdf', 'import.encrypted', /^encrypted\.pdf: the PDF is password-protected/],
    ['broken/corrupt.pdf', 'import.corrupt-pdf', /^corrupt\.pdf: the PDF is damaged/],
  ])('%s fails with %s', async (path, code, message) => {
    const error = await fixtureError(path);
    expect(error.kind).toBe('input');
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  it('utf16le.txt and utf16be.txt decode to the same Danish text', async () => {
    const le = await importFixture('broken/utf16le.txt');
    const be = await importFixture('broken/utf16be.txt');
    expect(le.encoding).toBe('utf-16le');
    expect(be.encoding).toBe('utf-16be');
    expect(be.text).toBe(le.text);
    expect(labelCounts(le)).toEqual({ I: 2, JW: 2 });
    expect(le.text).toMatch(/[æøå]/);
  });

  it('latin1.txt decodes as Windows-1252 with æøåØ, é and §', async () => {
    const result = await importFixture('broken/latin1.txt');
    expect(result.encoding).toBe('windows-1252');
    expect(labelCounts(result)).toEqual({ I: 2, TC: 2 });
    for (const ch of ['æ', 'ø', 'å', 'Ø', 'é', '§']) expect(result.text).toContain(ch);
  });

  it('mojibake.txt imports with a double-encoding warning', async () => {
    const result = await importFixture('broken/mojibake.txt');
    expect(result.encoding).toBe('utf-8');
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatch(/double-encoded/);
    expect(labelCounts(result)).toEqual({ I: 2, JKM: 2 });
  });
});
