/** Broken or hostile files: a specific error and an untouched project, or a reported skip. */
import { describe, expect, it } from 'vitest';
import { writeZip } from '../../../../src/main/backend/formats/zip-write';
import { importQdpx } from '../../../../src/main/backend/exchange/qdpx/qdpx-import';
import { newProject } from '../../../helpers/temp-project';
import { errorOf, fillProject, qdpx, tableCounts } from './helpers';

const CODE = 'c0de0000-0000-4000-8000-000000000001';
const SOURCE = '5eed0000-0000-4000-8000-000000000001';

function projectXml(sources: string): string {
  return (
    `<?xml version="1.0" encoding="utf-8"?>\n<Project xmlns="urn:QDA-XML:project:1.0" name="t" origin="Test">\n` +
    `<CodeBook><Codes><Code guid="${CODE}" name="Kode" isCodable="true"/></Codes></CodeBook>\n` +
    `<Sources><TextSource guid="${SOURCE}" name="doc.txt" plainTextPath="internal://${SOURCE}.txt">\n${sources}\n</TextSource></Sources>\n</Project>`
  );
}

const selection = (start: number, end: number, code = CODE) =>
  `<PlainTextSelection guid="${crypto.randomUUID()}" startPosition="${start}" endPosition="${end}">` +
  `<Coding guid="${crypto.randomUUID()}"><CodeRef targetGUID="${code}"/></Coding></PlainTextSelection>`;

const TEXT = 'Første linje.\nAnden linje med mere tekst.';

/** A project with content, to show a refused import leaves all of it as it was. */
function busyProject() {
  const project = newProject();
  fillProject(project);
  return { project, before: tableCounts(project) };
}

describe('importQdpx refuses files it cannot read, changing nothing', () => {
  const cases: [string, () => Uint8Array, string, RegExp][] = [
    [
      'a file that is not a zip',
      () => new TextEncoder().encode('<Project/>'),
      'qdpx.not-a-zip',
      /bad\.qdpx: not a REFI-QDA project file: a \.qdpx is a ZIP archive/,
    ],
    [
      'a truncated zip',
      () => qdpx(projectXml('')).subarray(0, 60),
      'zip.corrupt',
      /bad\.qdpx: not a valid ZIP archive/,
    ],
    [
      'a zip without a .qde',
      () => writeZip([{ path: 'sources/a.txt', data: 'x' }]),
      'qdpx.no-qde',
      /no project\.qde at the top of the archive/,
    ],
    [
      'a .qde only in a subfolder',
      () => writeZip([{ path: 'export/project.qde', data: projectXml('') }]),
      'qdpx.no-qde',
      /found export\/project\.qde in a subfolder/,
    ],
    [
      'two .qde files',
      () =>
        writeZip([
          { path: 'a.qde', data: projectXml('') },
          { path: 'B.QDE', data: projectXml('') },
        ]),
      'qdpx.several-qde',
      /holds 2 project files \(a\.qde, B\.QDE\)/,
    ],
    [
      'XML with a DOCTYPE and entities',
      () =>
        qdpx(
          '<?xml version="1.0"?>\n<!DOCTYPE Project [<!ENTITY lol "lol">]>\n<Project name="&lol;"/>',
        ),
      'xml.malformed',
      /bad\.qdpx: project\.qde: malformed XML at line 2, column \d+: DOCTYPE declarations are not allowed/,
    ],
    [
      'malformed XML',
      () => qdpx(projectXml(selection(0, 5)).replace('</TextSource>', '</TextSorce>')),
      'xml.malformed',
      /project\.qde: malformed XML at line 6, column 12: .*unexpected close tag/,
    ],
    [
      'a codebook instead of a project',
      () => qdpx('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes/></CodeBook>'),
      'qdpx.not-a-project',
      /root element at line 1, column \d+ is <CodeBook>, expected <Project>\. It is a codebook/,
    ],
    [
      'a foreign root namespace',
      () => qdpx('<Project xmlns="urn:example" name="x"/>'),
      'qdpx.not-a-project',
      /in namespace "urn:example"/,
    ],
  ];
  for (const [label, bytes, code, message] of cases) {
    it(label, () => {
      const { project, before } = busyProject();
      const error = errorOf(() => importQdpx(project, bytes(), 'bad.qdpx'));
      expect(error.code).toBe(code);
      expect(error.message).toMatch(message);
      expect(tableCounts(project)).toEqual(before);
    });
  }

  it('a zip bomb is refused by the zip limits', () => {
    const { project, before } = busyProject();
    const bomb = writeZip([
      { path: 'project.qde', data: projectXml('') },
      { path: 'sources/big.txt', data: 'a'.repeat(20 * 1024 * 1024) },
    ]);
    const error = errorOf(() => importQdpx(project, bomb, 'bomb.qdpx'));
    expect(error.code).toBe('zip.bomb');
    expect(tableCounts(project)).toEqual(before);
  });
});

