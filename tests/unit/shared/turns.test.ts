import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  detectTurns,
  findLabelCandidate,
  isInterviewerLabel,
  parseTimestampMs,
  selectSpeakerLabels,
} from '@shared/transcript/turns';

const labels = (text: string) => detectTurns(text).map((t) => t.label);
const slices = (text: string) => detectTurns(text).map((t) => text.slice(t.startUtf16, t.endUtf16));

describe('isInterviewerLabel', () => {
  it.each([
    'I',
    'i',
    'Int',
    'INT',
    'Int.',
    'Interviewer',
    'interviewer',
    'Intervieweren',
    'Interviewer 1',
    'Interviewer2',
    'Q',
    'Moderator',
    'MODERATOREN',
    'Facilitator',
    'Forsker',
    ' I ',
  ])('recognises %j', (label) => expect(isInterviewerLabel(label)).toBe(true));

  it.each([
    'JKM',
    'IP',
    'Interviewee',
    'Informant',
    'Jane Wiis',
    'A',
    'Interviewperson',
    'Speaker 1',
    '',
  ])('rejects %j', (label) => expect(isInterviewerLabel(label)).toBe(false));
});

describe('parseTimestampMs', () => {
  it('reads hours:minutes:seconds, minutes:seconds and fractions', () => {
    expect(parseTimestampMs('00:12:03')).toBe(723_000);
    expect(parseTimestampMs('1:02:03.5')).toBe(3_723_500);
    expect(parseTimestampMs('00:00:01,250')).toBe(1_250);
    expect(parseTimestampMs('00:12')).toBe(12_000);
    expect(parseTimestampMs('75:30')).toBe(4_530_000);
  });

  it('rejects impossible times and other text', () => {
    expect(parseTimestampMs('00:61:00')).toBeNull();
    expect(parseTimestampMs('12:75')).toBeNull();
    expect(parseTimestampMs('kl. 10')).toBeNull();
  });
});

describe('findLabelCandidate', () => {
  it.each([
    ['JKM: Ja, øh.', 'JKM', null],
    ['I: Hvad tænker du?', 'I', null],
    ['Interviewer: Thanks.', 'Interviewer', null],
    ['Jane Wiis: Ja.', 'Jane Wiis', null],
    ['[00:12:03] Jane Wiis: Ja.', 'Jane Wiis', 723_000],
    ['00:12:03 JKM: Ja.', 'JKM', 723_000],
    ['(00:12) I: Og så?', 'I', 12_000],
    ['[01:02:03.500] - TC: Hm.', 'TC', 3_723_500],
    ['Søren Ærø-Åberg: Ja.', 'Søren Ærø-Åberg', null],
    ['Ludwig van Beethoven: Ta-da.', 'Ludwig van Beethoven', null],
    ['Speaker 2: Okay.', 'Speaker 2', null],
    ['P1: Ja.', 'P1', null],
    ['interviewer: lower case', 'interviewer', null],
    ['JKM:', 'JKM', null],
    ['  JKM:\tindrykket', 'JKM', null],
  ])('reads %j', (line, label, timestampMs) => {
    expect(findLabelCandidate(line)).toMatchObject({ label, timestampMs });
  });

  it('reports how much of the line the label prefix takes', () => {
    expect(findLabelCandidate('[00:00:04] I: Tak')?.prefixLength).toBe('[00:00:04] I: '.length);
  });

  it.each([
    'Kl. 10: mødet starter',
    'https://example.org/side',
    'Se https://example.org: den er god',
    '10:30 var vi færdige',
    '10: ti',
    'Det lyder måske banalt: men sådan er det',
    'i: lille i er ikke en etiket',
    'So I said: no',
    'En meget lang etiket der fortsætter ud over fyrre tegn: nej',
    'JKM:nej (intet mellemrum)',
    'JKM - ja',
    '[00:99:00] I: umuligt tidspunkt',
  ])('does not read %j as a label', (line) => {
    expect(findLabelCandidate(line)).toBeNull();
  });
});

