import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import type { ParsedTranscript } from '@shared/transcript/parsed';
import { parseTranscript } from '../../../src/main/backend/import/parse-file';
import { docxWith, odtWith, ole2With, wp } from './office-builders';

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

/** A zip whose one entry is `megabytes` of zeros (compresses about 1000:1). */
function zerosZip(entryName: string, megabytes: number): Uint8Array {
  return zipSync({ [entryName]: new Uint8Array(megabytes * 1024 * 1024) }, { level: 9 });
}

/** Rewrites the uncompressed size recorded in a zip's central directory, so it lies. */
function withDeclaredSize(zip: Uint8Array, declaredSize: number): Uint8Array {
  const copy = new Uint8Array(zip);
  const view = new DataView(copy.buffer);
  for (let i = copy.length - 22; i >= 0; i--) {
    if (view.getUint32(i, true) === 0x02014b50) {
      view.setUint32(i + 24, declaredSize, true);
      return copy;
    }
  }
  throw new Error('no central directory entry');
}

describe('docx import', () => {
  it('turns paragraphs into lines and finds turns', async () => {
    const body = [
      wp('Interview med Jens Kristian Madsen'),
      wp(''),
      wp('I: ', 'Hvad så?'),
      wp('JKM: Øh, ', 'jamen'),
      wp('I: Tak.'),
      wp('JKM: Selv tak.'),
    ].join('');
    const result = await parseTranscript(docxWith(body), 'JKM.docx');
    expect(result).toMatchObject({ format: 'docx', encoding: null, warnings: [] });
    expect(result.text).toBe(
      'Interview med Jens Kristian Madsen\n\nI: Hvad så?\nJKM: Øh, jamen\nI: Tak.\nJKM: Selv tak.',
    );
    expect(turnTexts(result)).toEqual([
      'I: Hvad så?',
      'JKM: Øh, jamen',
      'I: Tak.',
      'JKM: Selv tak.',
    ]);
  });

  it('maps tabs and breaks, keeps tracked insertions and drops tracked deletions', async () => {
    const body = [
      '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>',
      '<w:r><w:t>I:</w:t></w:r><w:r><w:tab/><w:t>Før</w:t><w:br/><w:t>efter</w:t><w:cr/><w:t>slut</w:t></w:r></w:p>',
      '<w:p><w:r><w:t xml:space="preserve">JKM: Det var </w:t></w:r>',
      '<w:del w:id="1" w:author="A"><w:r><w:delText>ikke </w:delText></w:r></w:del>',
      '<w:ins w:id="2" w:author="A"><w:r><w:t>rigtig </w:t></w:r></w:ins>',
      '<w:r><w:t>godt</w:t><w:noBreakHyphen/><w:t>ish.</w:t></w:r></w:p>',
    ].join('');
    const result = await parseTranscript(docxWith(body), 'PFL.docx');
    expect(result.text).toBe('I:\tFør\nefter\nslut\nJKM: Det var rigtig godt-ish.');
  });

  it('drops field instructions but keeps field results and hyperlink text', async () => {
    const body =
      '<w:p><w:r><w:t xml:space="preserve">Se </w:t></w:r>' +
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK "https://x.dk" </w:instrText></w:r>' +
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>hjemmesiden</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
      '<w:r><w:t xml:space="preserve"> og </w:t></w:r><w:hyperlink r:id="rId9" xmlns:r="urn:r"><w:r><w:t>linket</w:t></w:r></w:hyperlink></w:p>';
    expect((await parseTranscript(docxWith(body), 'a.docx')).text).toBe('Se hjemmesiden og linket');
  });

  it('reads tables row by row with tab-separated cells, and content controls', async () => {
    const cell = (...paragraphs: string[]) => `<w:tc>${paragraphs.join('')}</w:tc>`;
    const body =
      `<w:tbl><w:tr>${cell(wp('I:'))}${cell(wp('Hvad så?'))}</w:tr><w:tr>${cell(wp('JKM:'))}${cell(wp('Første.'), wp('Anden.'))}</w:tr></w:tbl>` +
      `<w:sdt><w:sdtContent>${wp('Indhold i kontrol')}</w:sdtContent></w:sdt>`;
    expect((await parseTranscript(docxWith(body), 'a.docx')).text).toBe(
      'I:\tHvad så?\nJKM:\tFørste. Anden.\nIndhold i kontrol',
    );
  });

  it('finds the main part through _rels/.rels', async () => {
    const result = await parseTranscript(
      docxWith(wp('I: Hej') + wp('JKM: Hej'), { mainPart: 'word/document2.xml' }),
      'a.docx',
    );
    expect(result.text).toBe('I: Hej\nJKM: Hej');
  });

  it('names the file when the document has no text', async () => {
    expect(await importError(docxWith(wp('') + wp('   ')), 'Tom.docx')).toEqual({
      code: 'import.empty',
      message: 'Tom.docx: the file is empty (it contains no text)',
    });
  });

  it('explains a password-protected docx (OLE2 with EncryptedPackage)', async () => {
    const error = await importError(ole2With('EncryptedPackage'), 'Hemmelig.docx');
    expect(error.code).toBe('import.encrypted');
    expect(error.message).toMatch(/^Hemmelig\.docx: .*password-protected/);
  });

  it('explains an old .doc file renamed to .docx', async () => {
    const error = await importError(ole2With('WordDocument'), 'Gammel.docx');
    expect(error.code).toBe('import.legacy-doc');
    expect(error.message).toMatch(/^Gammel\.docx: .*old Word \.doc file.*save it as \.docx/);
  });

  it('reports any other OLE2 file as encrypted or legacy', async () => {
    const error = await importError(ole2With('Something'), 'x.docx');
    expect(error.code).toBe('import.encrypted');
    expect(error.message).toMatch(/^x\.docx: .*OLE2/);
  });

  it('reports a truncated docx as damaged', async () => {
    const bytes = docxWith(wp('I: Hej'));
    const error = await importError(bytes.subarray(0, Math.floor(bytes.length / 2)), 'Halv.docx');
    expect(error.code).toBe('import.corrupt-docx');
    expect(error.message).toMatch(
      /^Halv\.docx: the file is damaged or truncated and cannot be read as a Word \.docx document/,
    );
  });

  it('reports a renamed text file or PDF as not a docx', async () => {
    const text = await importError(new TextEncoder().encode('I: hej\nJKM: hej'), 'tekst.docx');
    expect(text).toMatchObject({ code: 'import.corrupt-docx' });
    expect(text.message).toMatch(/^tekst\.docx: .*not a ZIP archive/);
    const pdf = await importError(new TextEncoder().encode('%PDF-1.4\n'), 'pdf.docx');
    expect(pdf.message).toMatch(/^pdf\.docx: .*it is a PDF document/);
  });

  it('reports a zip without word/document.xml, hinting at ODT when it is one', async () => {
    const error = await importError(odtWith('<text:p>I: Hej</text:p>'), 'Forkert.docx');
    expect(error.code).toBe('import.corrupt-docx');
    expect(error.message).toMatch(
      /^Forkert\.docx: .*has no word\/document\.xml; it looks like an OpenDocument file, rename it to \.odt/,
    );
  });

  it('reports malformed XML with the file and part name', async () => {
    const bytes = zipSync({
      'word/document.xml': new TextEncoder().encode(
        '<w:document xmlns:w="x"><w:body><w:p></w:body>',
      ),
    });
    const error = await importError(bytes, 'Brudt.docx');
    expect(error.code).toBe('import.corrupt-docx');
    expect(error.message).toMatch(/^Brudt\.docx \(word\/document\.xml\): malformed XML/);
  });

  it('refuses a zip bomb by its compression ratio, naming the file', async () => {
    const error = await importError(zerosZip('word/document.xml', 4), 'Bombe.docx');
    expect(error.code).toBe('import.zip-bomb');
    expect(error.message).toMatch(/^Bombe\.docx: entry "word\/document\.xml" .*zip bomb/);
  });

  it('refuses a zip bomb whose declared size lies, naming the file', async () => {
    const error = await importError(
      withDeclaredSize(zerosZip('word/document.xml', 2), 1000),
      'Løgn.docx',
    );
    expect(error.code).toBe('import.zip-bomb');
    expect(error.message).toMatch(
      /^Løgn\.docx: entry "word\/document\.xml" unpacks to more than its declared .*zip bomb/,
    );
  });
});