describe('importQdpx skips what it cannot place and says so', () => {
  it('a selection outside its text and a CodeRef to a missing code', () => {
    const xml = projectXml(
      [
        selection(0, 6),
        selection(500, 510),
        selection(7, 12, 'deadbeef-0000-4000-8000-000000000000'),
        selection(7, 7),
      ].join('\n'),
    );
    const project = newProject();
    const report = importQdpx(project, qdpx(xml, { [`sources/${SOURCE}.txt`]: TEXT }), 'skip.qdpx');
    expect(project.read('SELECT quoted_text FROM codings')).toEqual([{ quoted_text: 'Første' }]);
    expect(report.created.codings).toBe(1);
    expect(report.skippedCodings).toBe(3);
    expect(report.notImported).toEqual([
      {
        what: 'selections outside their text',
        count: 1,
        detail: expect.stringMatching(
          /skip\.qdpx: project\.qde, line 6: selection 500–510 lies outside "doc\.txt" \(41 code points\)/,
        ),
      },
      {
        what: 'codings of codes missing from the codebook',
        count: 1,
        detail: expect.stringMatching(
          /line 7: a coding in "doc\.txt" refers to code deadbeef-0000-4000-8000-000000000000, which the codebook does not contain/,
        ),
      },
      {
        what: 'empty selections',
        count: 1,
        detail: expect.stringMatching(/line 8: selection 7–7 in "doc\.txt" is empty or reversed/),
      },
    ]);
  });

  it('a source whose text file is missing', () => {
    const project = newProject();
    const report = importQdpx(project, qdpx(projectXml(selection(0, 6))), 'missing.qdpx');
    expect(tableCounts(project)).toMatchObject({ documents: 0, codings: 0, codes: 1 });
    expect(report.notImported).toEqual([
      {
        what: 'sources without text',
        count: 1,
        detail: expect.stringMatching(
          /line 4: "doc\.txt" names a text file that is not in the archive \(internal:\/\/5eed/,
        ),
      },
      { what: 'codings in sources without text', count: 1, detail: '1 in "doc.txt"' },
    ]);
  });

  it('selections without valid positions, a Coding without CodeRef, blank passages', () => {
    const bad =
      `<PlainTextSelection guid="${crypto.randomUUID()}" startPosition="x" endPosition="5"><Coding guid="${crypto.randomUUID()}"><CodeRef targetGUID="${CODE}"/></Coding></PlainTextSelection>\n` +
      `<PlainTextSelection guid="${crypto.randomUUID()}" startPosition="0" endPosition="6"><Coding guid="${crypto.randomUUID()}"/></PlainTextSelection>\n` +
      selection(13, 14);
    const project = newProject();
    const report = importQdpx(
      project,
      qdpx(projectXml(bad), { [`sources/${SOURCE}.txt`]: TEXT }),
      'odd.qdpx',
    );
    expect(tableCounts(project).codings).toBe(0);
    expect(report.warnings).toEqual([
      expect.stringMatching(
        /line 5: PlainTextSelection has no valid startPosition\/endPosition; its 1 coding\(s\) were skipped/,
      ),
    ]);
    expect(report.notImported.map((n) => n.what)).toEqual([
      'codings without a code',
      'selections of blank text',
    ]);
  });
});
