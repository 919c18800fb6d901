/**
 * Parts every Office Open XML package needs (Open Packaging Conventions): content types,
 * relationships and document properties. Shared by the DOCX and XLSX writers. The
 * properties carry no dates and no user names so exports are reproducible byte for byte.
 */
import { XML_DECLARATION, xmlElement, xmlTextElement } from '../formats/xml-write';

const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export const REL_TYPE = {
  officeDocument: `${OFFICE_REL}/officeDocument`,
  extendedProperties: `${OFFICE_REL}/extended-properties`,
  coreProperties:
    'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
  styles: `${OFFICE_REL}/styles`,
  numbering: `${OFFICE_REL}/numbering`,
  settings: `${OFFICE_REL}/settings`,
  worksheet: `${OFFICE_REL}/worksheet`,
} as const;

export interface PartOverride {
  /** Absolute part name, e.g. `/word/document.xml`. */
  partName: string;
  contentType: string;
}

export function contentTypesXml(overrides: readonly PartOverride[]): string {
  const all: PartOverride[] = [
    ...overrides,
    {
      partName: '/docProps/core.xml',
      contentType: 'application/vnd.openxmlformats-package.core-properties+xml',
    },
    {
      partName: '/docProps/app.xml',
      contentType: 'application/vnd.openxmlformats-officedocument.extended-properties+xml',
    },
  ];
  return (
    XML_DECLARATION +
    xmlElement('Types', { xmlns: 'http://schemas.openxmlformats.org/package/2006/content-types' }, [
      xmlElement('Default', {
        Extension: 'rels',
        ContentType: 'application/vnd.openxmlformats-package.relationships+xml',
      }),
      xmlElement('Default', { Extension: 'xml', ContentType: 'application/xml' }),
      ...all.map((part) =>
        xmlElement('Override', { PartName: part.partName, ContentType: part.contentType }),
      ),
    ])
  );
}

export interface Relationship {
  id: string;
  type: string;
  /** Relative to the folder of the part that owns the relationships. */
  target: string;
}

export function relationshipsXml(relationships: readonly Relationship[]): string {
  return (
    XML_DECLARATION +
    xmlElement(
      'Relationships',
      { xmlns: RELATIONSHIPS_NS },
      relationships.map((rel) =>
        xmlElement('Relationship', { Id: rel.id, Type: rel.type, Target: rel.target }),
      ),
    )
  );
}

/** `_rels/.rels`: the main part plus the two property parts. */
export function packageRelationshipsXml(mainPart: string): string {
  return relationshipsXml([
    { id: 'rId1', type: REL_TYPE.officeDocument, target: mainPart },
    { id: 'rId2', type: REL_TYPE.coreProperties, target: 'docProps/core.xml' },
    { id: 'rId3', type: REL_TYPE.extendedProperties, target: 'docProps/app.xml' },
  ]);
}

export function corePropertiesXml(title: string, language?: string): string {
  return (
    XML_DECLARATION +
    xmlElement(
      'cp:coreProperties',
      {
        'xmlns:cp': 'http://schemas.openxmlformats.org/package/2006/metadata/core-properties',
        'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
        'xmlns:dcterms': 'http://purl.org/dc/terms/',
        'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      },
      [
        xmlTextElement('dc:title', {}, title),
        ...(language ? [xmlTextElement('dc:language', {}, language)] : []),
      ],
    )
  );
}

export function appPropertiesXml(): string {
  return (
    XML_DECLARATION +
    xmlElement(
      'Properties',
      { xmlns: 'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties' },
      [xmlTextElement('Application', {}, 'Citat')],
    )
  );
}
