/**
 * Assembles a DOCX package around a body built elsewhere (matrix, codebook): the OPC
 * parts, styles, numbering, settings and the section with A4 page setup. Written by hand
 * so we control every byte; the same input always gives the same file.
 */
import { XML_DECLARATION, xmlElement } from '../formats/xml-write';
import { writeZip } from '../formats/zip-write';
import { numberingXml, settingsXml, stylesXml, W_NS } from './docx-styles';
import {
  appPropertiesXml,
  contentTypesXml,
  corePropertiesXml,
  packageRelationshipsXml,
  REL_TYPE,
  relationshipsXml,
} from './opc-parts';

export type PageOrientation = 'portrait' | 'landscape';

/** A4 in twentieths of a point (dxa). */
const A4_SHORT = 11906;
const A4_LONG = 16838;
/** 1.5 cm. */
const MARGIN = 850;

export function textWidthDxa(orientation: PageOrientation): number {
  return (orientation === 'landscape' ? A4_LONG : A4_SHORT) - 2 * MARGIN;
}

export interface DocxContent {
  /** Document title for the file's properties. */
  title: string;
  orientation: PageOrientation;
  /** Rendered block-level elements (w:p, w:tbl) in order. */
  blocks: readonly string[];
  /** BCP 47 tag ("da-DK") for proofing and hyphenation; absent = Word's own default. */
  language?: string;
}

function sectionProperties(orientation: PageOrientation): string {
  const landscape = orientation === 'landscape';
  return xmlElement('w:sectPr', {}, [
    xmlElement('w:pgSz', {
      'w:w': landscape ? A4_LONG : A4_SHORT,
      'w:h': landscape ? A4_SHORT : A4_LONG,
      'w:orient': landscape ? 'landscape' : undefined,
    }),
    xmlElement('w:pgMar', {
      'w:top': MARGIN,
      'w:right': MARGIN,
      'w:bottom': MARGIN,
      'w:left': MARGIN,
      'w:header': 567,
      'w:footer': 567,
      'w:gutter': 0,
    }),
  ]);
}

export function documentXml(content: DocxContent): string {
  // Word expects the body to end with a paragraph, never directly with a table.
  const endsWithParagraph = /^<w:p[\s>/]/.test(content.blocks.at(-1) ?? '');
  const blocks = endsWithParagraph ? content.blocks : [...content.blocks, '<w:p/>'];
  return (
    XML_DECLARATION +
    xmlElement(
      'w:document',
      {
        'xmlns:w': W_NS,
        'xmlns:r': 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
      },
      [`<w:body>\n${[...blocks, sectionProperties(content.orientation)].join('\n')}\n</w:body>`],
    )
  );
}

const WORD_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml';

export function writeDocx(content: DocxContent): Uint8Array {
  return writeZip([
    {
      path: '[Content_Types].xml',
      data: contentTypesXml([
        { partName: '/word/document.xml', contentType: `${WORD_TYPE}.document.main+xml` },
        { partName: '/word/styles.xml', contentType: `${WORD_TYPE}.styles+xml` },
        { partName: '/word/numbering.xml', contentType: `${WORD_TYPE}.numbering+xml` },
        { partName: '/word/settings.xml', contentType: `${WORD_TYPE}.settings+xml` },
      ]),
    },
    { path: '_rels/.rels', data: packageRelationshipsXml('word/document.xml') },
    { path: 'word/document.xml', data: documentXml(content) },
    { path: 'word/styles.xml', data: stylesXml(content.language) },
    { path: 'word/numbering.xml', data: numberingXml() },
    { path: 'word/settings.xml', data: settingsXml() },
    {
      path: 'word/_rels/document.xml.rels',
      data: relationshipsXml([
        { id: 'rId1', type: REL_TYPE.styles, target: 'styles.xml' },
        { id: 'rId2', type: REL_TYPE.numbering, target: 'numbering.xml' },
        { id: 'rId3', type: REL_TYPE.settings, target: 'settings.xml' },
      ]),
    },
    { path: 'docProps/core.xml', data: corePropertiesXml(content.title, content.language) },
    { path: 'docProps/app.xml', data: appPropertiesXml() },
  ]);
}
