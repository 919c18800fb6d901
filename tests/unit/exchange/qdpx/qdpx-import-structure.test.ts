/** What real files look like around the texts: names, namespaces, memos, cases, leftovers. */
import { describe, expect, it } from 'vitest';
import { writeZip } from '../../../../src/main/backend/formats/zip-write';
import { importQdpx } from '../../../../src/main/backend/exchange/qdpx/qdpx-import';
import { newProject } from '../../../helpers/temp-project';
import { qdpx } from './helpers';

const U1 = '088B08AC-D5CD-4ADB-8B71-B4F3459C177F';
const U_MISSING = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
const S1 = 'C5E4C960-5296-4FDE-8C63-DEABA4E17F92';
const S2 = '7391D47A-323D-4291-8202-ED599C250828';
const V1 = '11111111-2222-4333-8444-555555555555';
const V2 = '11111111-2222-4333-8444-666666666666';
const N = (i: number) => `0000000${i}-0000-4000-8000-000000000000`;
const C = (i: number) => `c0de000${i}-0000-4000-8000-000000000000`;

function qde(
  body: string,
  open = '<Project xmlns="urn:QDA-XML:project:1.0" name="t" origin="Test">',
): string {
  return `<?xml version="1.0" encoding="utf-8"?>${open}${body}</Project>`;
}

const sel = (guid: string, start: number, end: number, inner: string) =>
  `<PlainTextSelection guid="${guid}" startPosition="${start}" endPosition="${end}">${inner}</PlainTextSelection>`;
const coding = (code: string, user = U1, inner = '') =>
  `<Coding guid="${crypto.randomUUID()}" creatingUser="${user}" creationDateTime="2024-05-01T12:00:00Z"><CodeRef targetGUID="${code}"/>${inner}</Coding>`;

