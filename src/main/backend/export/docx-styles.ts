/**
 * styles.xml and numbering.xml for every DOCX Citat writes. Style ids are our own and
 * fixed, so body builders can refer to them: Normal, Title, Heading1–3, Legend, Quote
 * (paragraph of a quote), Citation (character style of "(JKM, l. 12)") and Small (memos,
 * notes, "Also coded").
 */
import { XML_DECLARATION, xmlAttrs, xmlElement } from '../formats/xml-write';
import { BULLET_NUM_ID } from './docx-xml';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const val = (value: string | number): { 'w:val': string | number } => ({ 'w:val': value });
const FONT = 'Calibri';

interface StyleSpec {
  type: 'paragraph' | 'character';
  id: string;
  name: string;
  basedOn?: string;
  next?: string;
  /** Already-rendered children of w:pPr / w:rPr. */
  pPr?: string[];
  rPr?: string[];
  isDefault?: boolean;
}

const bold = xmlElement('w:b');
const size = (pt: number): string[] => [
  xmlElement('w:sz', val(pt * 2)),
  xmlElement('w:szCs', val(pt * 2)),
];
const color = (rgb: string): string => xmlElement('w:color', val(rgb));
const spacing = (beforeTwips: number, afterTwips: number): string =>
  xmlElement('w:spacing', { 'w:before': beforeTwips, 'w:after': afterTwips });

const STYLES: StyleSpec[] = [
  {
    type: 'paragraph',
    id: 'Normal',
    name: 'Normal',
    isDefault: true,
    pPr: [spacing(0, 60)],
    rPr: size(10),
  },
  {
    type: 'paragraph',
    id: 'Title',
    name: 'Title',
    basedOn: 'Normal',
    next: 'Normal',
    pPr: [xmlElement('w:keepNext'), spacing(0, 240)],
    rPr: [bold, ...size(22)],
  },
  {
    type: 'paragraph',
    id: 'Heading1',
    name: 'heading 1',
    basedOn: 'Normal',
    next: 'Normal',
    pPr: [xmlElement('w:keepNext'), spacing(240, 120), xmlElement('w:outlineLvl', val(0))],
    rPr: [bold, color('1F3864'), ...size(16)],
  },
  {
    type: 'paragraph',
    id: 'Heading2',
    name: 'heading 2',
    basedOn: 'Normal',
    next: 'Normal',
    pPr: [xmlElement('w:keepNext'), spacing(200, 80), xmlElement('w:outlineLvl', val(1))],
    rPr: [bold, color('1F3864'), ...size(13)],
  },
  {
    type: 'paragraph',
    id: 'Heading3',
    name: 'heading 3',
    basedOn: 'Normal',
    next: 'Normal',
    pPr: [xmlElement('w:keepNext'), spacing(160, 60), xmlElement('w:outlineLvl', val(2))],
    rPr: [bold, ...size(11)],
  },
  { type: 'paragraph', id: 'Legend', name: 'Legend', basedOn: 'Normal', pPr: [spacing(0, 20)] },
  { type: 'paragraph', id: 'Quote', name: 'Quote', basedOn: 'Normal', pPr: [spacing(0, 40)] },
  {
    type: 'paragraph',
    id: 'Small',
    name: 'Small',
    basedOn: 'Normal',
    pPr: [spacing(0, 40)],
    rPr: [color('595959'), ...size(8)],
  },
  { type: 'character', id: 'Citation', name: 'Citation', rPr: [color('595959')] },
];

function styleXml(style: StyleSpec): string {
  const children: string[] = [xmlElement('w:name', val(style.name))];
  if (style.basedOn) children.push(xmlElement('w:basedOn', val(style.basedOn)));
  if (style.next) children.push(xmlElement('w:next', val(style.next)));
  children.push(xmlElement('w:qFormat'));
  if (style.pPr) children.push(xmlElement('w:pPr', {}, style.pPr));
  if (style.rPr) children.push(xmlElement('w:rPr', {}, style.rPr));
  return xmlElement(
    'w:style',
    { 'w:type': style.type, 'w:default': style.isDefault ? 1 : undefined, 'w:styleId': style.id },
    children,
  );
}

/** `language` (e.g. "da-DK") sets the proofing and hyphenation language of every run. */
export function stylesXml(language?: string): string {
  const fonts = xmlElement('w:rFonts', {
    'w:ascii': FONT,
    'w:hAnsi': FONT,
    'w:eastAsia': FONT,
    'w:cs': FONT,
  });
  const docDefaults = xmlElement('w:docDefaults', {}, [
    xmlElement('w:rPrDefault', {}, [
      xmlElement('w:rPr', {}, [
        fonts,
        ...size(10),
        ...(language ? [xmlElement('w:lang', { 'w:val': language })] : []),
      ]),
    ]),
    xmlElement('w:pPrDefault', {}, [xmlElement('w:pPr', {}, [spacing(0, 0)])]),
  ]);
  const children = [docDefaults, ...STYLES.map(styleXml)].join('\n');
  return `${XML_DECLARATION}<w:styles${xmlAttrs({ 'xmlns:w': W_NS })}>\n${children}\n</w:styles>`;
}

/** One bullet list ("•", hanging indent small enough for narrow table cells). */
export function numberingXml(): string {
  const level = xmlElement('w:lvl', { 'w:ilvl': 0 }, [
    xmlElement('w:start', val(1)),
    xmlElement('w:numFmt', val('bullet')),
    xmlElement('w:lvlText', val('•')),
    xmlElement('w:lvlJc', val('left')),
    xmlElement('w:pPr', {}, [xmlElement('w:ind', { 'w:left': 227, 'w:hanging': 170 })]),
    xmlElement('w:rPr', {}, [xmlElement('w:rFonts', { 'w:ascii': FONT, 'w:hAnsi': FONT })]),
  ]);
  return (
    XML_DECLARATION +
    xmlElement('w:numbering', { 'xmlns:w': W_NS }, [
      xmlElement('w:abstractNum', { 'w:abstractNumId': 0 }, [
        xmlElement('w:multiLevelType', val('singleLevel')),
        level,
      ]),
      xmlElement('w:num', { 'w:numId': BULLET_NUM_ID }, [xmlElement('w:abstractNumId', val(0))]),
    ])
  );
}

export function settingsXml(): string {
  return (
    XML_DECLARATION +
    xmlElement('w:settings', { 'xmlns:w': W_NS }, [
      xmlElement('w:defaultTabStop', val(709)),
      xmlElement('w:characterSpacingControl', val('doNotCompress')),
      xmlElement('w:compat', {}, [
        // Mode 15 = Word 2013+: otherwise Word opens the file in compatibility mode.
        xmlElement('w:compatSetting', {
          'w:name': 'compatibilityMode',
          'w:uri': 'http://schemas.microsoft.com/office/word',
          'w:val': 15,
        }),
      ]),
    ])
  );
}
