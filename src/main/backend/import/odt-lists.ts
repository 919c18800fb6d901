/**
 * Which counters an ODF list counts with, and headings' outline numbers. A list counts on
 * from the list it names in `text:continue-list`, or with `text:continue-numbering` from
 * the last list of its style; otherwise it starts afresh. Nested lists share their
 * outermost list's counters (ListCounters keeps one value per level).
 */
import { attr, descendants, type XmlElement } from '../formats/xml-read';
import { ListCounters, type OdtStyles } from './odt-styles';

export class OdtListNumbering {
  private readonly listChains = new Map<string, ListCounters>();
  private readonly lastListOfStyle = new Map<string, ListCounters>();
  private readonly outlineCounters = new ListCounters();

  constructor(private readonly styles: OdtStyles) {}

  /** A list's style: its own, its parent list's, or its first paragraph's style's. */
  styleOf(list: XmlElement, inherited: string | undefined): string | undefined {
    const own = attr(list, 'style-name');
    if (own !== undefined || inherited !== undefined) return own ?? inherited;
    const firstParagraph = descendants(list, 'p')[0] ?? descendants(list, 'h')[0];
    return this.styles.paragraphListStyle(firstParagraph && attr(firstParagraph, 'style-name'));
  }

  /** The counters an outermost list counts with. */
  countersFor(list: XmlElement, styleName: string | undefined): ListCounters {
    const continued = attr(list, 'continue-list');
    let counters =
      continued !== undefined
        ? this.listChains.get(continued)
        : attr(list, 'continue-numbering') === 'true' && styleName !== undefined
          ? this.lastListOfStyle.get(styleName)
          : undefined;
    counters ??= new ListCounters();
    const id = attr(list, 'id');
    if (id !== undefined) this.listChains.set(id, counters);
    if (styleName !== undefined) this.lastListOfStyle.set(styleName, counters);
    return counters;
  }

  /** Counts a heading outside lists and returns its outline number, or null for none. */
  outlineLabel(h: XmlElement): string | null {
    const level = Number.parseInt(attr(h, 'outline-level') ?? '', 10);
    if (!(level >= 1 && level <= 10) || !this.styles.outline) return null;
    if (attr(h, 'is-list-header') === 'true') return null;
    return this.outlineCounters.next(this.styles.outline, level, undefined);
  }
}
