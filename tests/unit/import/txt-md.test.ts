import { describe, expect, it } from 'vitest';
import { normaliseText } from '@shared/text/normalise';
import type { ParsedTranscript } from '@shared/transcript/parsed';
import { parseTranscript } from '../../../src/main/backend/import/parse-file';
import { markdownToText } from '../../../src/main/backend/import/markdown-text';

const utf8 = (text: string) => new TextEncoder().encode(text);
const turnTexts = (r: ParsedTranscript) =>
  r.turns.map((t) => r.text.slice(t.startUtf16, t.endUtf16));

describe('txt import', () => {
  it('normalises once and gives turn offsets into the normalised text', async () => {
    const raw =
      '\ufeffInterview, Aalborg\r\nVarighed: 40 min\r\n\r\nI: Hvad så?  \r\n\r\nJKM: Ja, øh.\r\nMere.\r\n\r\nI: Tak.\r\nJKM: Selv tak.\r\n\r\n';
    const result = await parseTranscript(utf8(raw), 'JKM.txt');
    expect(result.format).toBe('txt');
    expect(result.encoding).toBe('utf-8');
    expect(result.text).toBe(normaliseText(raw));
    expect(result.text.startsWith('Interview, Aalborg\nVarighed: 40 min\n\nI: Hvad så?\n')).toBe(
      true,
    );
    expect(turnTexts(result)).toEqual([
      'I: Hvad så?',
      'JKM: Ja, øh.\nMere.',
      'I: Tak.',
      'JKM: Selv tak.',
    ]);
  });

  it('composes decomposed Danish letters (NFC) before computing offsets', async () => {
    const raw = 'I: Hvad med A\u030arhus?\nPFL: Det er sa\u030adan.\nI: Og Ærø?\nPFL: Ø\u0301h.';
    const result = await parseTranscript(utf8(raw), 'PFL.txt');
    expect(result.text).toBe('I: Hvad med Århus?\nPFL: Det er sådan.\nI: Og Ærø?\nPFL: Ǿh.');
    expect(turnTexts(result)).toEqual([
      'I: Hvad med Århus?',
      'PFL: Det er sådan.',
      'I: Og Ærø?',
      'PFL: Ǿh.',
    ]);
  });

  it('keeps emoji and marks without precomposed forms', async () => {
    const result = await parseTranscript(utf8('I: 👍🏽?\nJW: 👩‍👩‍👧 q\u0307\nI: ok\nJW: ja'), 'JW.txt');
    expect(turnTexts(result)[1]).toBe('JW: 👩‍👩‍👧 q\u0307');
  });

  it('reports Windows-1252 decoding as a warning and the encoding', async () => {
    const bytes = new Uint8Array([
      ...utf8('I: Hvad med '),
      0xc6,
      0x72,
      0xf8,
      0x3f,
      0x0a,
      ...utf8('JW: Ja.'),
    ]);
    const result = await parseTranscript(bytes, 'JW.txt');
    expect(result.encoding).toBe('windows-1252');
    expect(result.text).toBe('I: Hvad med Ærø?\nJW: Ja.');
    expect(result.warnings.join()).toMatch(/Windows-1252/);
  });
});

describe('markdownToText', () => {
  it('drops heading marks, emphasis and link targets but keeps what a reader sees', () => {
    const md = [
      '# Interview note: *Maria* Lopez #',
      '',
      '**Role:** Chief Executive, see [the council](https://example.org/a_(b)) and ![logo](x.png)',
      '__Date:__ 4 April, ~~draft~~ _final_ and snake_case_name stays',
      'Auto <https://example.org> and <mail@example.org>, `**code**` kept, 2 * 3 * 4 = 24',
      'Escaped \\*stars\\* and \\_underscores\\_, &amp; &lt;tag&gt; &#248;',
      'Setext heading',
      '==============',
    ].join('\n');
    expect(markdownToText(md)).toBe(
      [
        'Interview note: Maria Lopez',
        '',
        'Role: Chief Executive, see the council and logo',
        'Date: 4 April, draft final and snake_case_name stays',
        'Auto https://example.org and mail@example.org, **code** kept, 2 * 3 * 4 = 24',
        'Escaped *stars* and _underscores_, & <tag> ø',
        'Setext heading',
      ].join('\n'),
    );
  });

  it('keeps list items one per line with a dash bullet, and numbered items as written', () => {
    const md =
      '- **Risk:** one\n* Co-production: two\n  + nested three\n1. Send Maria the quotes\n2) Ask';
    expect(markdownToText(md)).toBe(
      '- Risk: one\n- Co-production: two\n  - nested three\n1. Send Maria the quotes\n2) Ask',
    );
  });

  it('drops fences, front matter, rules, comments, reference definitions and table rules', () => {
    const md = [
      '---',
      'title: Notat',
      '---',
      'Før <!-- skjult -->efter',
      '***',
      '```text',
      'I: *kode* bevares',
      '```',
      '[ref]: https://example.org',
      '| Navn | Rolle |',
      '|------|:-----:|',
      '| JKM | Direktør |',
      '> I: citeret',
      'Linje med hårdt skift\\',
    ].join('\n');
    expect(markdownToText(md)).toBe(
      [
        'Før efter',
        'I: *kode* bevares',
        'Navn\tRolle',
        'JKM\tDirektør',
        'I: citeret',
        'Linje med hårdt skift',
      ].join('\n'),
    );
  });

  it('does not join soft-wrapped lines, so each speaker line stays a line', () => {
    expect(markdownToText('I: Hej\nJKM: Hej\r\nI: Farvel')).toBe('I: Hej\nJKM: Hej\nI: Farvel');
  });
});

describe('md import', () => {
  it('finds turns in the rendered text, not in the header fields', async () => {
    const md = [
      '# Interview note',
      '**Role:** Chief Executive',
      '**Date:** 4 April 2025',
      '',
      '- **Risk:** pilots',
      '',
      '**Interviewer:** Why?',
      '',
      '**Maria Lopez:** Because.',
      '',
      '*Interviewer:* And?',
      '',
      'Maria Lopez: Mixed.',
    ].join('\n');
    const result = await parseTranscript(utf8(md), 'notes.MD');
    expect(result.format).toBe('md');
    expect(result.turns.map((t) => t.label)).toEqual([
      'Interviewer',
      'Maria Lopez',
      'Interviewer',
      'Maria Lopez',
    ]);
    expect(turnTexts(result)).toEqual([
      'Interviewer: Why?',
      'Maria Lopez: Because.',
      'Interviewer: And?',
      'Maria Lopez: Mixed.',
    ]);
  });
});
