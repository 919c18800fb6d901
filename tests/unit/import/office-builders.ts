/** Builds small DOCX and ODT files in memory for import tests. */
import { writeZip } from '../../../src/main/backend/formats/zip-write';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export interface DocxOptions {
  mainPart?: string;
  /** More parts by name, e.g. `word/numbering.xml` (found by their default names). */
  parts?: Record<string, string>;
}

/** A Word part: `<w:tag xmlns:w=…>content</w:tag>`. */
export const wordPart = (tag: string, content: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><w:${tag} xmlns:w="${W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${content}</w:${tag}>`;

export function docxWith(bodyXml: string, options: DocxOptions = {}): Uint8Array {
  const mainPart = options.mainPart ?? 'word/document.xml';
  const extra = Object.entries(options.parts ?? {}).map(([path, data]) => ({ path, data }));
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
      data: `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>${bodyXml}<w:sectPr/></w:body></w:document>`,
    },
    ...extra,
  ]);
}

/** A paragraph of plain runs. */
export const wp = (...runs: string[]) =>
  `<w:p>${runs.map((t) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`).join('')}</w:p>`;

const ODF_NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"';

export interface OdtOptions {
  encrypted?: boolean;
  /** Content of content.xml's office:automatic-styles. */
  automaticStyles?: string;
  /** Content of styles.xml's office:styles. */
  styles?: string;
  /** Content of styles.xml's office:master-styles. */
  masterStyles?: string;
  /** More manifest entries: full path → media type. */
  manifest?: Record<string, string>;
}

export function odtWith(textXml: string, options: OdtOptions = {}): Uint8Array {
  const encryption = options.encrypted
    ? '<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="x"><manifest:algorithm manifest:algorithm-name="Blowfish CFB" manifest:initialisation-vector="x"/></manifest:encryption-data>'
    : '';
  return writeZip([
    { path: 'mimetype', data: 'application/vnd.oasis.opendocument.text', store: true },
    {
      path: 'META-INF/manifest.xml',
      data: `<?xml version="1.0"?><manifest:manifest ${ODF_NS}><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">${encryption}</manifest:file-entry>${Object.entries(
        options.manifest ?? {},
      )
        .map(
          ([path, type]) =>
            `<manifest:file-entry manifest:full-path="${path}" manifest:media-type="${type}"/>`,
        )
        .join('')}</manifest:manifest>`,
    },
    {
      path: 'content.xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${ODF_NS}><office:automatic-styles>${options.automaticStyles ?? ''}</office:automatic-styles><office:body><office:text>${textXml}</office:text></office:body></office:document-content>`,
    },
    ...(options.styles !== undefined || options.masterStyles !== undefined
      ? [
          {
            path: 'styles.xml',
            data: `<?xml version="1.0" encoding="UTF-8"?><office:document-styles ${ODF_NS}><office:styles>${options.styles ?? ''}</office:styles><office:master-styles>${options.masterStyles ?? ''}</office:master-styles></office:document-styles>`,
          },
        ]
      : []),
  ]);
}

/** The OLE2 compound-file signature followed by a directory entry name in UTF-16LE. */
export function ole2With(streamName: string): Uint8Array {
  const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const name = [...Buffer.from(streamName, 'utf16le')];
  return new Uint8Array([...header, ...new Array<number>(504).fill(0), ...name, 0, 0]);
}
