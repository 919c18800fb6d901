import { describe, expect, it } from 'vitest';
import { normaliseText } from '@shared/text/normalise';
import type { ParsedTranscript } from '@shared/transcript/parsed';
import { parseTranscript } from '../../../src/main/backend/import/parse-file';

const utf8 = (text: string) => new TextEncoder().encode(text);
const turnTexts = (r: ParsedTranscript) =>
  r.turns.map((t) => r.text.slice(t.startUtf16, t.endUtf16));

async function importError(
  bytes: Uint8Array,
  fileName: string,
): Promise<{ code: string; message: string }> {
  try {
    await parseTranscript(bytes, fileName);
  } catch (err) {
    const { code, message } = err as { code: string; message: string };
    return { code, message };
  }
  throw new Error('expected the import to fail');
}

function expectConsistent(result: ParsedTranscript): void {
  expect(normaliseText(result.text)).toBe(result.text);
  const lines = result.text.split('\n');
  for (const turn of result.turns) {
    const text = result.text.slice(turn.startUtf16, turn.endUtf16);
    expect(text.startsWith(`${turn.label}: `)).toBe(true);
    expect(lines).toContain(text);
  }
}

describe('vtt import', () => {
  const vtt = [
    '\ufeffWEBVTT - interview',
    'Kind: captions',
    '',
    'NOTE Dette er en note',
    'over to linjer',
    '',
    'STYLE',
    '::cue { color: red }',
    '',
    '1',
    '00:00:01.000 --> 00:00:03.000 align:start',
    '<v Interviewer>Tak fordi du ville være med.</v>',
    '',
    '00:00:03.300 --> 00:00:05.000',
    '<v Interviewer>Hvad laver du?',
    '',
    '00:00:06.100 --> 00:00:09.600',
    '<v.loud Jane Wiis>Jeg er <b>direktør</b> i <i>Vejle</i>',
    'og har været det længe &amp; gerne.',
    '',
    'cue-id',
    '01:00:10.000 --> 01:00:12.500',
    '<v Jane Wiis><c.yellow>Det</c> <00:01:00.500>er</v> sandt.',
    '',
    '01:00:13.000 --> 01:00:14.000',
    '<v Interviewer>Tak.</v>',
    '<v Jane Wiis>Selv tak 👍🏽.</v>',
  ].join('\r\n');

  it('merges consecutive cues of one voice into one line per turn, with the first cue time', async () => {
    const result = await parseTranscript(utf8(vtt), 'Jane.vtt');
    expect(result).toMatchObject({ format: 'vtt', encoding: 'utf-8', warnings: [] });
    expect(result.text).toBe(
      [
        'Interviewer: Tak fordi du ville være med. Hvad laver du?',
        'Jane Wiis: Jeg er direktør i Vejle og har været det længe & gerne. Det er sandt.',
        'Interviewer: Tak.',
        'Jane Wiis: Selv tak 👍🏽.',
      ].join('\n'),
    );
    expect(result.turns.map((t) => [t.label, t.timestampMs])).toEqual([
      ['Interviewer', 1_000],
      ['Jane Wiis', 6_100],
      ['Interviewer', 3_613_000],
      ['Jane Wiis', 3_613_000],
    ]);
    expectConsistent(result);
  });

  it('detects inline labels in files without voices (Zoom style)', async () => {
    const zoom =
      'WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\nAnne Holm: Hej med dig.\n\n2\n00:00:02.500 --> 00:00:04.000\nstadig Anne.\n\n3\n00:00:05.000 --> 00:00:06.000\nPer Lund: Hej.\n\n4\n00:00:07.000 --> 00:00:08.000\nAnne Holm: Farvel.\n\n5\n00:00:09.000 --> 00:00:10.000\nPer Lund: Farvel.';
    const result = await parseTranscript(utf8(zoom), 'zoom.vtt');
    expect(turnTexts(result)).toEqual([
      'Anne Holm: Hej med dig. stadig Anne.',
      'Per Lund: Hej.',
      'Anne Holm: Farvel.',
      'Per Lund: Farvel.',
    ]);
    expect(result.turns[0]?.timestampMs).toBe(1_000);
  });

  it('keeps cues without any speaker as one line each', async () => {
    const result = await parseTranscript(
      utf8('WEBVTT\n\n00:01.000 --> 00:02.000\nFørste.\n\n00:03.000 --> 00:04.000\nAnden.'),
      'a.vtt',
    );
    expect(result.text).toBe('Første.\nAnden.');
    expect(result.turns).toEqual([]);
  });

  it('refuses a file without the WEBVTT header', async () => {
    expect(await importError(utf8('00:00:01.000 --> 00:00:02.000\nHej'), 'forkert.vtt')).toEqual({
      code: 'import.invalid-vtt',
      message: 'forkert.vtt: not a WebVTT file: the first line must be "WEBVTT"',
    });
  });

  it('reports a header-only file as empty', async () => {
    expect((await importError(utf8('WEBVTT\n\nNOTE nothing here\n'), 'tom.vtt')).code).toBe(
      'import.empty',
    );
  });
});

