/** Builds small DOCX and ODT files in memory for import tests. */
import { writeZip } from '../../../src/main/backend/formats/zip-write';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export function docxWith(bodyXml: string, options: { mainPart?: string } = {}): Uint8Array {
  const mainPart = options.mainPart ?? 'word/document.xml';
  return writeZip([
    {
      path: '[Content_Types].xml',
      data: `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/${mainPart}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    },
    {
      path: '_rels/.rels',
      data: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${mainPart}"/></Relationships>`,
    },
    {
      path: mainPart,
      data: `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${bodyXml}<w:sectPr/></w:body></w:document>`,
    },
  ]);
}

/** A paragraph of plain runs. */
export const wp = (...runs: string[]) =>
  `<w:p>${runs.map((t) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`).join('')}</w:p>`;

const ODF_NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"';

export function odtWith(textXml: string, options: { encrypted?: boolean } = {}): Uint8Array {
  const encryption = options.encrypted
    ? '<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="x"><manifest:algorithm manifest:algorithm-name="Blowfish CFB" manifest:initialisation-vector="x"/></manifest:encryption-data>'
    : '';
  return writeZip([
    { path: 'mimetype', data: 'application/vnd.oasis.opendocument.text', store: true },
    {
      path: 'META-INF/manifest.xml',
      data: `<?xml version="1.0"?><manifest:manifest ${ODF_NS}><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">${encryption}</manifest:file-entry></manifest:manifest>`,
    },
    {
      path: 'content.xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${ODF_NS}><office:body><office:text>${textXml}</office:text></office:body></office:document-content>`,
    },
  ]);
}

/** The OLE2 compound-file signature followed by a directory entry name in UTF-16LE. */
export function ole2With(streamName: string): Uint8Array {
  const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const name = [...Buffer.from(streamName, 'utf16le')];
  return new Uint8Array([...header, ...new Array<number>(504).fill(0), ...name, 0, 0]);
}
