/**
 * Keeps what is drawn over and beside the text in step with the editor and the stores:
 * highlights after every editor update and coding change, the kept selection, the layout
 * of line numbers and stripes (throttled to one measurement per animation frame), and
 * performance marks the benchmark reads.
 */
import { useEffect, useRef, type RefObject } from 'react';
import type { LexicalEditor } from 'lexical';
import {
  useTranscriptStore,
  takeApplyMark,
  APPLY_MARK,
  visibleCodings,
} from '../../stores/transcript-store';
import { EditorGeometry } from './editor-geometry';
import { HighlightPainter, browserHighlightRegistry } from './highlight-painter';
import {
  ACTIVE_HIGHLIGHT,
  LABEL_HIGHLIGHT,
  PENDING_HIGHLIGHT,
  groupByColor,
} from './highlight-groups';
import { speakerLabelSpans } from './transcript-layout';
import { assignLanes, mergeSameCode, type StripeExtent } from './lanes';
import { useLayoutStore, type LayoutState } from './layout-store';
import { shownTextVersion } from './TranscriptEditor';

type LayoutCaret = NonNullable<LayoutState['caret']>;

export function useTranscriptPainter(
  editor: LexicalEditor | null,
  columnRef: RefObject<HTMLElement | null>,
): RefObject<EditorGeometry | null> {
  const geometryRef = useRef<EditorGeometry | null>(null);

  useEffect(() => {
    const column = columnRef.current;
    if (!editor || !column) return;
    const geometry = new EditorGeometry(editor);
    const painter = new HighlightPainter(geometry, browserHighlightRegistry());
    geometryRef.current = geometry;
    let frame = 0;
    let openMeasured = -1;
    // Nothing is painted against a DOM that still shows another text.
    const inSync = () => shownTextVersion(editor) === useTranscriptStore.getState().textVersion;
    // The kept selection is painted only while the browser's own selection is not showing it.
    let domSelectionInText = false;
    const pendingSpans = () => {
      const { selection, editing } = useTranscriptStore.getState();
      return selection && !editing && inSync() && !domSelectionInText ? [selection] : [];
    };

    const measureLayout = () => {
      frame = 0;
      const started = performance.now();
      const state = useTranscriptStore.getState();
      const origin = column.getBoundingClientRect();
      const measuredTops = geometry.lineTops(origin);
      // Unchanged line positions keep their array, so the line numbers do not re-render.
      const previousTops = useLayoutStore.getState().lineTops;
      const lineTops =
        previousTops.length === measuredTops.length &&
        measuredTops.every((top, i) => top === previousTops[i])
          ? previousTops
          : measuredTops;
      const extents: StripeExtent[] = [];
      if (!state.editing) {
        for (const coding of visibleCodings(state)) {
          const extent = geometry.extentFor(coding.startUtf16, coding.endUtf16, origin);
          if (extent)
            extents.push({
              codeId: coding.codeId,
              color: coding.color,
              ...extent,
              codingIds: [coding.id],
            });
        }
      }
      const { stripes, lanes } = assignLanes(mergeSameCode(extents, 2));
      performance.clearMeasures('citat:transcript-layout');
      performance.measure('citat:transcript-layout', { start: started });
      useLayoutStore.setState({
        lineTops,
        stripes,
        lanes,
        codeButton: codeButtonPosition(geometry, origin),
      });
    };
    const scheduleLayout = () => {
      if (!frame) frame = requestAnimationFrame(measureLayout);
    };

    const paintCodings = () => {
      const started = performance.now();
      const state = useTranscriptStore.getState();
      painter.paintCodings(
        state.editing || !inSync() ? new Map() : groupByColor(visibleCodings(state)),
      );
      performance.clearMeasures('citat:paint-codings');
      performance.measure('citat:paint-codings', { start: started });
      if (takeApplyMark())
        requestAnimationFrame(() => performance.measure('citat:apply-to-paint', APPLY_MARK));
      scheduleLayout();
    };
    const paintAll = () => {
      const state = useTranscriptStore.getState();
      const editing = state.editing || !inSync();
      painter.paintOverlay(
        LABEL_HIGHLIGHT,
        editing ? [] : speakerLabelSpans(state.text, state.turns),
      );
      painter.paintOverlay(PENDING_HIGHLIGHT, pendingSpans());
      painter.paintOverlay(ACTIVE_HIGHLIGHT, editing ? [] : state.active);
      paintCodings();
      if (inSync() && state.textVersion !== openMeasured && state.document && !state.loading) {
        openMeasured = state.textVersion;
        requestAnimationFrame(() => {
          performance.mark('citat:transcript-open');
          performance.measure(
            'citat:transcript-open',
            'citat:transcript-load-start',
            'citat:transcript-open',
          );
          performance.measure('citat:transcript-open-from-navigation', {
            start: 0,
            end: 'citat:transcript-open',
          });
        });
      }
    };

    geometry.rebuild();
    paintAll();
    const stopUpdates = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      geometry.rebuild();
      paintAll();
    });
    const stopStore = useTranscriptStore.subscribe((state, previous) => {
      if (state.codings !== previous.codings || state.hiddenCoders !== previous.hiddenCoders)
        paintCodings();
      if (state.selection !== previous.selection) {
        painter.paintOverlay(PENDING_HIGHLIGHT, pendingSpans());
        scheduleLayout();
      }
      if (state.active !== previous.active)
        painter.paintOverlay(ACTIVE_HIGHLIGHT, state.editing || !inSync() ? [] : state.active);
      if (state.editing !== previous.editing || state.turns !== previous.turns) paintAll();
    });
    const resize = new ResizeObserver(() => {
      geometry.invalidateLayout();
      scheduleLayout();
    });
    resize.observe(column);

    const onSelectionChange = () => {
      const state = useTranscriptStore.getState();
      if (state.editing) return;
      const selection = window.getSelection();
      const range = geometry.selectionRange(selection);
      const root = editor.getRootElement();
      const inText = !!(selection?.anchorNode && root?.contains(selection.anchorNode));
      if (inText !== domSelectionInText) {
        domSelectionInText = inText;
        painter.paintOverlay(PENDING_HIGHLIGHT, pendingSpans());
      }
      if (range) state.setSelection(range);
      // A click into the text drops the kept selection; focus moving elsewhere keeps it.
      else if (selection?.isCollapsed && inText) state.setSelection(null);
      useLayoutStore.setState({
        caret: inText && selection?.isCollapsed ? caretPosition(selection, column) : null,
      });
    };
    document.addEventListener('selectionchange', onSelectionChange);

    return () => {
      document.removeEventListener('selectionchange', onSelectionChange);
      stopUpdates();
      stopStore();
      resize.disconnect();
      if (frame) cancelAnimationFrame(frame);
      painter.dispose();
      geometryRef.current = null;
    };
  }, [editor, columnRef]);

  return geometryRef;
}

/** Just after the end of the kept selection, relative to the text column. */
function codeButtonPosition(
  geometry: EditorGeometry,
  origin: DOMRect,
): { top: number; left: number } | null {
  const selection = useTranscriptStore.getState().selection;
  if (!selection || useTranscriptStore.getState().editing) return null;
  const rects = geometry.rangeFor(selection.start, selection.end)?.getClientRects();
  const last = rects?.[rects.length - 1];
  if (!last) return null;
  return { top: last.bottom - origin.top + 4, left: Math.max(0, last.right - origin.left - 40) };
}

/** Where to draw the caret of a collapsed selection, relative to the text column. */
function caretPosition(selection: Selection, column: HTMLElement): LayoutCaret | null {
  if (selection.rangeCount === 0) return null;
  const rect = selection.getRangeAt(0).getClientRects()[0];
  if (!rect) return null;
  const origin = column.getBoundingClientRect();
  return { top: rect.top - origin.top, left: rect.left - origin.left, height: rect.height };
}
