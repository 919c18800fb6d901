/**
 * WordprocessingML's wrappers around content, read the same way wherever they stand:
 * property elements are not content; tracked deletions and moved-away text are left out
 * and tracked insertions read as if accepted (either way the import says the document has
 * tracked changes); of a markup-compatibility block, the first choice is read.
 */
import { firstChild, type XmlElement } from '../formats/xml-read';
import type { OfficeText } from './office-text';

/** Formatting, table grid and section setup: skipped by every walker, never content. */
export const PROPERTY_ELEMENTS = new Set([
  'pPr',
  'rPr',
  'sdtPr',
  'sdtEndPr',
  'tblPr',
  'tblGrid',
  'trPr',
  'tcPr',
  'sectPr',
]);

/** The first `mc:Choice` of a markup-compatibility block (Word writes the rich form first), or its fallback. */
export function chosenAlternative(element: XmlElement): XmlElement | undefined {
  return firstChild(element, 'Choice') ?? firstChild(element, 'Fallback');
}

/**
 * What to read in place of a tracked change or a markup-compatibility block: the
 * insertion itself, the chosen alternative, or null for nothing (a deletion, or a block
 * without a choice). Undefined for any other element, which the caller reads itself.
 */
export function revisionContent(child: XmlElement, out: OfficeText): XmlElement | null | undefined {
  switch (child.local) {
    case 'del':
    case 'moveFrom':
      out.hasTrackedChanges();
      return null;
    case 'ins':
    case 'moveTo':
      out.hasTrackedChanges();
      return child;
    case 'AlternateContent':
      return chosenAlternative(child) ?? null;
    default:
      return undefined;
  }
}
