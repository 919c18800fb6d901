import { describe, expect, it } from 'vitest';
import type { SpeakerTurn } from '../../../../src/shared/domain/entities';
import { detectTurns } from '../../../../src/shared/transcript/turns';
import {
  formatTimestamp,
  speakerLabelSpans,
  turnTimestampsByLine,
} from '../../../../src/renderer/features/transcript/transcript-layout';
import {
  groupByColor,
  highlightNameForColor,
  highlightRules,
} from '../../../../src/renderer/features/transcript/highlight-groups';

const TEXT =
  'Interview med JKM\n\n[00:01:05] I: Hvad betyder det?\n  JKM: Værdi.\nfortsat\n[01:02:03] I: Tak.';

function turnsOf(text: string): SpeakerTurn[] {
  return detectTurns(text).map((t, i) => ({
    id: String(i),
    documentId: 'd',
    speakerId: t.label,
    startUtf16: t.startUtf16,
    endUtf16: t.endUtf16,
    timestampMs: t.timestampMs,
  }));
}

describe('transcript layout', () => {
  it('finds the speaker label of each turn, timestamp included, without surrounding spaces', () => {
    const labels = speakerLabelSpans(TEXT, turnsOf(TEXT)).map((s) => TEXT.slice(s.start, s.end));
    expect(labels).toEqual(['[00:01:05] I:', 'JKM:', '[01:02:03] I:']);
  });

  it('puts turn timestamps on their 0-based lines and formats them', () => {
    expect([...turnTimestampsByLine(TEXT, turnsOf(TEXT))]).toEqual([
      [2, 65_000],
      [5, 3_723_000],
    ]);
    expect(formatTimestamp(65_000)).toBe('1:05');
    expect(formatTimestamp(3_723_000)).toBe('1:02:03');
  });
});

describe('highlight groups', () => {
  it('groups codings by colour in text order, with CSS-safe names and translucent rules', () => {
    const groups = groupByColor([
      { startUtf16: 30, endUtf16: 40, color: '#E57373' },
      { startUtf16: 5, endUtf16: 10, color: '#64B5F6' },
      { startUtf16: 1, endUtf16: 50, color: '#e57373' },
    ]);
    expect([...groups]).toEqual([
      [
        'citat-code-e57373',
        [
          { start: 1, end: 50 },
          { start: 30, end: 40 },
        ],
      ],
      ['citat-code-64b5f6', [{ start: 5, end: 10 }]],
    ]);
    expect(highlightNameForColor('not a colour')).toBe('citat-code-999999');
    expect(highlightRules(['citat-code-64b5f6'], 0.3)).toBe(
      '::highlight(citat-code-64b5f6) { background-color: rgb(100 181 246 / 0.3); }',
    );
  });
});