describe('importQdpx: file layout and namespaces', () => {
  for (const [label, open] of [
    ['project 1:0 namespace', '<Project xmlns="urn:QDA-XML:project:1:0" name="t">'],
    ['no namespace', '<Project name="t">'],
    ['prefixed namespace', '<q:Project xmlns:q="urn:QDA-XML:project:1.0" name="t">'],
  ] as const) {
    it(`reads a .qde with ${label}, any name, bare paths and stray entries`, () => {
      const close = open.startsWith('<q:') ? '</q:Project>' : '</Project>';
      const p = label === 'prefixed namespace' ? 'q:' : '';
      const xml =
        `<?xml version="1.0"?>${open}<${p}CodeBook><${p}Codes><${p}Code guid="${C(1)}" name="A" isCodable="1"/></${p}Codes></${p}CodeBook>` +
        `<${p}Sources><${p}TextSource guid="${S1}" name="doc" plainTextPath="doc.txt">` +
        `<${p}PlainTextSelection guid="${N(1)}" startPosition="0" endPosition="5"><${p}Coding guid="${N(2)}"><${p}CodeRef targetGUID="${C(1)}"/></${p}Coding></${p}PlainTextSelection>` +
        `</${p}TextSource></${p}Sources>${close}`;
      const bytes = writeZip([
        { path: 'Trial.qde', data: xml },
        { path: 'Sources/doc.txt', data: 'Hello world' },
        { path: 'sources/.root', data: '' },
        { path: '__MACOSX/._Trial.qde', data: 'junk' },
      ]);
      const project = newProject();
      const report = importQdpx(project, bytes, 'trial.qdpx');
      expect(project.read<{ quoted_text: string }>('SELECT quoted_text FROM codings')).toEqual([
        { quoted_text: 'Hello' },
      ]);
      // Codings that name no user get one placeholder coder, and the report says so.
      expect(report.warnings).toEqual([expect.stringMatching(/name no user.*"Unknown coder"/)]);
    });
  }

  it('reads inline PlainTextContent and PDF sources through their text representation', () => {
    const body =
      `<CodeBook><Codes><Code guid="${C(1)}" name="A" isCodable="true"/></Codes></CodeBook><Sources>` +
      `<TextSource guid="${S1}" name="inline"><PlainTextContent>Inline text with a point.</PlainTextContent>${sel(N(1), 7, 11, coding(C(1)))}</TextSource>` +
      `<PDFSource guid="${S2}" name="paper.pdf" path="internal://${S2}.pdf">` +
      `<PDFSelection guid="${N(2)}" page="0" firstX="1" firstY="2" secondX="3" secondY="4">${coding(C(1))}</PDFSelection>` +
      `<Representation guid="${N(3)}" plainTextPath="internal://${N(3)}.txt">${sel(N(4), 0, 8, coding(C(1)))}</Representation></PDFSource>` +
      `</Sources>`;
    const project = newProject();
    const report = importQdpx(
      project,
      qdpx(qde(body), { [`sources/${N(3)}.txt`]: 'Abstract of a paper.' }),
      'p.qdpx',
    );
    expect(project.read('SELECT name, format FROM documents ORDER BY position')).toEqual([
      { name: 'inline', format: 'txt' },
      { name: 'paper.pdf', format: 'pdf' },
    ]);
    expect(
      project
        .read<{ quoted_text: string }>('SELECT quoted_text FROM codings ORDER BY quoted_text')
        .map((r) => r.quoted_text),
    ).toEqual(['Abstract', 'text']);
    expect(report.notImported).toEqual([
      {
        what: 'PDF areas',
        count: 1,
        detail: '1 PDF area selection(s) with 1 coding(s): Citat codes text only',
      },
    ]);
  });
  it('falls back to the .docx when the plain text is empty (NVivo for Mac) and skips its codings', () => {
    const docx = writeZip([
      {
        path: 'word/document.xml',
        data: '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>I: Hej</w:t></w:r></w:p><w:p><w:r><w:t>Bo: Hej med dig</w:t></w:r></w:p></w:body></w:document>',
      },
    ]);
    const body =
      `<CodeBook><Codes><Code guid="${C(1)}" name="A" isCodable="true"/></Codes></CodeBook><Sources>` +
      `<TextSource guid="${S1}" name="mac" plainTextPath="internal://${S1}.txt" richTextPath="internal://${S1}.docx">${sel(N(1), 0, 2, coding(C(1)))}</TextSource></Sources>`;
    const project = newProject();
    const report = importQdpx(
      project,
      qdpx(qde(body), { [`sources/${S1}.txt`]: '\n', [`sources/${S1}.docx`]: docx }),
      'mac.qdpx',
    );
    expect(project.read('SELECT name, format, text FROM documents')).toEqual([
      { name: 'mac', format: 'docx', text: 'I: Hej\nBo: Hej med dig' },
    ]);
    expect(report.warnings).toEqual([
      expect.stringMatching(
        /"mac" has no plain text, so the text of its \.docx was used; its codings .* were not imported/,
      ),
    ]);
    expect(report.notImported).toEqual([
      { what: 'codings whose positions cannot be placed', count: 1, detail: '1 in "mac"' },
    ]);
  });
});

