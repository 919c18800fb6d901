/**
 * Word's drawings and embedded objects: a text box becomes a line after its paragraph;
 * pictures, charts, SmartArt, OLE objects and shapes without text are counted as left out.
 */
import { attr, childElements, descendants, type XmlElement } from '../formats/xml-read';
import { chosenAlternative } from './docx-markup';
import type { OfficeText } from './office-text';

/** Reads a text box's content (`w:txbxContent`) into the paragraph it is anchored in. */
type TextBoxReader = (content: XmlElement) => void;

/** A `w:object`: an equation, a chart or another embedded object, by its OLE program id. */
export function embeddedObject(object: XmlElement, out: OfficeText): void {
  const ole = descendants(object, 'OLEObject')[0];
  const progId = ole ? (attr(ole, 'ProgID') ?? '') : '';
  if (/^Equation/i.test(progId)) out.omit('equation');
  else if (/chart/i.test(progId)) out.omit('chart');
  else out.omit('embedded object');
}

/** A DrawingML drawing (`w:drawing`) or a VML picture (`w:pict`) in a run. */
export function drawing(element: XmlElement, out: OfficeText, textBox: TextBoxReader): void {
  graphic(element, out, textBox, true);
}

/**
 * Reads the text boxes in `element` and counts what else it holds. Returns whether it
 * found anything; a drawing that holds nothing known counts as a shape.
 */
function graphic(
  element: XmlElement,
  out: OfficeText,
  textBox: TextBoxReader,
  top: boolean,
): boolean {
  let found = false;
  for (const child of childElements(element)) {
    switch (child.local) {
      case 'txbxContent':
        textBox(child);
        found = true;
        break;
      case 'pic':
      case 'imagedata':
        out.omit('image');
        found = true;
        break;
      case 'chart':
        out.omit('chart');
        found = true;
        break;
      case 'relIds':
        out.omit('diagram');
        found = true;
        break;
      case 'OLEObject':
        out.omit('embedded object');
        found = true;
        break;
      case 'shapetype':
        break; // a VML shape definition, not a shape
      case 'wsp':
        if (!graphic(child, out, textBox, false)) out.omit('shape');
        found = true;
        break;
      case 'AlternateContent': {
        const chosen = chosenAlternative(child);
        if (chosen && graphic(chosen, out, textBox, false)) found = true;
        break;
      }
      default:
        if (graphic(child, out, textBox, false)) found = true;
    }
  }
  if (top && !found) out.omit('shape');
  return found;
}
