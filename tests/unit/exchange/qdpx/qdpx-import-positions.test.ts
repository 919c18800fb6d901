/** How selection positions from different tools end up on the right characters. */
import { describe, expect, it } from 'vitest';
import { importQdpx } from '../../../../src/main/backend/exchange/qdpx/qdpx-import';
import type { Project } from '../../../../src/main/backend/project/project';
import { newProject } from '../../../helpers/temp-project';
import { qdpx } from './helpers';

const CODE_A = '{6A3E5E1B-05DD-46FA-80DD-AE1D8F680081}';
const CODE_B = 'c0de0000-0000-4000-8000-00000000000b';
const SOURCE = '68bbdc14-c361-4432-b4dd-ae1dbfc12890';
const USER = '29518289-d0e3-447b-b7dd-ae1d8cd880a0';

function project(body: string, attrs = 'origin="Test"', ns = 'urn:QDA-XML:project:1.0'): string {
  const xmlns = ns === '' ? '' : ` xmlns="${ns}"`;
  return `<?xml version="1.0" encoding="utf-8"?>\r\n<Project${xmlns} name="t" ${attrs}>\r\n${body}\r\n</Project>`;
}

const codebook = `<CodeBook><Codes><Code guid="${CODE_A}" name="Alpha" isCodable="true"/><Code guid="${CODE_B}" name="Beta" isCodable="true"/></Codes></CodeBook>`;

function selection(start: number, end: number, codes: string[], extra = ''): string {
  const codings = codes
    .map(
      (c, i) =>
        `<Coding guid="c0d10000-0000-4000-8000-00000000000${i}" creatingUser="${USER}"><CodeRef targetGUID="${c}"/></Coding>`,
    )
    .join('');
  return `<PlainTextSelection guid="5e1ec700-0000-4000-8000-0000000000${String(start % 100).padStart(2, '0')}" startPosition="${start}" endPosition="${end}" ${extra}>${codings}</PlainTextSelection>`;
}

function quotes(p: Project): string[] {
  return p
    .read<{ quoted_text: string }>(
      `SELECT quoted_text FROM codings ORDER BY start_utf16, end_utf16, quoted_text`,
    )
    .map((r) => r.quoted_text);
}

const encode = (text: string) => new TextEncoder().encode(text);

