/**
 * Word's styles and list numbering, as far as the imported text needs them: which runs are
 * hidden (`w:vanish`, directly, by character style, by paragraph style or by default), and
 * the label of each numbered paragraph computed from numbering.xml the way Word counts:
 * counters belong to the abstract numbering definition (so two `w:num` that share one
 * continue each other), a `w:startOverride` restarts its level when its `w:num` is first
 * used, a level restarts after any higher level unless `w:lvlRestart` says otherwise, and
 * `w:lvlText` ("%1.%2.") is filled in with each level's own number format (`w:isLgl`: all
 * decimal).
 */
import { attr, childElements, firstChild, type XmlElement } from '../formats/xml-read';
import { bulletText, formatNumber, wordNumberStyle, type NumberStyle } from './list-labels';

const LEVELS = 9;

/** `w:val` of a toggle property such as `w:vanish`: absent means on. */
export function toggleOn(element: XmlElement | undefined): boolean | undefined {
  if (!element) return undefined;
  const value = attr(element, 'val');
  return value === undefined || !['0', 'false', 'off', 'none'].includes(value);
}

function intAttr(element: XmlElement | undefined, fallback: number): number {
  const value = element ? Number.parseInt(attr(element, 'val') ?? '', 10) : Number.NaN;
  return Number.isFinite(value) ? value : fallback;
}

interface StyleInfo {
  basedOn: string | undefined;
  vanish: boolean | undefined;
  numId: string | undefined;
  ilvl: number | undefined;
}

export class DocxStyles {
  private readonly styles = new Map<string, StyleInfo>();
  private readonly defaultVanish: boolean;
  private readonly defaultParagraphStyle: string | undefined;

  constructor(root: XmlElement | null) {
    let defaultVanish = false;
    let defaultParagraph: string | undefined;
    if (root) {
      const defaults = firstChild(root, 'docDefaults');
      const rPr = defaults && firstChild(firstChild(defaults, 'rPrDefault') ?? defaults, 'rPr');
      defaultVanish = (rPr && toggleOn(firstChild(rPr, 'vanish'))) ?? false;
      for (const style of childElements(root, 'style')) {
        const id = attr(style, 'styleId');
        if (id === undefined) continue;
        const rPr = firstChild(style, 'rPr');
        const numPr = firstChild(firstChild(style, 'pPr') ?? style, 'numPr');
        const ilvl = numPr && firstChild(numPr, 'ilvl');
        this.styles.set(id, {
          basedOn: attr(firstChild(style, 'basedOn') ?? style, 'val'),
          vanish: rPr && toggleOn(firstChild(rPr, 'vanish')),
          numId: numPr && attr(firstChild(numPr, 'numId') ?? numPr, 'val'),
          ilvl: ilvl ? intAttr(ilvl, 0) : undefined,
        });
        const isDefault = ['1', 'true', 'on'].includes(attr(style, 'default') ?? '');
        if (attr(style, 'type') === 'paragraph' && isDefault) defaultParagraph ??= id;
      }
    }
    this.defaultVanish = defaultVanish;
    this.defaultParagraphStyle = defaultParagraph;
  }

  /** The style and the styles it is based on, nearest first (cycles cut off). */
  private chain(id: string | undefined): { id: string; info: StyleInfo }[] {
    const out: { id: string; info: StyleInfo }[] = [];
    const seen = new Set<string>();
    let current = id;
    while (current !== undefined && !seen.has(current) && out.length < 64) {
      seen.add(current);
      const info = this.styles.get(current);
      if (!info) break;
      out.push({ id: current, info });
      current = info.basedOn;
    }
    return out;
  }

  paragraphStyle(pStyle: string | undefined): string | undefined {
    return pStyle ?? this.defaultParagraphStyle;
  }

  /** Whether a run is hidden: direct formatting, then its character style, paragraph style, defaults. */
  runHidden(direct: boolean | undefined, rStyle: string | undefined, pStyle: string | undefined) {
    if (direct !== undefined) return direct;
    for (const { info } of this.chain(rStyle)) if (info.vanish !== undefined) return info.vanish;
    for (const { info } of this.chain(this.paragraphStyle(pStyle)))
      if (info.vanish !== undefined) return info.vanish;
    return this.defaultVanish;
  }

