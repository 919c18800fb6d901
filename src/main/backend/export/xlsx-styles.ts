/**
 * styles.xml for the workbooks Citat writes: a fixed, named set of cell formats (the index
 * of a name in the list is its `s` attribute), so sheets say what a cell is ("header",
 * "count", "code level 2") and the bytes never depend on the order styles were used in.
 * Styles 1 (wrapped body text) and 2 (bold grey header) are the ones older sheets used.
 */
import { XML_DECLARATION, xmlElement } from '../formats/xml-write';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** Deepest code level drawn with its own indent; deeper codes share it. */
export const MAX_INDENT = 7;

type Font = 'regular' | 'bold' | 'title' | 'italic';
type Fill = 'none' | 'header' | 'total' | 'empty';
type Align = 'wrapTop' | 'center' | 'top';

interface StyleSpec {
  font: Font;
  fill: Fill;
  border: boolean;
  align: Align;
  indent?: number;
  /** Shows 0 as "–": counts stay numbers for formulas but print like every empty cell. */
  dashForZero?: boolean;
}

const FONTS: Font[] = ['regular', 'bold', 'title', 'italic'];
const FILLS: Fill[] = ['none', 'header', 'total', 'empty'];
const FILL_RGB: Record<Fill, string | null> = {
  none: null,
  header: 'FFD9D9D9',
  total: 'FFEEEEEE',
  empty: 'FFF8D7DA',
};
const DASH_FOR_ZERO_FORMAT = 164;

const code = (level: number, bold: boolean): StyleSpec => ({
  font: bold ? 'bold' : 'regular',
  fill: 'none',
  border: true,
  align: 'wrapTop',
  indent: level,
});

const NAMED_STYLES = {
  default: { font: 'regular', fill: 'none', border: false, align: 'top' },
  /** Wrapped text, top-aligned (the per-quote sheet). */
  wrap: { font: 'regular', fill: 'none', border: false, align: 'wrapTop' },
  header: { font: 'bold', fill: 'header', border: false, align: 'wrapTop' },
  title: { font: 'title', fill: 'none', border: false, align: 'wrapTop' },
  caption: { font: 'italic', fill: 'none', border: false, align: 'wrapTop' },
  legendTitle: { font: 'bold', fill: 'none', border: false, align: 'wrapTop' },
  /** A table cell: wrapped, top-aligned, thin borders (so the printout has its grid). */
  cell: { font: 'regular', fill: 'none', border: true, align: 'wrapTop' },
  tableHeader: { font: 'bold', fill: 'header', border: true, align: 'wrapTop' },
  count: { font: 'regular', fill: 'none', border: true, align: 'center', dashForZero: true },
  countEmpty: { font: 'regular', fill: 'empty', border: true, align: 'center', dashForZero: true },
  emptyCell: { font: 'regular', fill: 'none', border: true, align: 'center' },
  total: { font: 'bold', fill: 'total', border: true, align: 'center' },
  totalLabel: { font: 'bold', fill: 'total', border: true, align: 'wrapTop' },
} as const satisfies Record<string, StyleSpec>;

export type XlsxStyleName = keyof typeof NAMED_STYLES | `code${number}` | `codeBold${number}`;

const STYLE_LIST: [XlsxStyleName, StyleSpec][] = [
  ...(Object.entries(NAMED_STYLES) as [XlsxStyleName, StyleSpec][]),
  ...Array.from({ length: MAX_INDENT + 1 }, (_, level): [XlsxStyleName, StyleSpec] => [
    `code${level}`,
    code(level, false),
  ]),
  ...Array.from({ length: MAX_INDENT + 1 }, (_, level): [XlsxStyleName, StyleSpec] => [
    `codeBold${level}`,
    code(level, true),
  ]),
];
const STYLE_INDEX = new Map(STYLE_LIST.map(([name], index) => [name, index]));

/** The `s` attribute of a named style. */
export function styleIndex(name: XlsxStyleName): number {
  const index = STYLE_INDEX.get(name);
  if (index === undefined) throw new Error(`no XLSX style "${name}"`);
  return index;
}

