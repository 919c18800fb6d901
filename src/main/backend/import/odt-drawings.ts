/**
 * ODF frames, groups and shapes: a text box, or a shape's own paragraphs, becomes a line
 * after the paragraph it is anchored in; images, charts, formulas, embedded objects and
 * shapes without text are counted as left out.
 */
import { attr, childElements, firstChild, type XmlElement } from '../formats/xml-read';
import type { OfficeText } from './office-text';

/** Drawing shapes that can carry text of their own. */
export const SHAPES = new Set([
  'custom-shape',
  'rect',
  'ellipse',
  'circle',
  'line',
  'polyline',
  'polygon',
  'regular-polygon',
  'path',
  'connector',
  'caption',
  'measure',
]);

/** A frame, a group, a drawing hyperlink (`draw:a`) or a shape. */
export function isDrawing(local: string): boolean {
  return local === 'frame' || local === 'a' || local === 'g' || SHAPES.has(local);
}

export class OdtDrawings {
  constructor(
    private readonly out: OfficeText,
    /** manifest.xml's media type of each part, to tell charts and formulas apart. */
    private readonly mediaTypes: ReadonlyMap<string, string>,
    private readonly nestedLines: (container: XmlElement) => string[],
  ) {}

  /** Reads `element`; the lines of its text boxes are added to `boxes`. */
  drawing(element: XmlElement, boxes: string[]): void {
    if (element.local === 'a' || element.local === 'g') {
      for (const child of childElements(element))
        if (isDrawing(child.local)) this.drawing(child, boxes);
      return;
    }
    if (element.local === 'frame') {
      const textBox = firstChild(element, 'text-box');
      const object = firstChild(element, 'object');
      if (textBox) {
        const line = this.out.textBox(this.nestedLines(textBox));
        if (line !== null) boxes.push(line);
      } else if (object) {
        this.out.omit(this.objectKind(object));
      } else if (
        firstChild(element, 'object-ole') ||
        firstChild(element, 'plugin') ||
        firstChild(element, 'applet')
      ) {
        this.out.omit('embedded object');
      } else if (firstChild(element, 'image')) {
        this.out.omit('image');
      } else {
        this.out.omit('shape');
      }
      return;
    }
    // A shape: its own paragraphs are its text.
    const hasText = childElements(element).some((c) => ['p', 'h', 'list'].includes(c.local));
    const line = hasText ? this.out.textBox(this.nestedLines(element)) : null;
    if (line !== null) boxes.push(line);
    else this.out.omit('shape');
  }

  private objectKind(object: XmlElement): 'chart' | 'equation' | 'embedded object' {
    const href = (attr(object, 'href') ?? '').replace(/^\.\//, '').replace(/\/$/, '');
    const type = this.mediaTypes.get(`${href}/`) ?? this.mediaTypes.get(href) ?? '';
    if (type.endsWith('.chart')) return 'chart';
    if (type.endsWith('.formula')) return 'equation';
    return 'embedded object';
  }
}