  /** Numbering a paragraph style carries (Word's "List Number", numbered headings). */
  numbering(
    pStyle: string | undefined,
  ): { numId: string; ilvl: number | undefined; styleId: string } | undefined {
    for (const { id, info } of this.chain(this.paragraphStyle(pStyle))) {
      if (info.numId !== undefined) return { numId: info.numId, ilvl: info.ilvl, styleId: id };
    }
    return undefined;
  }

  /** The `w:numId` of a numbering style (for `w:numStyleLink`). */
  numIdOf(styleId: string): string | undefined {
    return this.chain(styleId).find((s) => s.info.numId !== undefined)?.info.numId;
  }
}

interface Level {
  start: number;
  style: NumberStyle | 'bullet';
  text: string;
  font: string | undefined;
  /** `w:lvlRestart`: 0 never restarts; n restarts after level n (1-based); undefined: after any higher. */
  restart: number | undefined;
  legal: boolean;
  pStyle: string | undefined;
}

function readLevel(lvl: XmlElement): Level {
  const rFonts = firstChild(firstChild(lvl, 'rPr') ?? lvl, 'rFonts');
  const restart = firstChild(lvl, 'lvlRestart');
  const lvlText = firstChild(lvl, 'lvlText');
  return {
    start: intAttr(firstChild(lvl, 'start'), 1),
    style: wordNumberStyle(attr(firstChild(lvl, 'numFmt') ?? lvl, 'val')),
    text: lvlText ? (attr(lvlText, 'val') ?? '') : '',
    font: rFonts ? (attr(rFonts, 'ascii') ?? attr(rFonts, 'hAnsi')) : undefined,
    restart: restart ? intAttr(restart, 0) : undefined,
    legal: toggleOn(firstChild(lvl, 'isLgl')) ?? false,
    pStyle: attr(firstChild(lvl, 'pStyle') ?? lvl, 'val'),
  };
}

function levelsOf(parent: XmlElement): Map<number, Level> {
  const levels = new Map<number, Level>();
  for (const lvl of childElements(parent, 'lvl')) {
    const ilvl = Number.parseInt(attr(lvl, 'ilvl') ?? '', 10);
    if (ilvl >= 0 && ilvl < LEVELS) levels.set(ilvl, readLevel(lvl));
  }
  return levels;
}

interface NumInstance {
  abstractId: string;
  levels: Map<number, Level>;
  /** Levels whose `w:startOverride` restarts them when this instance is first used. */
  restartLevels: number[];
}

export class DocxNumbering {
  private readonly abstracts = new Map<
    string,
    { levels: Map<number, Level>; styleLink?: string }
  >();
  private readonly nums = new Map<string, NumInstance | null>();
  private readonly root: XmlElement | null;
  private readonly counters = new Map<string, (number | undefined)[]>();
  private readonly usedNums = new Set<string>();

  constructor(
    root: XmlElement | null,
    private readonly styles: DocxStyles,
  ) {
    this.root = root;
    for (const abstract of root ? childElements(root, 'abstractNum') : []) {
      const id = attr(abstract, 'abstractNumId');
      if (id === undefined) continue;
      this.abstracts.set(id, {
        levels: levelsOf(abstract),
        styleLink: attr(firstChild(abstract, 'numStyleLink') ?? abstract, 'val'),
      });
    }
  }