describe('importQdpx: codes, users, memos, cases', () => {
  it('builds a tree from "::" names, keeps duplicate names apart and reads odd colours', () => {
    const body =
      `<CodeBook><Codes><Code guid="${C(1)}" name="Coke::diet Coke" isCodable="true" color="rgb(255, 0, 0)"/>` +
      `<Code guid="${C(2)}" name="Coke::zero" isCodable="true" color="#ABCD"/><Code guid="${C(3)}" name="Same" isCodable="true" color="#0f0"/>` +
      `<Code guid="${C(4)}" name="same" isCodable="true"/></Codes></CodeBook>`;
    const project = newProject();
    const report = importQdpx(
      project,
      qdpx(qde(body, '<Project xmlns="urn:QDA-XML:project:1.0" name="t" origin="ATLAS.ti 8">')),
      'c.qdpx',
    );
    const codes = project.read<{ name: string; parent: string | null; color: string }>(
      `SELECT c.name, p.name AS parent, c.color FROM codes c LEFT JOIN codes p ON p.id = c.parent_id ORDER BY c.name`,
    );
    expect(codes.map((c) => [c.name, c.parent])).toEqual([
      ['Coke', null],
      ['Same', null],
      ['diet Coke', 'Coke'],
      ['same (2)', null],
      ['zero', 'Coke'],
    ]);
    expect(codes.find((c) => c.name === 'diet Coke')!.color).toBe('#FF0000');
    expect(codes.find((c) => c.name === 'Same')!.color).toBe('#00FF00');
    expect(report.warnings.join('\n')).toMatch(/"#ABCD" is not a colour/);
    expect(report.warnings.join('\n')).toMatch(
      /a second code "same" under the same parent was renamed "same \(2\)"/,
    );
  });

  it('creates placeholder coders for users missing from <Users>', () => {
    const body =
      `<Users><User guid="${U1}" name="Enric"/></Users><CodeBook><Codes><Code guid="${C(1)}" name="A" isCodable="true"/></Codes></CodeBook>` +
      `<Sources><TextSource guid="${S1}" name="d"><PlainTextContent>One two three</PlainTextContent>` +
      sel(N(1), 0, 3, coding(C(1), U1)) +
      sel(N(2), 4, 7, coding(C(1), U_MISSING)) +
      `</TextSource></Sources>`;
    const project = newProject();
    const report = importQdpx(project, qdpx(qde(body)), 'u.qdpx');
    expect(
      project.read(
        `SELECT c.quoted_text, k.name FROM codings c JOIN coders k ON k.id = c.coder_id ORDER BY c.start_utf16`,
      ),
    ).toEqual([
      { quoted_text: 'One', name: 'Enric' },
      { quoted_text: 'two', name: 'Unknown user AAAAAAAA' },
    ]);
    expect(report.warnings.join('\n')).toMatch(
      /user aaaaaaaa-.* is named by codings or notes but not listed under <Users>; a placeholder coder stands in for them/,
    );
    expect(report.created.coders).toBe(2);
  });

  it('turns notes, descriptions and NVivo links into memos and lists notes it cannot keep', () => {
    const body =
      `<Users><User guid="${U1}" name="Enric"/></Users>` +
      `<CodeBook><Codes><Code guid="${C(1)}" name="A" isCodable="true"><Description>Def.</Description><NoteRef targetGUID="${N(5)}"/></Code></Codes></CodeBook>` +
      `<Sources><TextSource guid="${S1}" name="d"><Description>About d.</Description><PlainTextContent>One two three four</PlainTextContent>` +
      sel(
        N(1),
        0,
        3,
        `<Description>Selection comment</Description>${coding(C(1), U1, `<NoteRef targetGUID="${N(6)}"/>`)}`,
      ) +
      sel(N(2), 4, 7, coding(C(1))) +
      `<PlainTextSelection guid="${N(3)}" startPosition="8" endPosition="13"><Description>memo on an uncoded passage</Description></PlainTextSelection>` +
      `<NoteRef targetGUID="${N(7)}"/></TextSource></Sources>` +
      `<Notes><Note guid="${N(5)}" name="code memo" creatingUser="${U1}" modifiedDateTime="2024-01-02T03:04:05Z"><PlainTextContent>Code memo text</PlainTextContent></Note>` +
      `<Note guid="${N(6)}"><PlainTextContent>Coding note</PlainTextContent></Note>` +
      `<Note guid="${N(7)}" plainTextPath="internal://${N(7)}.txt"/>` +
      `<Note guid="${N(8)}" name="Annotation"><PlainTextContent>NVivo annotation</PlainTextContent></Note>` +
      `<Note guid="${N(9)}" name="Journal"><PlainTextContent>Project journal</PlainTextContent></Note></Notes>` +
      `<Links><Link guid="${N(4)}" originGUID="${N(8)}" targetGUID="${N(2)}"/><Link guid="${C(9)}" originGUID="${C(1)}" targetGUID="${S1}"/></Links>` +
      `<Sets><Set guid="${C(8)}" name="Group"><MemberSource targetGUID="${S1}"/></Set></Sets>` +
      `<Description>A project</Description>`;
    const project = newProject();
    const report = importQdpx(
      project,
      qdpx(qde(body), { [`sources/${N(7)}.txt`]: '\uFEFFDocument note\r\nline 2' }),
      'm.qdpx',
    );
    expect(project.read('SELECT quoted_text, memo FROM codings ORDER BY start_utf16')).toEqual([
      { quoted_text: 'One', memo: 'Selection comment\n\nCoding note' },
      { quoted_text: 'two', memo: 'NVivo annotation' },
    ]);
    expect(
      project.read('SELECT target_kind, text, updated_at FROM memos ORDER BY target_kind'),
    ).toEqual([
      { target_kind: 'code', text: 'Code memo text', updated_at: '2024-01-02T03:04:05.000Z' },
      {
        target_kind: 'document',
        text: 'About d.\n\nDocument note\nline 2',
        updated_at: expect.any(String),
      },
    ]);
    expect(
      project.readOne<{ definition: string }>('SELECT definition FROM codes')!.definition,
    ).toBe('Def.');
    expect(report.notImported.map((n) => [n.what, n.count])).toEqual([
      ['links', 1],
      ['sets', 1],
      ['project description', 1],
      ['memos on uncoded passages', 1],
      ['notes', 1],
    ]);
    expect(report.notImported.at(-1)!.detail).toMatch(/"Journal" \(line 1\)/);
  });

  it('imports cases with variables, nameless MAXQDA cases and document variables', () => {
    const value = (v: string, inner: string) =>
      `<VariableValue><VariableRef targetGUID="${v}"/>${inner}</VariableValue>`;
    const body =
      `<Variables><Variable guid="${V1}" name="Region" typeOfVariable="Text"/><Variable guid="${V2}" name="Age" typeOfVariable="Integer"/></Variables>` +
      `<Cases><Case guid="${C(5)}" name="Aalborg"><Description>Kommune</Description>${value(V1, '<TextValue>Nord</TextValue>')}${value(V2, '<IntegerValue>x</IntegerValue>')}<SourceRef targetGUID="${S1}"/></Case>` +
      `<Case guid="${C(6)}">${value(V2, '<IntegerValue>67</IntegerValue>')}<SourceRef targetGUID="${S2}"/></Case></Cases>` +
      `<Sources><TextSource guid="${S1}" name="one.txt"><PlainTextContent>First text</PlainTextContent>${value(V2, '<IntegerValue>40</IntegerValue>')}</TextSource>` +
      `<TextSource guid="${S2}" name="two.txt"><PlainTextContent>Second text</PlainTextContent>${value(V1, '<TextValue>Syd</TextValue>')}</TextSource></Sources>`;
    const project = newProject();
    const report = importQdpx(project, qdpx(qde(body)), 'cases.qdpx');
    const rows = project.read(
      `SELECT c.name AS "case", c.description, a.name AS attribute, a.value_type, v.value FROM cases c
       JOIN case_attribute_values v ON v.case_id = c.id JOIN attributes a ON a.id = v.attribute_id ORDER BY c.name, a.name`,
    );
    expect(rows).toEqual([
      {
        case: 'Aalborg',
        description: 'Kommune',
        attribute: 'Age',
        value_type: 'number',
        value: '40',
      },
      {
        case: 'Aalborg',
        description: 'Kommune',
        attribute: 'Region',
        value_type: 'text',
        value: 'Nord',
      },
      { case: 'two.txt', description: null, attribute: 'Age', value_type: 'number', value: '67' },
      { case: 'two.txt', description: null, attribute: 'Region', value_type: 'text', value: 'Syd' },
    ]);
    expect(
      project.read(
        'SELECT d.name, c.name AS "case" FROM documents d JOIN cases c ON c.id = d.case_id ORDER BY d.name',
      ),
    ).toEqual([
      { name: 'one.txt', case: 'Aalborg' },
      { name: 'two.txt', case: 'two.txt' },
    ]);
    expect(report.warnings.join('\n')).toMatch(/"x" is not a number, but "Age" holds numbers/);
  });

  it('lists pictures, audio, video and graphs as not imported', () => {
    const body =
      `<Sources><PictureSource guid="${S1}" name="p.jpg" path="internal://${S1}.jpg"><PictureSelection guid="${N(1)}" firstX="0" firstY="0" secondX="1" secondY="1">${coding(C(1))}</PictureSelection></PictureSource>` +
      `<AudioSource guid="${S2}" name="a.m4a"/><VideoSource guid="${N(2)}" name="v.mp4"/></Sources>` +
      `<Graphs><Graph guid="${N(3)}"/></Graphs>`;
    const project = newProject();
    const report = importQdpx(project, qdpx(qde(body)), 'media.qdpx');
    expect(report.notImported).toEqual([
      { what: 'pictures', count: 1, detail: '1 pictures with 1 coding(s): Citat keeps text only' },
      {
        what: 'audio sources',
        count: 1,
        detail: '1 audio sources with 0 coding(s): Citat keeps text only',
      },
      {
        what: 'video sources',
        count: 1,
        detail: '1 video sources with 0 coding(s): Citat keeps text only',
      },
      { what: 'graphs', count: 1, detail: '1 graph(s) (network views)' },
    ]);
  });
});