describe('importQdpx: positions', () => {
  it('reads NVivo for Windows positions as UTF-16 units with CRLF as two, BOM excluded', () => {
    const raw = 'Első sor 😀😀\r\nMásodik: oltás 👍 kell\r\nHarmadik sor';
    const start = raw.indexOf('oltás');
    const second = raw.indexOf('Harmadik');
    const body =
      `<Users><User guid="${USER}" name="Gergo"/></Users>${codebook}<Sources>` +
      `<TextSource guid="${SOURCE}" name="videos" plainTextPath="internal://${SOURCE}.txt">` +
      selection(start, start + 'oltás 👍 kell'.length, [CODE_A]) +
      selection(second, raw.length, [CODE_B]) +
      `</TextSource></Sources>`;
    const bytes = qdpx(project(body, 'origin="NVivo for Windows 12.6"'), {
      [`Sources/${SOURCE}.txt`]: new Uint8Array([0xef, 0xbb, 0xbf, ...encode(raw)]),
    });
    const p = newProject();
    const report = importQdpx(p, bytes, 'nvivo.qdpx');
    expect(quotes(p)).toEqual(['oltás 👍 kell', 'Harmadik sor']);
    expect(report.positions.unit).toBe('UTF-16 code units, a CRLF line break counted as two');
    expect(p.readOne<{ text: string }>('SELECT text FROM documents')!.text).toBe(
      raw.replace(/\r\n/g, '\n'),
    );
  });

  it('reads ATLAS.ti positions as code points with CRLF as one, and merges several Codings of one selection', () => {
    const raw = 'Line one 😀\r\nInterviewer: And then?\r\nJane: We tried 🚀 again.\r\n';
    const lf = raw.replace(/\r\n/g, '\n');
    const cp = (s: string, needle: string) => [...s.slice(0, s.indexOf(needle))].length;
    const start = cp(lf, 'We tried');
    const body =
      `<Users><User guid="${USER}" name="Jane"/></Users>${codebook}<Sources>` +
      `<TextSource guid="${SOURCE}" name="jane.txt" plainTextPath="internal://${SOURCE}.txt">` +
      selection(
        start,
        start + [...'We tried 🚀 again.'].length,
        [CODE_A, CODE_B],
        'name="We tried 🚀 ag…"',
      ) +
      `</TextSource></Sources>`;
    const p = newProject();
    const report = importQdpx(
      p,
      qdpx(project(body, 'origin="ATLAS.ti for Windows 23.2"'), { [`sources/${SOURCE}.txt`]: raw }),
      'a.qdpx',
    );
    expect(quotes(p)).toEqual(['We tried 🚀 again.', 'We tried 🚀 again.']);
    expect(report.positions.unit).toBe('code points, a CRLF line break counted as one');
    expect(report.positions.reason).toMatch(/1 of 1 selections match their recorded text/);
    // Same turns as a transcript import.
    expect(
      p.read<{ label: string }>('SELECT label FROM speakers ORDER BY label').map((s) => s.label),
    ).toEqual(['Interviewer', 'Jane']);
  });

  it('follows the selections when they contradict the origin', () => {
    const raw = '😀😀😀 Intro\nA: first answer here\nB: second answer here\n';
    const utf16 = (needle: string) => [raw.indexOf(needle), raw.indexOf(needle) + needle.length];
    const [s1, e1] = utf16('first answer here');
    const [s2, e2] = utf16('second answer');
    const body =
      `${codebook}<Sources><TextSource guid="${SOURCE}" name="x" plainTextPath="${SOURCE}.txt">` +
      selection(s1!, e1!, [CODE_A], 'name="first answer here"') +
      selection(s2!, e2!, [CODE_B], 'name="second answer"') +
      `</TextSource></Sources>`;
    const p = newProject();
    const report = importQdpx(
      p,
      qdpx(project(body, 'origin="SomeTool 1.0"'), { [`${SOURCE}.txt`]: raw }),
      'x.qdpx',
    );
    expect(quotes(p)).toEqual(['first answer here', 'second answer']);
    expect(report.positions.unit).toMatch(/^UTF-16 code units/);
    expect(report.warnings.join('\n')).toMatch(
      /the REFI-QDA standard would count code points.*2 of 2 selections match/,
    );
  });

  it('maps positions of decomposed, CRLF text with trailing spaces onto the NFC text Citat stores', () => {
    const raw =
      'Cafe\u0301 nai\u0308ve   \r\n\r\nZoe\u0308 sagde: re\u0301sume\u0301 \u00a0ok\r\n\r\n\r\n';
    const needle = 'Zoe\u0308 sagde: re\u0301sume\u0301';
    const start = [...raw.slice(0, raw.indexOf(needle))].length;
    const body =
      `${codebook}<Sources><TextSource guid="${SOURCE}" name="nfd" plainTextPath="internal://${SOURCE}.txt">` +
      selection(start, start + [...needle].length, [CODE_A]) +
      selection(0, [...'Cafe\u0301 nai\u0308ve   '].length, [CODE_B]) +
      `</TextSource></Sources>`;
    const p = newProject();
    importQdpx(p, qdpx(project(body), { [`sources/${SOURCE}.txt`]: raw }), 'nfd.qdpx');
    const text = p.readOne<{ text: string }>('SELECT text FROM documents')!.text;
    expect(text).toBe('Café naïve\n\nZoë sagde: résumé \u00a0ok');
    expect(quotes(p)).toEqual(['Café naïve', 'Zoë sagde: résumé']);
  });

  it('cuts a selection that runs past the end, and skips one that lies outside', () => {
    const raw = 'Short text here.';
    const body =
      `${codebook}<Sources><TextSource guid="${SOURCE}" name="s" plainTextPath="internal://${SOURCE}.txt">` +
      selection(6, 40, [CODE_A]) +
      selection(50, 60, [CODE_B]) +
      `</TextSource></Sources>`;
    const p = newProject();
    const report = importQdpx(p, qdpx(project(body), { [`sources/${SOURCE}.txt`]: raw }), 's.qdpx');
    expect(quotes(p)).toEqual(['text here.']);
    expect(report.warnings.join('\n')).toMatch(/line \d+: selection 6–40 runs past the end of "s"/);
    expect(report.skippedCodings).toBe(1);
    expect(report.notImported).toEqual([
      {
        what: 'selections outside their text',
        count: 1,
        detail: expect.stringMatching(
          /s\.qdpx: project\.qde, line \d+: selection 50–60 lies outside "s" \(16 code points\)/,
        ),
      },
    ]);
  });
});