describe('selectSpeakerLabels', () => {
  const c = (label: string, timestampMs: number | null = null) => ({
    label,
    timestampMs,
    prefixLength: label.length + 2,
  });

  it('accepts labels used for two or more turns', () => {
    expect(selectSpeakerLabels([c('I'), c('JKM'), c('I'), c('JKM')])).toEqual(
      new Set(['I', 'JKM']),
    );
  });

  it('treats single-use weak labels before the dialogue as header', () => {
    expect(selectSpeakerLabels([c('Varighed'), c('I'), c('JW'), c('I'), c('JW')])).toEqual(
      new Set(['I', 'JW']),
    );
  });

  it('never accepts metadata keys, even repeated', () => {
    expect(selectSpeakerLabels([c('I'), c('Note'), c('JKM'), c('Note'), c('I'), c('JKM')])).toEqual(
      new Set(['I', 'JKM']),
    );
  });

  it('accepts a distinctive single-use label inside the dialogue (a third person)', () => {
    expect(selectSpeakerLabels([c('I'), c('JKM'), c('I'), c('AB'), c('JKM')])).toEqual(
      new Set(['I', 'JKM', 'AB']),
    );
  });

  it('rejects a single capitalised word used once inside the dialogue', () => {
    expect(selectSpeakerLabels([c('I'), c('JKM'), c('Altså'), c('I'), c('JKM')])).toEqual(
      new Set(['I', 'JKM']),
    );
  });

  it('accepts a short exchange with an interviewer label and no repetition', () => {
    expect(selectSpeakerLabels([c('I'), c('Maria')])).toEqual(new Set(['I', 'Maria']));
    expect(selectSpeakerLabels([c('Interviewer'), c('Maria Lopez')])).toEqual(
      new Set(['Interviewer', 'Maria Lopez']),
    );
  });

  it('accepts two strong single-use labels but not two weak ones', () => {
    expect(selectSpeakerLabels([c('JKM'), c('Jane Wiis')])).toEqual(new Set(['JKM', 'Jane Wiis']));
    expect(selectSpeakerLabels([c('Dato'), c('Varighed')])).toEqual(new Set());
    expect(selectSpeakerLabels([c('Kommune'), c('Rolle')])).toEqual(new Set());
  });

  it('accepts nothing from a single label used once', () => {
    expect(selectSpeakerLabels([c('JKM')])).toEqual(new Set());
    expect(selectSpeakerLabels([c('I')])).toEqual(new Set());
  });
});

describe('detectTurns', () => {
  it('finds turns that start at the label and end before the next label line', () => {
    const text = 'I: Hvad så?\n\nJKM: Ja, øh.\nMere tekst.\n\nI: Tak.';
    const turns = detectTurns(text);
    expect(turns).toEqual([
      { label: 'I', startUtf16: 0, endUtf16: 11, timestampMs: null },
      { label: 'JKM', startUtf16: 13, endUtf16: 37, timestampMs: null },
      { label: 'I', startUtf16: 39, endUtf16: 46, timestampMs: null },
    ]);
    expect(slices(text)).toEqual(['I: Hvad så?', 'JKM: Ja, øh.\nMere tekst.', 'I: Tak.']);
  });

  it('leaves a header outside any turn (JW.txt style)', () => {
    const text =
      'Interview med Jane Wiis, Vejle, 12. marts 2025\nVarighed: 52 min\n\nI: Velkommen.\n\nJW: Tak.\n\nI: Hvem?\n\nJW: Borgerne.';
    const turns = detectTurns(text);
    expect(turns.map((t) => t.label)).toEqual(['I', 'JW', 'I', 'JW']);
    expect(turns[0]?.startUtf16).toBe(text.indexOf('I: Velkommen'));
  });

  it('does not turn a markdown-style note header into speakers', () => {
    const text = [
      'Interview note: Maria Lopez',
      'Role: Chief Executive',
      'Date: 4 April 2025',
      'Format: Phone call',
      '- Risk: distinguishes pilots',
      'Interviewer: Why?',
      'Maria Lopez: Because.',
      'Interviewer: And?',
      'Maria Lopez: Mixed.',
    ].join('\n');
    expect(labels(text)).toEqual(['Interviewer', 'Maria Lopez', 'Interviewer', 'Maria Lopez']);
  });

  it('keeps timestamps of timestamped turns', () => {
    const text = '[00:00:04] I: Tak.\n[00:00:17] TC: Ja.\n(00:01:02) I: Og?\n00:01:06 TC: Altså.';
    expect(detectTurns(text).map((t) => [t.label, t.timestampMs])).toEqual([
      ['I', 4_000],
      ['TC', 17_000],
      ['I', 62_000],
      ['TC', 66_000],
    ]);
  });

  it('continues the current turn over lines that only look like labels', () => {
    const text =
      'I: Hvornår?\nJKM: Det var sådan:\nKl. 10: møde\nNote: se bilag\n10:30 frokost\nI: Tak.\nJKM: Selv tak.';
    expect(slices(text)).toEqual([
      'I: Hvornår?',
      'JKM: Det var sådan:\nKl. 10: møde\nNote: se bilag\n10:30 frokost',
      'I: Tak.',
      'JKM: Selv tak.',
    ]);
  });

  it('returns no turns for prose without labels or with one stray label', () => {
    expect(detectTurns('Bare en tekst.\nUden talere.')).toEqual([]);
    expect(detectTurns('Varighed: 52 min\nResten er prosa.')).toEqual([]);
    expect(detectTurns('')).toEqual([]);
  });

  it('handles emoji and combining marks in UTF-16 offsets', () => {
    const text = 'I: 👍🏽 godt?\nJKM: Ja 👩‍👩‍👧.\nI: Tak.\nJKM: Skål.';
    expect(slices(text)).toEqual(['I: 👍🏽 godt?', 'JKM: Ja 👩‍👩‍👧.', 'I: Tak.', 'JKM: Skål.']);
  });
});

