/**
 * The bridge between the Lexical editor's DOM and global text offsets: builds the offset
 * index from the editor state, turns text ranges into DOM Ranges (cached until the text or
 * layout changes) and DOM points (selection, caret under the mouse) into offsets.
 */
import {
  $getNearestNodeFromDOMNode,
  $getRoot,
  $isElementNode,
  $isLineBreakNode,
  $isTextNode,
  type LexicalEditor,
} from 'lexical';
import { OffsetIndex, type OutlineParagraph, type TextPoint } from './offset-index';
import type { TextRange } from '../../stores/transcript-store';

export class EditorGeometry {
  index = new OffsetIndex([]);
  private ranges = new Map<string, Range>();
  private extents = new Map<string, { top: number; bottom: number }>();

  constructor(readonly editor: LexicalEditor) {}

  /** Re-reads the document outline; call after every editor update that touched the text. */
  rebuild(): void {
    const outline = this.editor.getEditorState().read(() =>
      $getRoot()
        .getChildren()
        .map((paragraph): OutlineParagraph => ({
          key: paragraph.getKey(),
          children: $isElementNode(paragraph)
            ? paragraph.getChildren().map((child) => ({
                key: child.getKey(),
                kind: $isLineBreakNode(child) ? ('break' as const) : ('text' as const),
                length: $isTextNode(child) ? child.getTextContentSize() : 1,
              }))
            : [],
        })),
    );
    this.index = new OffsetIndex(outline);
    this.ranges.clear();
    this.extents.clear();
  }

  /** Forget measured rectangles (after a resize or font change). */
  invalidateLayout(): void {
    this.extents.clear();
  }

  private domPoint(point: TextPoint): { node: Node; offset: number } | null {
    const element = this.editor.getElementByKey(point.key);
    const node = element?.firstChild;
    return node ? { node, offset: point.offset } : null;
  }

  /** A DOM Range over [start, end), reused while the text stays the same. */
  rangeFor(start: number, end: number): Range | null {
    const key = `${start}:${end}`;
    const cached = this.ranges.get(key);
    if (cached) return cached;
    const points = this.index.rangePoints(start, end);
    if (!points) return null;
    const from = this.domPoint(points.start);
    const to = this.domPoint(points.end);
    if (!from || !to) return null;
    const range = document.createRange();
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    this.ranges.set(key, range);
    return range;
  }

  /**
   * The vertical extent of [start, end) relative to `origin` (the top of the scrolled page,
   * so scrolling does not change it), measured once per layout.
   */
  extentFor(start: number, end: number, origin: DOMRect): { top: number; bottom: number } | null {
    const key = `${start}:${end}`;
    const cached = this.extents.get(key);
    if (cached) return cached;
    const rect = this.rangeFor(start, end)?.getBoundingClientRect();
    if (!rect) return null;
    const extent = { top: rect.top - origin.top, bottom: rect.bottom - origin.top };
    this.extents.set(key, extent);
    return extent;
  }

  /** The global offset of a DOM point inside the editor, or null when it is outside. */
  offsetOfDomPoint(node: Node, offset: number): number | null {
    const root = this.editor.getRootElement();
    if (!root) return null;
    if (!root.contains(node)) {
      // Clamp points outside the editor (a selection dragged past its end) to its edges.
      const position = root.compareDocumentPosition(node);
      if (position & Node.DOCUMENT_POSITION_PRECEDING) return 0;
      if (position & Node.DOCUMENT_POSITION_FOLLOWING) return this.index.length;
      return null;
    }
    return this.editor.read(() => {
      if (node.nodeType === Node.TEXT_NODE) {
        const lexical = $getNearestNodeFromDOMNode(node);
        return lexical ? this.index.textOffset(lexical.getKey(), offset) : null;
      }
      // An element point sits before child `offset`: the start of that child, or the end of the element.
      const child = node.childNodes[offset];
      if (child) {
        const lexical = $getNearestNodeFromDOMNode(child);
        const span = lexical ? this.index.spanOf(lexical.getKey()) : undefined;
        if (span && lexical!.getKey() !== $getNearestNodeFromDOMNode(node)?.getKey())
          return span.start;
      }
      if (node === root) return offset === 0 ? 0 : this.index.length;
      const lexical = $getNearestNodeFromDOMNode(node);
      const span = lexical ? this.index.spanOf(lexical.getKey()) : undefined;
      return span ? (offset === 0 ? span.start : span.end) : null;
    });
  }

  /** The current DOM selection as a text range, when it is non-empty and touches the editor. */
  selectionRange(selection: Selection | null = window.getSelection()): TextRange | null {
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
    const range = selection.getRangeAt(0);
    const root = this.editor.getRootElement();
    if (!root || !range.intersectsNode(root)) return null;
    const start = this.offsetOfDomPoint(range.startContainer, range.startOffset);
    const end = this.offsetOfDomPoint(range.endContainer, range.endOffset);
    if (start === null || end === null || end <= start) return null;
    return { start, end };
  }

  /** The text offset under a viewport point, from the caret position there. */
  offsetAtPoint(x: number, y: number): number | null {
    const position = document.caretPositionFromPoint?.(x, y);
    if (position) return this.offsetOfDomPoint(position.offsetNode, position.offset);
    const range = document.caretRangeFromPoint?.(x, y);
    return range ? this.offsetOfDomPoint(range.startContainer, range.startOffset) : null;
  }

  /** Selects [start, end) in the DOM, so the user sees and can extend it. */
  selectRange(start: number, end: number): void {
    const range = this.rangeFor(start, end);
    const selection = window.getSelection();
    if (!range || !selection) return;
    selection.removeAllRanges();
    selection.addRange(range.cloneRange());
  }

  /** Top of each paragraph (line) relative to `origin`, in pixels. */
  lineTops(origin: DOMRect): number[] {
    return this.index.paragraphKeys.map((key) => {
      const element = this.editor.getElementByKey(key);
      return element ? element.getBoundingClientRect().top - origin.top : 0;
    });
  }
}