describe('odt import', () => {
  it('reads paragraphs, headings and list items as lines', async () => {
    const xml =
      '<text:h text:outline-level="1">Interview med JKM</text:h>' +
      '<text:p>I: Hvad så?</text:p>' +
      '<text:list><text:list-item><text:p>JKM: Første punkt</text:p></text:list-item>' +
      '<text:list-item><text:p>andet punkt</text:p><text:list><text:list-item><text:p>indlejret</text:p></text:list-item></text:list></text:list-item></text:list>' +
      '<text:p>I: Tak.</text:p><text:p/>';
    const result = await parseTranscript(odtWith(xml), 'JKM.odt');
    expect(result.format).toBe('odt');
    expect(result.text).toBe(
      'Interview med JKM\nI: Hvad så?\nJKM: Første punkt\nandet punkt\nindlejret\nI: Tak.',
    );
    expect(turnTexts(result)).toEqual([
      'I: Hvad så?',
      'JKM: Første punkt\nandet punkt\nindlejret',
      'I: Tak.',
    ]);
  });

  it('collapses white space like ODF but keeps text:s, text:tab and text:line-break', async () => {
    const xml =
      '<text:p>  JKM:   Det\n  var<text:s text:c="3"/>sådan<text:tab/>ja<text:line-break/>' +
      '<text:span>ny </text:span> <text:span>linje</text:span><text:s/></text:p>';
    expect((await parseTranscript(odtWith(xml), 'a.odt')).text).toBe(
      'JKM: Det var   sådan\tja\nny linje',
    );
  });

  it('skips tracked deletions, notes, comments and frames', async () => {
    const xml =
      '<text:tracked-changes><text:changed-region text:id="c1"><text:deletion><text:p>slettet</text:p></text:deletion></text:changed-region></text:tracked-changes>' +
      '<text:p>I: Tekst<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>fodnote</text:p></text:note-body></text:note>' +
      '<office:annotation><text:p>kommentar</text:p></office:annotation> videre<draw:frame><draw:text-box><text:p>boks</text:p></draw:text-box></draw:frame>.</text:p>';
    expect((await parseTranscript(odtWith(xml), 'a.odt')).text).toBe('I: Tekst videre.');
  });

  it('reads tables row by row', async () => {
    const xml =
      '<table:table><table:table-row><table:table-cell><text:p>I:</text:p></table:table-cell><table:table-cell><text:p>Hej</text:p></table:table-cell></table:table-row></table:table>';
    expect((await parseTranscript(odtWith(xml), 'a.odt')).text).toBe('I:\tHej');
  });

  it('explains a password-protected odt', async () => {
    const error = await importError(
      odtWith('<text:p>x</text:p>', { encrypted: true }),
      'Hemmelig.odt',
    );
    expect(error.code).toBe('import.encrypted');
    expect(error.message).toMatch(/^Hemmelig\.odt: .*password-protected/);
  });

  it('reports a docx renamed to .odt, a truncated odt and an OLE2 file', async () => {
    const renamed = await importError(docxWith(wp('x')), 'Forkert.odt');
    expect(renamed.code).toBe('import.corrupt-odt');
    expect(renamed.message).toMatch(
      /^Forkert\.odt: .*no content\.xml; it looks like a Word file, rename it to \.docx/,
    );
    const bytes = odtWith('<text:p>I: Hej</text:p>');
    const truncated = await importError(bytes.subarray(0, bytes.length - 30), 'Halv.odt');
    expect(truncated.code).toBe('import.corrupt-odt');
    expect((await importError(ole2With('WordDocument'), 'Gammel.odt')).message).toMatch(
      /^Gammel\.odt: .*not an OpenDocument/,
    );
  });

  it('refuses a zip bomb in content.xml', async () => {
    const error = await importError(zerosZip('content.xml', 4), 'Bombe.odt');
    expect(error.code).toBe('import.zip-bomb');
    expect(error.message).toMatch(/^Bombe\.odt: /);
  });
});