describe('detectTurns properties', () => {
  const line = fc.oneof(
    fc.constantFrom(
      'I: Hvad så?',
      'JKM: Ja.',
      '[00:00:04] TC: Øh.',
      'Jane Wiis: Tak.',
      'Varighed: 52 min',
      '',
      '   ',
      'Kl. 10: møde',
    ),
    fc.string({ maxLength: 30 }),
  );
  const documents = fc.array(line, { maxLength: 40 }).map((lines) => lines.join('\n'));

  it('returns sorted, non-overlapping, non-empty turns inside the text, starting at line starts', () => {
    fc.assert(
      fc.property(documents, (text) => {
        const turns = detectTurns(text);
        let previousEnd = 0;
        for (const turn of turns) {
          expect(turn.startUtf16).toBeGreaterThanOrEqual(previousEnd);
          expect(turn.endUtf16).toBeGreaterThan(turn.startUtf16);
          expect(turn.endUtf16).toBeLessThanOrEqual(text.length);
          expect(turn.startUtf16 === 0 || text[turn.startUtf16 - 1] === '\n').toBe(true);
          expect(text.slice(turn.startUtf16, turn.endUtf16)).toContain(`${turn.label}:`);
          expect(text.slice(turn.startUtf16, turn.endUtf16)).not.toMatch(/\s$/);
          previousEnd = turn.endUtf16;
        }
      }),
      { numRuns: 400 },
    );
  });

  it('covers all text from the first turn on, apart from the whitespace between turns', () => {
    fc.assert(
      fc.property(documents, (text) => {
        const turns = detectTurns(text);
        turns.forEach((turn, i) => {
          const gapEnd = turns[i + 1]?.startUtf16 ?? text.length;
          expect(text.slice(turn.endUtf16, gapEnd).trim()).toBe('');
        });
      }),
      { numRuns: 400 },
    );
  });
});

describe('notes and comments after the body', () => {
  const text = [
    'I: Hvordan gik det?',
    'JKM: Godt, tror jeg.[1] Vi lærte meget.[Comment 1]',
    '',
    'Footnotes',
    '[1] Jf. årsrapporten 2023.',
    '',
    'Comments',
    '[Comment 1] Anna Berg: Spørg ind til det.',
  ].join('\n');

  it('belong to no speaker turn: the last turn ends where the body does', () => {
    const turns = detectTurns(text);
    expect(turns.map((t) => t.label)).toEqual(['I', 'JKM']);
    expect(text.slice(turns[1]!.startUtf16, turns[1]!.endUtf16)).toBe(
      'JKM: Godt, tror jeg.[1] Vi lærte meget.[Comment 1]',
    );
  });

  it('a line "Footnotes" inside a turn, not followed by a note, stays part of the body', () => {
    const plain = 'I: Har du læst den?\n\nFootnotes\nJKM: Nej, ikke endnu.\nI: Okay.';
    expect(detectTurns(plain).at(-1)!.endUtf16).toBe(plain.length);
  });
});
