/**
 * Mouse, keyboard and drag-and-drop on the transcript: open the code picker for the
 * selection (C, Enter or the "Code…" button), list the codings under a click or the caret,
 * apply a code dragged from the codebook, and select with Shift+arrows in read-only text.
 */
import {
  useCallback,
  useState,
  type DragEvent,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type RefObject,
} from 'react';
import { reportInfo } from '../../stores/notice-store';
import { useProjectStore } from '../../stores/project-store';
import { useTranscriptStore, visibleCodings, type TextRange } from '../../stores/transcript-store';
import { translate, useLanguageStore } from '../../i18n/i18n';
import { IntervalLookup } from './coding-intervals';
import type { EditorGeometry } from './editor-geometry';
import { placeNear as placeIn, type Anchor, type Placement } from './placement';

export type { Anchor, Placement };
const placeNear = (anchor: Anchor) =>
  placeIn(anchor, { width: window.innerWidth, height: window.innerHeight });

/** The drag payload the codebook panel puts on its rows: the code id. */
export const CODE_DRAG_TYPE = 'application/x-citat-code';

const ARROWS: Record<
  string,
  [direction: 'forward' | 'backward', granularity: 'character' | 'line']
> = {
  ArrowRight: ['forward', 'character'],
  ArrowLeft: ['backward', 'character'],
  ArrowDown: ['forward', 'line'],
  ArrowUp: ['backward', 'line'],
};