describe('srt import', () => {
  const srt = [
    '1',
    '00:00:01,000 --> 00:00:06,000',
    'Interviewer: Thanks for joining me, <i>David</i>.',
    'Can you describe your role?',
    '',
    '2',
    '00:00:06,800 --> 00:00:09,800',
    '{\\an8}David Hughes: Sure. I’m the county',
    'administrator.',
    '',
    '3',
    '00:00:10,100 --> 00:00:18,100',
    'We’re a mid-sized county.',
    '',
    '4',
    '00:01:25,700 --> 00:01:29,200',
    'Interviewer: How do you think',
    'about innovation?',
    'David Hughes: As problem solving.',
    '',
    '5',
    '00:01:30,000 --> 00:01:34,500',
    '<font color="#fff">David Hughes:</font> With permission to be wrong.',
    '',
  ].join('\n');

  it('merges consecutive cues of one speaker into one line, with the first cue time', async () => {
    const result = await parseTranscript(utf8(srt), 'David.SRT');
    expect(result).toMatchObject({ format: 'srt', encoding: 'utf-8' });
    expect(result.text).toBe(
      [
        'Interviewer: Thanks for joining me, David. Can you describe your role?',
        'David Hughes: Sure. I’m the county administrator. We’re a mid-sized county.',
        'Interviewer: How do you think about innovation?',
        'David Hughes: As problem solving. With permission to be wrong.',
      ].join('\n'),
    );
    expect(result.turns.map((t) => [t.label, t.timestampMs])).toEqual([
      ['Interviewer', 1_000],
      ['David Hughes', 6_800],
      ['Interviewer', 85_700],
      ['David Hughes', 85_700],
    ]);
    expectConsistent(result);
  });

  it('does not treat a single header-like "Note:" cue as a speaker', async () => {
    const text =
      '1\n00:00:01,000 --> 00:00:02,000\nNote: recording starts\n\n2\n00:00:03,000 --> 00:00:04,000\nI: Hej.\n\n3\n00:00:05,000 --> 00:00:06,000\nJKM: Hej.\n\n4\n00:00:07,000 --> 00:00:08,000\nI: Farvel.\n\n5\n00:00:09,000 --> 00:00:10,000\nJKM: Farvel.';
    const result = await parseTranscript(utf8(text), 'a.srt');
    expect(result.text.split('\n')[0]).toBe('Note: recording starts');
    expect(result.turns.map((t) => t.label)).toEqual(['I', 'JKM', 'I', 'JKM']);
  });

  it('keeps text after a stray blank line inside a cue', async () => {
    const text =
      '1\n00:00:01,000 --> 00:00:02,000\nI: Første del\n\nanden del\n\n2\n00:00:03,000 --> 00:00:04,000\nJKM: Svar.\n\n3\n00:00:05,000 --> 00:00:06,000\nI: Tak.\n\n4\n00:00:07,000 --> 00:00:08,000\nJKM: Ja.';
    expect((await parseTranscript(utf8(text), 'a.srt')).text.split('\n')[0]).toBe(
      'I: Første del anden del',
    );
  });

  it('decodes Windows-1252 subtitles with Danish letters', async () => {
    const bytes = new Uint8Array([
      ...utf8('1\n00:00:01,000 --> 00:00:02,000\nJ'),
      0xf8,
      0x72,
      0x67,
      0x65,
      0x6e,
      0x2e,
    ]);
    const result = await parseTranscript(bytes, 'a.srt');
    expect(result.text).toBe('Jørgen.');
    expect(result.encoding).toBe('windows-1252');
  });

  it('refuses text without any cue timings', async () => {
    const error = await importError(utf8('I: Hej\nJKM: Hej'), 'forkert.srt');
    expect(error.code).toBe('import.invalid-srt');
    expect(error.message).toMatch(/^forkert\.srt: not a SubRip file/);
  });
});
