import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import type { ParsedTranscript } from '@shared/transcript/parsed';
import { parseTranscript } from '../../../src/main/backend/import/parse-file';
import { docxWith, odtWith, ole2With, wordPart, wp } from './office-builders';
import { deepDocx } from './hostile-files';

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

  // Changed on purpose: notes, comments and text boxes used to vanish; now they are kept.
  it('skips tracked deletions; keeps notes, comments and text boxes with their marks', async () => {
    const xml =
      '<text:tracked-changes><text:changed-region text:id="c1"><text:deletion><text:p>slettet</text:p></text:deletion></text:changed-region></text:tracked-changes>' +
      '<text:p>I: Tekst<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>fodnote</text:p></text:note-body></text:note>' +
      '<office:annotation><text:p>kommentar</text:p></office:annotation> videre<draw:frame><draw:text-box><text:p>boks</text:p></draw:text-box></draw:frame>.</text:p>';
    const result = await parseTranscript(odtWith(xml), 'a.odt');
    expect(result.text).toBe(
      'I: Tekst[1][Comment 1] videre.\n[Text box] boks\n\nFootnotes\n[1] fodnote\n\nComments\n[Comment 1] kommentar',
    );
    expect(result.warnings).toEqual(['tracked changes were imported as if accepted']);
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

/** A numbered or bulleted Word paragraph. */
const wli = (numId: number, level: number, text: string) =>
  `<w:p><w:pPr><w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;

const lvl = (ilvl: number, fmt: string, text: string, extra = '') =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/>${extra}</w:lvl>`;

const numbering = (content: string) => ({ 'word/numbering.xml': wordPart('numbering', content) });
const styles = (content: string) => ({ 'word/styles.xml': wordPart('styles', content) });

describe('docx list labels', () => {
  it('computes labels from numbering.xml: formats, multi-level text, restarts and overrides', async () => {
    const parts = numbering(
      '<w:abstractNum w:abstractNumId="0">' +
        lvl(0, 'upperRoman', '%1.') +
        lvl(1, 'decimal', '%1.%2.') +
        lvl(2, 'upperLetter', '(%3)') +
        '</w:abstractNum>' +
        '<w:abstractNum w:abstractNumId="1">' +
        lvl(0, 'decimalZero', '%1 –') +
        lvl(1, 'lowerLetter', '%2)', '<w:isLgl/>') +
        '</w:abstractNum>' +
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>' +
        '<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>' +
        '<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>' +
        '<w:num w:numId="4"><w:abstractNumId w:val="1"/></w:num>',
    );
    const body = [
      wli(1, 0, 'Første'),
      wli(1, 1, 'Under'),
      wli(1, 1, 'Under igen'),
      wli(1, 2, 'Dybt'),
      wli(1, 0, 'Anden'),
      wli(1, 1, 'Ny under'),
      wp('Afbrudt'),
      wli(2, 0, 'Fortsætter (samme abstractNum)'),
      wli(3, 0, 'Starter forfra'),
      wli(4, 0, 'Nul-fyldt'),
      wli(4, 1, 'Juridisk'),
      wli(0, 0, 'numId 0: ingen nummer'),
    ].join('');
    expect((await parseTranscript(docxWith(body, { parts }), 'a.docx')).text).toBe(
      [
        'I. Første',
        'I.1. Under',
        'I.2. Under igen',
        '(A) Dybt',
        'II. Anden',
        'II.1. Ny under',
        'Afbrudt',
        'III. Fortsætter (samme abstractNum)',
        'I. Starter forfra',
        '01 – Nul-fyldt',
        '1) Juridisk',
        'numId 0: ingen nummer',
      ].join('\n'),
    );
  });

  it('takes numbering from the paragraph style, and maps Word symbol-font bullets', async () => {
    const parts = {
      ...numbering(
        '<w:abstractNum w:abstractNumId="0">' +
          lvl(0, 'decimal', '%1.', '<w:pStyle w:val="Nummer"/>') +
          '</w:abstractNum><w:abstractNum w:abstractNumId="1">' +
          lvl(0, 'bullet', '\uf0b7', '<w:rPr><w:rFonts w:ascii="Symbol"/></w:rPr>') +
          lvl(1, 'bullet', 'o', '<w:rPr><w:rFonts w:ascii="Courier New"/></w:rPr>') +
          lvl(2, 'bullet', '\uf0a7', '<w:rPr><w:rFonts w:ascii="Wingdings"/></w:rPr>') +
          '</w:abstractNum><w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="6"><w:abstractNumId w:val="1"/></w:num>',
      ),
      ...styles(
        '<w:style w:type="paragraph" w:styleId="Nummer"><w:name w:val="List Number"/><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>',
      ),
    };
    const styled = (text: string) =>
      `<w:p><w:pPr><w:pStyle w:val="Nummer"/></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const body =
      styled('Et') + styled('To') + wli(6, 0, 'Prik') + wli(6, 1, 'Ring') + wli(6, 2, 'Firkant');
    expect((await parseTranscript(docxWith(body, { parts }), 'a.docx')).text).toBe(
      '1. Et\n2. To\n• Prik\n◦ Ring\n▪ Firkant',
    );
  });
});

describe('docx hidden text', () => {
  it('leaves out text hidden directly, by character style and by paragraph style', async () => {
    const parts = styles(
      '<w:style w:type="character" w:styleId="Skjult"><w:rPr><w:vanish/></w:rPr></w:style>' +
        '<w:style w:type="paragraph" w:styleId="SkjultAfsnit"><w:rPr><w:vanish/></w:rPr></w:style>',
    );
    const run = (text: string, rPr = '') =>
      `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
    const body =
      `<w:p>${run('I: Synlig ')}${run('skjult ', '<w:vanish/>')}${run('stil ', '<w:rStyle w:val="Skjult"/>')}${run('alligevel ', '<w:rStyle w:val="Skjult"/><w:vanish w:val="0"/>')}${run('web', '<w:webHidden/>')}</w:p>` +
      `<w:p><w:pPr><w:pStyle w:val="SkjultAfsnit"/></w:pPr>${run('Hele afsnittet')}</w:p>` +
      `<w:p>${run('Kun skjult tekst', '<w:vanish/>')}</w:p>` +
      wp('JKM: Slut.');
    const result = await parseTranscript(docxWith(body, { parts }), 'a.docx');
    expect(result.text).toBe('I: Synlig alligevel web\nJKM: Slut.');
    expect(result.warnings).toEqual(['hidden text in 3 paragraphs was left out']);
  });
});

describe('docx notes, comments and text boxes', () => {
  const footnotes = (...notes: string[]) => ({
    'word/footnotes.xml': wordPart(
      'footnotes',
      '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>' +
        notes.map((n, i) => `<w:footnote w:id="${i + 1}">${n}</w:footnote>`).join(''),
    ),
  });
  const ref = (id: number) => `<w:r><w:footnoteReference w:id="${id}"/></w:r>`;

  it('numbers footnotes by reference order, in the format of settings.xml, with custom marks', async () => {
    const parts = {
      ...footnotes(
        '<w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Første note.</w:t></w:r></w:p>',
        '<w:p><w:r><w:t>Anden note,</w:t><w:br/><w:t>med linjeskift</w:t></w:r></w:p><w:p><w:r><w:t>og et afsnit mere.</w:t></w:r></w:p>',
        '<w:p><w:r><w:t>Stjernenote.</w:t></w:r></w:p>',
      ),
      'word/settings.xml': wordPart(
        'settings',
        '<w:footnotePr><w:numFmt w:val="upperLetter"/></w:footnotePr>',
      ),
    };
    const body =
      `<w:p><w:r><w:t>I: Et</w:t></w:r>${ref(2)}<w:r><w:t xml:space="preserve"> to</w:t></w:r>${ref(1)}</w:p>` +
      '<w:p><w:r><w:t>JKM: Tre</w:t></w:r><w:r><w:footnoteReference w:customMarkFollows="1" w:id="3"/><w:t>*</w:t></w:r></w:p>' +
      `<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>skjult</w:t></w:r>${'<w:r><w:rPr><w:vanish/></w:rPr><w:footnoteReference w:id="1"/></w:r>'}</w:p>`;
    const result = await parseTranscript(docxWith(body, { parts }), 'a.docx');
    expect(result.text).toBe(
      'I: Et[A] to[B]\nJKM: Tre[*]\n\nFootnotes\n[A] Anden note, med linjeskift og et afsnit mere.\n[B] Første note.\n[*] Stjernenote.',
    );
    expect(result.turns.map((t) => result.text.slice(t.startUtf16, t.endUtf16))).toEqual([
      'I: Et[A] to[B]',
      'JKM: Tre[*]',
    ]);
  });

  it('numbers comments in document order and marks where the commented passage ends', async () => {
    const parts = {
      'word/comments.xml': wordPart(
        'comments',
        '<w:comment w:id="7" w:author="Anna Berg"><w:p><w:r><w:annotationRef/></w:r><w:r><w:t>Senere kommentar</w:t></w:r></w:p></w:comment>' +
          '<w:comment w:id="3"><w:p><w:r><w:t>Uden forfatter</w:t></w:r></w:p></w:comment>',
      ),
    };
    const body =
      '<w:p><w:r><w:t xml:space="preserve">I: Et </w:t></w:r><w:commentRangeStart w:id="3"/><w:r><w:t>ord</w:t></w:r><w:commentRangeEnd w:id="3"/><w:r><w:commentReference w:id="3"/></w:r><w:r><w:t>.</w:t></w:r></w:p>' +
      '<w:p><w:r><w:t>JKM: Punkt</w:t></w:r><w:r><w:commentReference w:id="7"/></w:r></w:p>';
    expect((await parseTranscript(docxWith(body, { parts }), 'a.docx')).text).toBe(
      'I: Et ord[Comment 1].\nJKM: Punkt[Comment 2]\n\nComments\n[Comment 1] Uden forfatter\n[Comment 2] Anna Berg: Senere kommentar',
    );
  });

  it('reads a VML text box, takes one branch of mc:AlternateContent, drops an empty box', async () => {
    const box = (text: string) => `<w:txbxContent>${wp(text)}</w:txbxContent>`;
    const body =
      `<w:p><w:r><w:t>I: Før</w:t></w:r><w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox>${box('VML-boks')}</v:textbox></v:shape></w:pict></w:r></w:p>` +
      `<w:p><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps"><w:drawing><wps:wsp xmlns:wps="urn:wps"><wps:txbx>${box('Kun én gang')}</wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox xmlns:v="urn:schemas-microsoft-com:vml">${box('Kun én gang')}</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>JKM: Efter</w:t></w:r></w:p>` +
      `<w:p><w:r><w:drawing><wps:wsp xmlns:wps="urn:wps"><wps:txbx>${box('')}</wps:txbx></wps:wsp></w:drawing></w:r><w:r><w:t>I: Tom boks</w:t></w:r></w:p>`;
    const result = await parseTranscript(docxWith(body), 'a.docx');
    expect(result.text).toBe(
      'I: Før\n[Text box] VML-boks\nJKM: Efter\n[Text box] Kun én gang\nI: Tom boks',
    );
    expect(result.warnings).toEqual([]);
  });
});

describe('docx content that is not imported', () => {
  it('counts charts, SmartArt, equations, embedded objects, shapes, images, headers and footers', async () => {
    const graphic = (uri: string, inner: string) =>
      `<w:r><w:drawing><wp:inline xmlns:wp="urn:wp"><a:graphic xmlns:a="urn:a"><a:graphicData uri="${uri}">${inner}</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`;
    const rels =
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      ['header', 'header', 'footer', 'footer']
        .map(
          (type, i) =>
            `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${type}${i + 1}.xml"/>`,
        )
        .join('') +
      '</Relationships>';
    const parts = {
      'word/_rels/document.xml.rels': rels,
      'word/header1.xml': wordPart('hdr', wp('Fortroligt')),
      'word/header2.xml': wordPart('hdr', wp('Kun på lige sider')),
      'word/footer3.xml': wordPart('ftr', '<w:p><w:pPr><w:pStyle w:val="Sidefod"/></w:pPr></w:p>'),
      'word/footer4.xml': wordPart(
        'ftr',
        '<w:p><w:fldSimple w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p>',
      ),
    };
    const body =
      `<w:p><w:r><w:t>I: Figur</w:t></w:r>${graphic('urn:chart', '<c:chart xmlns:c="urn:c"/>')}${graphic('urn:dgm', '<dgm:relIds xmlns:dgm="urn:dgm"/>')}${graphic('urn:pic', '<pic:pic xmlns:pic="urn:pic"/>')}${graphic('urn:pic', '<pic:pic xmlns:pic="urn:pic"/>')}</w:p>` +
      `<w:p><w:r><w:t xml:space="preserve">JKM: Formlen </w:t></w:r><m:oMath xmlns:m="urn:m"><m:r><m:t>x=2</m:t></m:r></m:oMath><w:r><w:t xml:space="preserve"> og </w:t></w:r>` +
      `<w:r><w:object><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:imagedata/></v:shape><o:OLEObject xmlns:o="urn:o" ProgID="Equation.3"/></w:object></w:r>` +
      `<w:r><w:object><o:OLEObject xmlns:o="urn:o" ProgID="Excel.Sheet.12"/></w:object></w:r>` +
      `${graphic('urn:wps', '<wps:wsp xmlns:wps="urn:wps"><wps:spPr/></wps:wsp>')}</w:p>` +
      '<w:p><w:pPr><w:sectPr><w:headerReference w:type="default" r:id="rId1"/><w:headerReference w:type="even" r:id="rId2"/><w:footerReference w:type="default" r:id="rId3"/><w:footerReference w:type="first" r:id="rId4"/><w:titlePg/></w:sectPr></w:pPr></w:p>';
    const result = await parseTranscript(docxWith(body, { parts }), 'a.docx');
    expect(result.text).toBe('I: Figur\nJKM: Formlen  og');
    expect(result.warnings).toEqual([
      '2 images, 1 chart, 1 diagram, 2 equations, 1 embedded object, 1 shape, 1 header and 1 footer were not imported',
    ]);
  });

  it('says "was" for a single item', async () => {
    const body = `<w:p><w:r><w:t>I: Et billede</w:t></w:r><w:r><w:drawing><pic:pic xmlns:pic="urn:pic"/></w:drawing></w:r></w:p>`;
    expect((await parseTranscript(docxWith(body), 'a.docx')).warnings).toEqual([
      '1 image was not imported',
    ]);
  });
});

describe('XML nested too deep', () => {
  it('refuses a .docx with 100,000 nested elements at once, naming the file, part and limit', async () => {
    const started = Date.now();
    const error = await importError(deepDocx(100_000), 'Dyb.docx');
    expect(Date.now() - started).toBeLessThan(20_000); // measured: about 0.1 s (was 105–210 s)
    expect(error.code).toBe('import.xml-too-deep');
    expect(error.message).toMatch(
      /^Dyb\.docx \(word\/document\.xml\): XML elements are nested more than 256 deep \(at line 1, column \d+\); refused as a possibly hostile file$/,
    );
  });

  it('still reads a document nested 200 deep', async () => {
    const body =
      '<w:sdt><w:sdtContent>'.repeat(120) +
      wp('I: Dybt inde') +
      '</w:sdtContent></w:sdt>'.repeat(120);
    expect((await parseTranscript(docxWith(body), 'a.docx')).text).toBe('I: Dybt inde');
  });

  it('refuses an .odt nested too deep the same way', async () => {
    const xml = '<text:section>'.repeat(300) + '<text:p>x</text:p>' + '</text:section>'.repeat(300);
    const error = await importError(odtWith(xml), 'Dyb.odt');
    expect(error.code).toBe('import.xml-too-deep');
    expect(error.message).toMatch(
      /^Dyb\.odt \(content\.xml\): XML elements are nested more than 256 deep/,
    );
  });
});

describe('odt hidden text', () => {
  it('leaves out hidden spans, hidden-text fields, hidden paragraphs and hidden sections', async () => {
    const automaticStyles =
      '<style:style style:name="T1" style:family="text"><style:text-properties text:display="none"/></style:style>' +
      '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Skjult"/>';
    const styles =
      '<style:style style:name="Skjult" style:family="paragraph"><style:text-properties text:display="none"/></style:style>';
    const xml =
      '<text:p>I: Synlig <text:span text:style-name="T1">skjult </text:span><text:hidden-text text:condition="ooow:1" text:string-value="felt" text:is-hidden="true">felt </text:hidden-text><text:hidden-text text:condition="ooow:0" text:string-value="vist" text:is-hidden="false">vist</text:hidden-text></text:p>' +
      '<text:p text:style-name="P1">Afsnit med skjult stil (arvet)</text:p>' +
      '<text:p><text:hidden-paragraph text:condition="ooow:1" text:is-hidden="true"/>Betinget skjult afsnit</text:p>' +
      '<text:section text:name="S1" text:display="none"><text:p>Skjult sektion</text:p></text:section>' +
      '<text:section text:name="S2" text:display="condition" text:condition="ooow:1"><text:p>Betinget sektion</text:p></text:section>' +
      '<text:p>JKM: Slut.</text:p>';
    const result = await parseTranscript(odtWith(xml, { automaticStyles, styles }), 'a.odt');
    expect(result.text).toBe('I: Synlig vist\nJKM: Slut.');
    expect(result.warnings).toEqual(['hidden text in 5 paragraphs was left out']);
  });
});

describe('odt list labels', () => {
  const numberLevel = (level: number, format: string, extra = '') =>
    `<text:list-level-style-number text:level="${level}" style:num-format="${format}" ${extra}/>`;
  const automaticStyles =
    `<text:list-style style:name="L1">${numberLevel(1, '1', 'style:num-suffix="."')}${numberLevel(2, 'a', 'style:num-suffix="." text:display-levels="2"')}</text:list-style>` +
    `<text:list-style style:name="L2">${numberLevel(1, 'I', 'style:num-prefix="(" style:num-suffix=")" text:start-value="4"')}</text:list-style>`;
  const item = (text: string, inner = '', attrs = '') =>
    `<text:list-item${attrs}><text:p>${text}</text:p>${inner}</text:list-item>`;

  it('counts levels, continues lists, honours start values, display levels and prefixes', async () => {
    const xml =
      `<text:list text:style-name="L1" xml:id="list1">${item('Et', `<text:list>${item('a')}${item('b')}</text:list>`)}${item('To')}</text:list>` +
      '<text:p>Afbrudt</text:p>' +
      `<text:list text:style-name="L1" text:continue-numbering="true">${item('Tre')}<text:list-header><text:p>Overskrift uden nummer</text:p></text:list-header>${item('Fem', '', ' text:start-value="5"')}</text:list>` +
      `<text:list text:style-name="L1">${item('Forfra')}</text:list>` +
      `<text:list text:style-name="L1" text:continue-list="list1">${item('Fortsat fra første liste')}</text:list>` +
      `<text:list text:style-name="L2">${item('Romertal')}${item('og to afsnit', '<text:p>andet afsnit uden nummer</text:p>')}</text:list>`;
    expect((await parseTranscript(odtWith(xml, { automaticStyles }), 'a.odt')).text).toBe(
      [
        '1. Et',
        '1.a. a',
        '1.b. b',
        '2. To',
        'Afbrudt',
        '3. Tre',
        'Overskrift uden nummer',
        '5. Fem',
        '1. Forfra',
        '6. Fortsat fra første liste', // list1 went on to 5 through the list that continued it
        '(IV) Romertal',
        '(V) og to afsnit',
        'andet afsnit uden nummer',
      ].join('\n'),
    );
  });

  it('numbers headings by the outline style, when it has a format', async () => {
    const styles =
      '<text:outline-style style:name="Outline"><text:outline-level-style text:level="1" style:num-format="1" style:num-suffix="."/><text:outline-level-style text:level="2" style:num-format="1" text:display-levels="2"/></text:outline-style>';
    const xml =
      '<text:h text:outline-level="1">Indledning</text:h><text:h text:outline-level="2">Metode</text:h><text:h text:outline-level="2">Data</text:h><text:h text:outline-level="1"><text:number>2.</text:number>Analyse</text:h>';
    expect((await parseTranscript(odtWith(xml, { styles }), 'a.odt')).text).toBe(
      '1. Indledning\n1.1 Metode\n1.2 Data\n2. Analyse',
    );
  });
});

describe('odt content that is not imported', () => {
  it('counts images, charts, formulas, objects and shapes; shape text becomes a text box', async () => {
    const frame = (inner: string) => `<draw:frame>${inner}</draw:frame>`;
    const xml =
      `<text:p>I: Se${frame('<draw:image xlink:href="Pictures/a.png"/>')}${frame('<draw:object xlink:href="./Object 1"/><draw:image xlink:href="./ObjectReplacements/Object 1"/>')}${frame('<draw:object xlink:href="./Object 2"/>')}${frame('<draw:object-ole xlink:href="./Object 3"/>')}</text:p>` +
      '<text:p>JKM: Figurer<draw:g><draw:custom-shape><text:p>Tekst i figur</text:p></draw:custom-shape><draw:rect/></draw:g></text:p>';
    const masterStyles =
      '<style:master-page style:name="Standard"><style:header><text:p>Fortroligt</text:p></style:header><style:header-left style:display="false"><text:p>Fortroligt</text:p></style:header-left><style:header-first><text:p>Fortroligt</text:p></style:header-first><style:footer><text:p><text:page-number>1</text:page-number></text:p></style:footer></style:master-page>' +
      '<style:master-page style:name="Tom"><style:footer><text:p/></style:footer></style:master-page>';
    const manifest = {
      'Object 1/': 'application/vnd.oasis.opendocument.chart',
      'Object 2/': 'application/vnd.oasis.opendocument.formula',
    };
    const result = await parseTranscript(odtWith(xml, { masterStyles, manifest }), 'a.odt');
    expect(result.text).toBe('I: Se\nJKM: Figurer\n[Text box] Tekst i figur');
    expect(result.warnings).toEqual([
      '1 image, 1 chart, 1 equation, 1 embedded object, 1 shape, 1 header and 1 footer were not imported',
    ]);
  });
});

describe('docx and odt agree', () => {
  it('give the same text for the same notes, comments, lists and tables', async () => {
    const docx = docxWith(
      '<w:tbl><w:tr><w:tc>' +
        wp('I:') +
        '</w:tc><w:tc>' +
        wp('Hej') +
        '</w:tc></w:tr></w:tbl>' +
        '<w:p><w:r><w:t>JKM: Svar</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:commentReference w:id="0"/></w:r></w:p>' +
        wli(1, 0, 'Punkt'),
      {
        parts: {
          ...numbering(
            `<w:abstractNum w:abstractNumId="0">${lvl(0, 'lowerLetter', '%1)')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`,
          ),
          'word/footnotes.xml': wordPart(
            'footnotes',
            `<w:footnote w:id="1">${wp(' Note')}</w:footnote>`,
          ),
          'word/comments.xml': wordPart(
            'comments',
            `<w:comment w:id="0" w:author="AB">${wp('Tjek')}</w:comment>`,
          ),
        },
      },
    );
    const odt = odtWith(
      '<table:table><table:table-row><table:table-cell><text:p>I:</text:p></table:table-cell><table:table-cell><text:p>Hej</text:p></table:table-cell></table:table-row></table:table>' +
        '<text:p>JKM: Svar<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Note</text:p></text:note-body></text:note><office:annotation><dc:creator>AB</dc:creator><text:p>Tjek</text:p></office:annotation></text:p>' +
        '<text:list text:style-name="L1"><text:list-item><text:p>Punkt</text:p></text:list-item></text:list>',
      {
        automaticStyles:
          '<text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-format="a" style:num-suffix=")"/></text:list-style>',
      },
    );
    const fromDocx = await parseTranscript(docx, 'a.docx');
    const fromOdt = await parseTranscript(odt, 'a.odt');
    expect(fromDocx.text).toBe(
      'I:\tHej\nJKM: Svar[1][Comment 1]\na) Punkt\n\nFootnotes\n[1] Note\n\nComments\n[Comment 1] AB: Tjek',
    );
    expect(fromOdt.text).toBe(fromDocx.text);
    expect(fromOdt.turns).toEqual(fromDocx.turns);
  });
});
