/**
 * OpenDocument styles as far as the imported text needs them: which text and paragraph
 * styles hide their text (`text:display="none"` or `"condition"` in style:text-properties,
 * through the parent-style chain), and list styles with the labels they draw. ODF counts a
 * list level by level: an item adds one at its level and resets the levels below it,
 * `text:start-value` sets a level's first number (or an item's own), `text:display-levels`
 * shows that many levels ("1.2."), each in its own level's format, between the current
 * level's `style:num-prefix` and `style:num-suffix`.
 */
import { attr, childElements, firstChild, type XmlElement } from '../formats/xml-read';
import { bulletText, formatNumber, odfNumberStyle, type NumberStyle } from './list-labels';

interface StyleInfo {
  parent: string | undefined;
  hidden: boolean | undefined;
  listStyle: string | undefined;
}

export interface ListLevel {
  kind: 'number' | 'bullet';
  style: NumberStyle;
  prefix: string;
  suffix: string;
  bullet: string;
  displayLevels: number;
  start: number;
}

export type ListStyle = Map<number, ListLevel>;

function readListStyle(element: XmlElement): ListStyle {
  const levels: ListStyle = new Map();
  for (const level of childElements(element)) {
    const n = Number.parseInt(attr(level, 'level') ?? '', 10);
    if (!(n >= 1 && n <= 10)) continue;
    const start = Number.parseInt(attr(level, 'start-value') ?? '1', 10);
    const displayLevels = Number.parseInt(attr(level, 'display-levels') ?? '1', 10);
    const common = {
      prefix: attr(level, 'num-prefix') ?? '',
      suffix: attr(level, 'num-suffix') ?? '',
      displayLevels: Number.isFinite(displayLevels) && displayLevels > 0 ? displayLevels : 1,
      start: Number.isFinite(start) ? start : 1,
    };
    if (level.local === 'list-level-style-number' || level.local === 'outline-level-style') {
      const letterSync = attr(level, 'num-letter-sync') === 'true';
      levels.set(n, {
        kind: 'number',
        style: odfNumberStyle(attr(level, 'num-format') ?? '', letterSync),
        bullet: '',
        ...common,
      });
    } else if (
      level.local === 'list-level-style-bullet' ||
      level.local === 'list-level-style-image'
    ) {
      // Word's symbol-font bullets survive LibreOffice's import as private-use characters.
      const properties = firstChild(level, 'text-properties');
      const font = properties && (attr(properties, 'font-name') ?? attr(properties, 'font-family'));
      const bullet =
        level.local === 'list-level-style-image'
          ? '•'
          : bulletText(attr(level, 'bullet-char') ?? '•', font?.replace(/'/g, ''));
      // LibreOffice writes the bullet again as num-suffix; it draws bullets without affixes.
      levels.set(n, { kind: 'bullet', style: 'none', bullet, ...common, prefix: '', suffix: '' });
    }
  }
  return levels;
}

function hiddenBy(style: XmlElement): boolean | undefined {
  const properties = firstChild(style, 'text-properties');
  const display = properties ? attr(properties, 'display') : undefined;
  if (display === undefined) return undefined;
  return display === 'none' || display === 'condition';
}

export class OdtStyles {
  private readonly styles = new Map<string, StyleInfo>();
  private readonly lists = new Map<string, ListStyle>();
  readonly outline: ListStyle | undefined;

  /** `containers`: office:styles, office:automatic-styles of styles.xml and of content.xml, in that order. */
  constructor(containers: readonly (XmlElement | undefined)[]) {
    let outline: ListStyle | undefined;
    for (const container of containers) {
      if (!container) continue;
      for (const child of childElements(container)) {
        const name = attr(child, 'name');
        if (child.local === 'style' && name !== undefined) {
          this.styles.set(`${attr(child, 'family') ?? ''}:${name}`, {
            parent: attr(child, 'parent-style-name'),
            hidden: hiddenBy(child),
            listStyle: attr(child, 'list-style-name'),
          });
        } else if (child.local === 'list-style' && name !== undefined) {
          this.lists.set(name, readListStyle(child));
        } else if (child.local === 'outline-style') {
          outline = readListStyle(child);
        }
      }
    }
    this.outline = outline;
  }

  private chain(family: string, name: string | undefined): StyleInfo[] {
    const out: StyleInfo[] = [];
    const seen = new Set<string>();
    let current = name;
    while (current !== undefined && !seen.has(current) && out.length < 64) {
      seen.add(current);
      const info = this.styles.get(`${family}:${current}`);
      if (!info) break;
      out.push(info);
      current = info.parent;
    }
    return out;
  }

  /** Whether a style hides its text (undefined: it says nothing, so the enclosing style decides). */
  hidden(family: 'text' | 'paragraph', name: string | undefined): boolean | undefined {
    for (const info of this.chain(family, name)) if (info.hidden !== undefined) return info.hidden;
    return undefined;
  }

  list(name: string | undefined): ListStyle | undefined {
    return name === undefined ? undefined : this.lists.get(name);
  }

  /** The list style a paragraph style names (for a list that names none). */
  paragraphListStyle(name: string | undefined): string | undefined {
    return this.chain('paragraph', name).find((s) => s.listStyle !== undefined)?.listStyle;
  }
}

/** The counters of one list (and of the lists that continue it). */
export class ListCounters {
  private readonly values: (number | undefined)[] = [];

  /** Counts an item at `level` (1-based) and returns its label, or null for none. */
  next(style: ListStyle | undefined, level: number, itemStart: number | undefined): string | null {
    const definition = style?.get(level);
    const current = this.values[level];
    this.values[level] =
      itemStart ?? (current === undefined ? (definition?.start ?? 1) : current + 1);
    this.values.length = level + 1;
    if (!definition) return null;
    if (definition.kind === 'bullet') {
      const label = `${definition.prefix}${definition.bullet}${definition.suffix}`;
      return label.trim() === '' ? null : label;
    }
    const numbers: string[] = [];
    for (let shown = Math.max(1, level - definition.displayLevels + 1); shown <= level; shown++) {
      const shownLevel = style?.get(shown);
      const value = this.values[shown] ?? shownLevel?.start ?? 1;
      const format = shownLevel?.kind === 'number' ? shownLevel.style : 'decimal';
      const text = formatNumber(value, format);
      if (text !== '') numbers.push(text);
    }
    const label = `${definition.prefix}${numbers.join('.')}${definition.suffix}`;
    return label.trim() === '' ? null : label;
  }
}
