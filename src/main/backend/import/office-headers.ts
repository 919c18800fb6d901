/**
 * Headers and footers are not imported; those that show something (text, a field, a
 * picture) are counted in the warnings, as the editor shows them: Word per section, with
 * even-page ones only under `w:evenAndOddHeaders` and first-page ones only in sections
 * with `w:titlePg`; ODF per master page, unless switched off with `style:display`.
 */
import {
  attr,
  childElements,
  descendants,
  firstChild,
  textContent,
  type XmlElement,
} from '../formats/xml-read';
import { toggleOn } from './docx-numbering';
import type { DocxDocument } from './docx-parts';
import type { OfficeText } from './office-text';

/** True when a Word header or footer part shows something: text, a field, a drawing. */
function wordPartShows(root: XmlElement): boolean {
  if (descendants(root, 't').some((t) => textContent(t).trim() !== '')) return true;
  return ['instrText', 'fldSimple', 'drawing', 'pict', 'object'].some(
    (local) => descendants(root, local).length > 0,
  );
}

export function countDocxHeadersAndFooters(
  doc: DocxDocument,
  settings: XmlElement | null,
  out: OfficeText,
): void {
  const evenAndOdd = toggleOn(settings ? firstChild(settings, 'evenAndOddHeaders') : undefined);
  for (const section of descendants(doc.body, 'sectPr')) {
    const titlePage = toggleOn(firstChild(section, 'titlePg'));
    for (const ref of childElements(section)) {
      const kind =
        ref.local === 'headerReference'
          ? 'header'
          : ref.local === 'footerReference'
            ? 'footer'
            : null;
      const type = attr(ref, 'type') ?? 'default';
      if (!kind || (type === 'even' && !evenAndOdd) || (type === 'first' && !titlePage)) continue;
      const rel = doc.rels.get(attr(ref, 'id') ?? '');
      if (!rel || rel.external) continue;
      const root = doc.partAt(rel.target);
      if (root && wordPartShows(root)) out.headerOrFooter(kind, textContent(root));
    }
  }
}

/** `masterStyles`: office:master-styles of styles.xml. */
export function countOdtHeadersAndFooters(
  masterStyles: XmlElement | undefined,
  out: OfficeText,
): void {
  for (const page of masterStyles ? childElements(masterStyles, 'master-page') : []) {
    for (const part of childElements(page)) {
      const kind = part.local.startsWith('header')
        ? 'header'
        : part.local.startsWith('footer')
          ? 'footer'
          : null;
      if (!kind || attr(part, 'display') === 'false') continue;
      const shows =
        textContent(part).trim() !== '' ||
        ['page-number', 'page-count', 'frame', 'date', 'time', 'title'].some(
          (local) => descendants(part, local).length > 0,
        );
      if (shows) out.headerOrFooter(kind, textContent(part));
    }
  }
}
