/**
 * Paints codings, speaker labels, the kept selection and the active passage with the CSS
 * Custom Highlight API: nothing is added to the editor's DOM, so Lexical's document stays
 * the plain transcript. One Highlight per code colour; colours get `::highlight()` rules
 * in a style element of their own.
 */
import type { Span } from './offset-index';
import type { EditorGeometry } from './editor-geometry';
import {
  ACTIVE_HIGHLIGHT,
  LABEL_HIGHLIGHT,
  PENDING_HIGHLIGHT,
  highlightRules,
} from './highlight-groups';

const CODING_ALPHA = 0.3;

/** What the painter needs of `CSS.highlights`; injectable so a browser without it paints nothing. */
export type HighlightRegistry = Pick<HighlightRegistryMap, 'set' | 'delete'>;
type HighlightRegistryMap = Map<string, Highlight>;

export function browserHighlightRegistry(): HighlightRegistry | null {
  return typeof CSS !== 'undefined' && 'highlights' in CSS
    ? (CSS.highlights as unknown as HighlightRegistry)
    : null;
}

export class HighlightPainter {
  private readonly style: HTMLStyleElement;
  private codingNames = new Set<string>();
  private styledNames = new Set<string>();

  constructor(
    private readonly geometry: EditorGeometry,
    private readonly registry: HighlightRegistry | null,
  ) {
    this.style = document.createElement('style');
    this.style.dataset.citat = 'transcript-highlights';
    document.head.append(this.style);
  }

  private highlight(spans: readonly Span[], priority: number): Highlight {
    const ranges: Range[] = [];
    for (const span of spans) {
      const range = this.geometry.rangeFor(span.start, span.end);
      if (range) ranges.push(range);
    }
    const highlight = new Highlight(...ranges);
    highlight.priority = priority;
    return highlight;
  }

  /** Repaints the codings: after they change, the coder filter changes or the text reloads. */
  paintCodings(codings: Map<string, Span[]>): void {
    const registry = this.registry;
    if (!registry) return;
    for (const name of this.codingNames) if (!codings.has(name)) registry.delete(name);
    this.codingNames = new Set(codings.keys());
    for (const [name, spans] of codings) registry.set(name, this.highlight(spans, 0));
    const unstyled = [...this.codingNames].filter((n) => !this.styledNames.has(n));
    if (unstyled.length > 0) {
      for (const name of unstyled) this.styledNames.add(name);
      this.style.textContent = highlightRules(this.styledNames, CODING_ALPHA);
    }
  }

  /** Speaker labels (after the text reloads), the kept selection, the active passage. */
  paintOverlay(
    name: typeof LABEL_HIGHLIGHT | typeof PENDING_HIGHLIGHT | typeof ACTIVE_HIGHLIGHT,
    spans: readonly Span[],
  ): void {
    const priority = { [LABEL_HIGHLIGHT]: 1, [PENDING_HIGHLIGHT]: 2, [ACTIVE_HIGHLIGHT]: 3 }[name];
    this.registry?.set(name, this.highlight(spans, priority));
  }

  clear(): void {
    if (!this.registry) return;
    for (const name of [...this.codingNames, LABEL_HIGHLIGHT, PENDING_HIGHLIGHT, ACTIVE_HIGHLIGHT])
      this.registry.delete(name);
    this.codingNames.clear();
  }

  dispose(): void {
    this.clear();
    this.style.remove();
  }
}