  private instance(numId: string, depth = 0): NumInstance | null {
    const cached = this.nums.get(numId);
    if (cached !== undefined) return cached;
    this.nums.set(numId, null); // cuts cycles through numStyleLink
    const num = this.root
      ? childElements(this.root, 'num').find((n) => attr(n, 'numId') === numId)
      : undefined;
    let abstractId = num && attr(firstChild(num, 'abstractNumId') ?? num, 'val');
    let abstract = abstractId === undefined ? undefined : this.abstracts.get(abstractId);
    if (abstract?.styleLink !== undefined && depth < 4) {
      // The abstract definition only points at a numbering style; use that style's list.
      const linked = this.styles.numIdOf(abstract.styleLink);
      const target = linked === undefined ? null : this.instance(linked, depth + 1);
      if (target) {
        abstractId = target.abstractId;
        abstract = this.abstracts.get(target.abstractId);
      }
    }
    if (!num || abstractId === undefined || !abstract) return null;
    const levels = new Map(abstract.levels);
    const restartLevels: number[] = [];
    for (const override of childElements(num, 'lvlOverride')) {
      const ilvl = Number.parseInt(attr(override, 'ilvl') ?? '', 10);
      if (!(ilvl >= 0 && ilvl < LEVELS)) continue;
      const replacement = firstChild(override, 'lvl');
      let level = replacement ? readLevel(replacement) : levels.get(ilvl);
      const startOverride = firstChild(override, 'startOverride');
      if (startOverride && level) level = { ...level, start: intAttr(startOverride, level.start) };
      if (level) levels.set(ilvl, level);
      if (startOverride || replacement) restartLevels.push(ilvl);
    }
    const instance = { abstractId, levels, restartLevels };
    this.nums.set(numId, instance);
    return instance;
  }

  /** The level a numbering style is linked to in the list (`w:lvl/w:pStyle`), if any. */
  private levelForStyle(numId: string, styleId: string): number | undefined {
    const instance = this.instance(numId);
    if (!instance) return undefined;
    for (const [ilvl, level] of instance.levels) if (level.pStyle === styleId) return ilvl;
    return undefined;
  }

  /**
   * Counts a paragraph and returns its label: by its own `w:numPr` (`pPr`), else by the
   * numbering its paragraph style carries.
   */
  paragraphLabel(pPr: XmlElement | undefined, pStyle: string | undefined): string | null {
    const numPr = pPr && firstChild(pPr, 'numPr');
    const directNumId = numPr && firstChild(numPr, 'numId');
    const directIlvl = numPr && firstChild(numPr, 'ilvl');
    let numId = directNumId ? attr(directNumId, 'val') : undefined;
    let ilvl = directIlvl ? Number.parseInt(attr(directIlvl, 'val') ?? '0', 10) : undefined;
    if (numId === undefined) {
      const fromStyle = this.styles.numbering(pStyle);
      if (!fromStyle) return null;
      numId = fromStyle.numId;
      ilvl ??= fromStyle.ilvl ?? this.levelForStyle(numId, fromStyle.styleId);
    }
    const level = ilvl !== undefined && Number.isFinite(ilvl) ? ilvl : 0;
    return this.label(numId, level);
  }

  /** Counts the paragraph and returns its label ("2.", "a)", "•"), or null for none. */
  private label(numId: string, ilvl: number): string | null {
    if (numId === '0') return null;
    const instance = this.instance(numId);
    const level = instance?.levels.get(ilvl);
    if (!instance || !level) return null;
    let values = this.counters.get(instance.abstractId);
    if (!values) {
      values = new Array<number | undefined>(LEVELS).fill(undefined);
      this.counters.set(instance.abstractId, values);
    }
    if (!this.usedNums.has(numId)) {
      this.usedNums.add(numId);
      for (const restarted of instance.restartLevels) values[restarted] = undefined;
    }
    values[ilvl] = values[ilvl] === undefined ? level.start : values[ilvl] + 1;
    for (let deeper = ilvl + 1; deeper < LEVELS; deeper++) {
      const restart = instance.levels.get(deeper)?.restart;
      if (restart === undefined || (restart !== 0 && ilvl <= restart - 1))
        values[deeper] = undefined;
    }
    if (level.style === 'bullet') {
      const bullet = bulletText(level.text, level.font);
      return bullet === '' ? null : bullet;
    }
    const label = level.text.replace(/%([1-9])/g, (_, digit: string) => {
      const at = Number(digit) - 1;
      const shown = instance.levels.get(at);
      const value = values[at] ?? shown?.start ?? 1;
      const style = level.legal || !shown || shown.style === 'bullet' ? 'decimal' : shown.style;
      return formatNumber(value, style);
    });
    return label.trim() === '' ? null : label;
  }
}