export function useTranscriptInteractions(geometryRef: RefObject<EditorGeometry | null>) {
  const [picker, setPicker] = useState<{ range: TextRange; at: Placement } | null>(null);
  const [popover, setPopover] = useState<{ codingIds: string[]; at: Placement } | null>(null);

  const openPicker = useCallback(() => {
    if (useProjectStore.getState().info?.access.mode === 'read-only') return false;
    const geometry = geometryRef.current;
    const range = geometry?.selectionRange() ?? useTranscriptStore.getState().selection;
    if (!geometry || !range) return false;
    const rects = geometry.rangeFor(range.start, range.end)?.getClientRects();
    const last = rects?.[rects.length - 1];
    setPopover(null);
    setPicker({ range, at: placeNear(last ?? { top: 100, bottom: 120, left: 120 }) });
    return true;
  }, [geometryRef]);

  const closePicker = useCallback(
    (restoreSelection: boolean) => {
      const range = picker?.range;
      setPicker(null);
      const geometry = geometryRef.current;
      if (!restoreSelection || !range || !geometry) return;
      // Back to the text with the same selection, ready for the next code.
      geometry.editor.getRootElement()?.focus({ preventScroll: true });
      geometry.selectRange(range.start, range.end);
    },
    [picker, geometryRef],
  );

  const applyFromPicker = useCallback(
    (codeId: string) => {
      const range = picker?.range;
      closePicker(true);
      if (range) void useTranscriptStore.getState().applyCode(codeId, range);
    },
    [picker, closePicker],
  );

  const openCodingsAt = useCallback((offset: number, at: Anchor) => {
    const codings = new IntervalLookup(visibleCodings(useTranscriptStore.getState())).at(offset);
    if (codings.length === 0) {
      setPopover(null);
      return;
    }
    setPicker(null);
    setPopover({
      codingIds: codings.map((c) => c.id),
      at: placeNear(at),
    });
  }, []);

  const onClick = (event: MouseEvent) => {
    const geometry = geometryRef.current;
    if (!geometry || useTranscriptStore.getState().editing) return;
    if (!(window.getSelection()?.isCollapsed ?? true)) return;
    const offset = geometry.offsetAtPoint(event.clientX, event.clientY);
    if (offset !== null) {
      // A click on a coding ends any kept selection; otherwise it reappears under the popover.
      useTranscriptStore.getState().setSelection(null);
      openCodingsAt(offset, {
        top: event.clientY - 12,
        bottom: event.clientY + 12,
        left: event.clientX + 12,
      });
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const store = useTranscriptStore.getState();
    const mod = event.ctrlKey || event.metaKey;
    if (store.editing) {
      // Undo while typing belongs to the editor, not to the project history.
      if (mod && ['z', 'y'].includes(event.key.toLowerCase())) event.stopPropagation();
      return;
    }
    const selection = window.getSelection();
    const arrow = ARROWS[event.key];
    if (arrow && selection && selection.rangeCount > 0) {
      // Read-only text has no caret, so move and extend the DOM selection ourselves.
      event.preventDefault();
      const granularity = mod && arrow[1] === 'character' ? 'word' : arrow[1];
      selection.modify(event.shiftKey ? 'extend' : 'move', arrow[0], granularity);
      return;
    }
    if (mod || event.altKey) return;
    if (event.key === 'c' || event.key === 'C' || event.key === 'Enter') {
      event.preventDefault();
      if (openPicker()) return;
      const geometry = geometryRef.current;
      if (event.key === 'Enter' && geometry && selection?.anchorNode) {
        const offset = geometry.offsetOfDomPoint(selection.anchorNode, selection.anchorOffset);
        const rect = selection.getRangeAt(0).getBoundingClientRect();
        if (offset !== null)
          openCodingsAt(offset, { top: rect.top, bottom: rect.bottom, left: rect.left });
      }
    } else if (event.key === 'Escape') {
      setPicker(null);
      setPopover(null);
      store.setSelection(null);
    }
  };

  /** Tabbing into the text puts a caret at the first line in view, so Shift+arrows can select. */
  const onFocus = (event: FocusEvent) => {
    const geometry = geometryRef.current;
    const root = geometry?.editor.getRootElement();
    const selection = window.getSelection();
    if (!geometry || !root || event.target !== root || useTranscriptStore.getState().editing)
      return;
    const view = root.closest('.transcript-scroll')?.getBoundingClientRect();
    // A selection already in the text is kept while it is in view.
    if (selection?.anchorNode && root.contains(selection.anchorNode) && selection.rangeCount > 0) {
      const rect = selection.getRangeAt(0).getClientRects()[0];
      if (!view || (rect && rect.top >= view.top && rect.bottom <= view.bottom)) return;
    }
    const box = root.getBoundingClientRect();
    // Near the top of what is in view: two lines below the scroll container's edge, so neither
    // a line cut by that edge nor the end of the line before a soft wrap (where a caret at a
    // line start also reports a box) lies out of sight; or the text's own top when unscrolled.
    const y = box.top >= (view?.top ?? 0) ? box.top + 12 : (view?.top ?? 0) + 56;
    // Blank lines between turns hold no text to put a caret in: step down to the next line that does.
    for (
      let probe = Math.min(y, window.innerHeight - 12);
      probe < window.innerHeight;
      probe += 12
    ) {
      const position = document.caretPositionFromPoint?.(box.left + 2, probe);
      if (!position || !root.contains(position.offsetNode)) return;
      if (position.offsetNode.nodeType === Node.TEXT_NODE) {
        selection?.collapse(position.offsetNode, position.offset);
        return;
      }
    }
  };

  const onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes(CODE_DRAG_TYPE) || useTranscriptStore.getState().editing)
      return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  };

  const onDrop = (event: DragEvent) => {
    const codeId = event.dataTransfer.getData(CODE_DRAG_TYPE);
    if (!codeId || useTranscriptStore.getState().editing) return;
    event.preventDefault();
    event.stopPropagation();
    const range = geometryRef.current?.selectionRange() ?? useTranscriptStore.getState().selection;
    if (range) void useTranscriptStore.getState().applyCode(codeId, range);
    else reportInfo(translate(useLanguageStore.getState().language, 'transcript.drop.noselection'));
  };

  return {
    picker,
    popover,
    openPicker,
    closePicker,
    applyFromPicker,
    closePopover: useCallback(() => setPopover(null), []),
    openPopover: useCallback((codingIds: readonly string[], at: Anchor) => {
      setPicker(null);
      setPopover({ codingIds: [...codingIds], at: placeNear(at) });
    }, []),
    handlers: { onClick, onKeyDown, onFocus, onDragOver, onDrop },
  };
}