/** The style of a row label at `level` (clamped to MAX_INDENT). */
export function codeStyle(level: number, bold: boolean): XlsxStyleName {
  const clamped = Math.max(0, Math.min(MAX_INDENT, level));
  return bold ? `codeBold${clamped}` : `code${clamped}`;
}

/** Points per text line of a style's font, for estimating row heights. */
export function lineHeightOf(name: XlsxStyleName): number {
  return STYLE_LIST[styleIndex(name)]![1].font === 'title' ? 20 : 15;
}

function fontXml(font: Font): string {
  const size = font === 'title' ? 14 : 11;
  return xmlElement('font', {}, [
    ...(font === 'bold' || font === 'title' ? [xmlElement('b')] : []),
    ...(font === 'italic' ? [xmlElement('i')] : []),
    xmlElement('sz', { val: size }),
    xmlElement('name', { val: 'Calibri' }),
    xmlElement('family', { val: 2 }),
  ]);
}

function fillXml(fill: Fill | 'gray125'): string {
  const rgb = fill === 'gray125' ? null : FILL_RGB[fill];
  const pattern = fill === 'gray125' ? 'gray125' : rgb ? 'solid' : 'none';
  return xmlElement('fill', {}, [
    xmlElement(
      'patternFill',
      { patternType: pattern },
      rgb ? [xmlElement('fgColor', { rgb }), xmlElement('bgColor', { indexed: 64 })] : [],
    ),
  ]);
}

function borderXml(thin: boolean): string {
  const side = (name: string): string =>
    thin
      ? xmlElement(name, { style: 'thin' }, [xmlElement('color', { rgb: 'FF9E9E9E' })])
      : xmlElement(name);
  return xmlElement('border', {}, ['left', 'right', 'top', 'bottom', 'diagonal'].map(side));
}

function alignmentXml(spec: StyleSpec): string {
  const attrs =
    spec.align === 'center'
      ? { horizontal: 'center', vertical: 'top' }
      : spec.align === 'wrapTop'
        ? { vertical: 'top', wrapText: 1 }
        : { vertical: 'top' };
  return xmlElement('alignment', spec.indent ? { ...attrs, indent: spec.indent } : attrs);
}

function cellFormatXml(spec: StyleSpec): string {
  return xmlElement(
    'xf',
    {
      numFmtId: spec.dashForZero ? DASH_FOR_ZERO_FORMAT : 0,
      fontId: FONTS.indexOf(spec.font),
      // Fill 1 is the gray125 pattern every styles.xml must have in second place.
      fillId: spec.fill === 'none' ? 0 : FILLS.indexOf(spec.fill) + 1,
      borderId: spec.border ? 1 : 0,
      xfId: 0,
      applyNumberFormat: spec.dashForZero ? 1 : undefined,
      applyFont: 1,
      applyFill: 1,
      applyBorder: spec.border ? 1 : undefined,
      applyAlignment: 1,
    },
    [alignmentXml(spec)],
  );
}

export function spreadsheetStylesXml(): string {
  const fills = [fillXml('none'), fillXml('gray125'), ...FILLS.slice(1).map(fillXml)];
  return (
    XML_DECLARATION +
    xmlElement('styleSheet', { xmlns: MAIN_NS }, [
      xmlElement('numFmts', { count: 1 }, [
        xmlElement('numFmt', { numFmtId: DASH_FOR_ZERO_FORMAT, formatCode: '0;-0;"–"' }),
      ]),
      xmlElement('fonts', { count: FONTS.length }, FONTS.map(fontXml)),
      xmlElement('fills', { count: fills.length }, fills),
      xmlElement('borders', { count: 2 }, [borderXml(false), borderXml(true)]),
      xmlElement('cellStyleXfs', { count: 1 }, [
        xmlElement('xf', { numFmtId: 0, fontId: 0, fillId: 0, borderId: 0 }),
      ]),
      xmlElement(
        'cellXfs',
        { count: STYLE_LIST.length },
        STYLE_LIST.map(([, spec]) => cellFormatXml(spec)),
      ),
      xmlElement('cellStyles', { count: 1 }, [
        xmlElement('cellStyle', { name: 'Normal', xfId: 0, builtinId: 0 }),
      ]),
    ])
  );
}
