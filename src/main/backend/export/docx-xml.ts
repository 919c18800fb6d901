/**
 * Small builders for WordprocessingML body content (runs, paragraphs, tables). Child
 * elements are emitted in the order the OOXML schema prescribes; Word refuses to open
 * documents where, say, <w:jc> comes before <w:ind>. Line breaks go only between block
 * elements (where Word ignores whitespace) so the XML diffs readably.
 */
import { xmlAttrs, xmlElement, escapeXmlText } from '../formats/xml-write';

export interface RunProps {
  /** A character style id from styles.xml. */
  style?: string;
  bold?: boolean;
  italic?: boolean;
  /** `RRGGBB` without '#'. */
  color?: string;
  /** Font size in points. */
  sizePt?: number;
}

const val = (value: string | number): { 'w:val': string | number } => ({ 'w:val': value });

function runProperties(props: RunProps): string {
  const children: string[] = [];
  if (props.style) children.push(xmlElement('w:rStyle', val(props.style)));
  if (props.bold) children.push(xmlElement('w:b'));
  if (props.italic) children.push(xmlElement('w:i'));
  if (props.color) children.push(xmlElement('w:color', val(props.color)));
  if (props.sizePt) {
    const halfPoints = Math.round(props.sizePt * 2);
    children.push(xmlElement('w:sz', val(halfPoints)), xmlElement('w:szCs', val(halfPoints)));
  }
  return children.length === 0 ? '' : xmlElement('w:rPr', {}, children);
}

/** `<w:t>`, preserving spaces Word would otherwise trim or collapse. */
function textElement(text: string): string {
  const preserve = /^\s|\s$|\s\s/.test(text) ? { 'xml:space': 'preserve' } : {};
  return `<w:t${xmlAttrs(preserve)}>${escapeXmlText(text)}</w:t>`;
}

/** A run; line breaks and tabs in `text` become <w:br/> and <w:tab/>. */
export function run(text: string, props: RunProps = {}): string {
  const content: string[] = [];
  text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .forEach((line, lineIndex) => {
      if (lineIndex > 0) content.push('<w:br/>');
      line.split('\t').forEach((segment, tabIndex) => {
        if (tabIndex > 0) content.push('<w:tab/>');
        if (segment) content.push(textElement(segment));
      });
    });
  return `<w:r>${runProperties(props)}${content.join('')}</w:r>`;
}

export interface ParagraphProps {
  /** A paragraph style id from styles.xml. */
  style?: string;
  keepNext?: boolean;
  /** Bullet from numbering.xml (numId 1). */
  bullet?: boolean;
  indentLeftDxa?: number;
  align?: 'left' | 'center' | 'right';
}

/** The bullet list defined in numbering.xml. */
export const BULLET_NUM_ID = 1;

export function paragraph(runs: readonly string[], props: ParagraphProps = {}): string {
  const children: string[] = [];
  if (props.style) children.push(xmlElement('w:pStyle', val(props.style)));
  if (props.keepNext) children.push(xmlElement('w:keepNext'));
  if (props.bullet) {
    children.push(
      xmlElement('w:numPr', {}, [
        xmlElement('w:ilvl', val(0)),
        xmlElement('w:numId', val(BULLET_NUM_ID)),
      ]),
    );
  }
  if (props.indentLeftDxa) children.push(xmlElement('w:ind', { 'w:left': props.indentLeftDxa }));
  if (props.align) children.push(xmlElement('w:jc', val(props.align)));
  const pPr = children.length === 0 ? '' : xmlElement('w:pPr', {}, children);
  return `<w:p>${pPr}${runs.join('')}</w:p>`;
}

export interface TableCell {
  widthDxa: number;
  /** Rendered paragraphs; a cell must hold at least one, so an empty list gets one. */
  paragraphs: readonly string[];
  /** Background `RRGGBB`. */
  fill?: string;
  verticalAlign?: 'top' | 'center' | 'bottom';
}

function tableCell(cell: TableCell): string {
  const tcPr: string[] = [xmlElement('w:tcW', { 'w:w': cell.widthDxa, 'w:type': 'dxa' })];
  if (cell.fill)
    tcPr.push(xmlElement('w:shd', { 'w:val': 'clear', 'w:color': 'auto', 'w:fill': cell.fill }));
  if (cell.verticalAlign) tcPr.push(xmlElement('w:vAlign', val(cell.verticalAlign)));
  const paragraphs = cell.paragraphs.length > 0 ? cell.paragraphs : [paragraph([])];
  return `<w:tc>${xmlElement('w:tcPr', {}, tcPr)}\n${paragraphs.join('\n')}</w:tc>`;
}

/** A row; a header row repeats at the top of every page and is never split. */
export function tableRow(cells: readonly TableCell[], options: { header?: boolean } = {}): string {
  const trPr = options.header
    ? xmlElement('w:trPr', {}, [xmlElement('w:cantSplit'), xmlElement('w:tblHeader')])
    : '';
  return `<w:tr>${trPr}\n${cells.map(tableCell).join('\n')}\n</w:tr>`;
}

const BORDER = { 'w:val': 'single', 'w:sz': 4, 'w:space': 0, 'w:color': '808080' };

/** A fixed-layout table with thin borders; `widthsDxa` are the column widths. */
export function table(widthsDxa: readonly number[], rows: readonly string[]): string {
  const total = widthsDxa.reduce((sum, width) => sum + width, 0);
  const tblPr = xmlElement('w:tblPr', {}, [
    xmlElement('w:tblW', { 'w:w': total, 'w:type': 'dxa' }),
    xmlElement(
      'w:tblBorders',
      {},
      ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) =>
        xmlElement(`w:${side}`, BORDER),
      ),
    ),
    xmlElement('w:tblLayout', { 'w:type': 'fixed' }),
    xmlElement('w:tblCellMar', {}, [
      xmlElement('w:top', { 'w:w': 57, 'w:type': 'dxa' }),
      xmlElement('w:left', { 'w:w': 85, 'w:type': 'dxa' }),
      xmlElement('w:bottom', { 'w:w': 57, 'w:type': 'dxa' }),
      xmlElement('w:right', { 'w:w': 85, 'w:type': 'dxa' }),
    ]),
  ]);
  const grid = xmlElement(
    'w:tblGrid',
    {},
    widthsDxa.map((width) => xmlElement('w:gridCol', { 'w:w': width })),
  );
  return `<w:tbl>${tblPr}${grid}\n${rows.join('\n')}\n</w:tbl>`;
}

/** `#RRGGBB` → `RRGGBB` as WordprocessingML writes colours. */
export const wordColor = (hex: string): string => hex.replace(/^#/, '').toUpperCase();
