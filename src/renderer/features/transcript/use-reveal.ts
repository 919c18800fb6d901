/**
 * "Show in transcript" from retrieval, matrix and search: once the requested document is
 * loaded and laid out, scroll its passage to the middle and flash it with the active highlight.
 */
import { useEffect, type RefObject } from 'react';
import { useUiStore, type RevealRequest } from '../../stores/ui-store';
import { useTranscriptStore } from '../../stores/transcript-store';
import type { EditorGeometry } from './editor-geometry';

const FLASH_MS = 2500;
const MAX_TRIES = 300;
/** Module-wide, so switching views and back does not flash an old request again. */
let handled = 0;

export function useReveal(
  geometryRef: RefObject<EditorGeometry | null>,
  scrollRef: RefObject<HTMLElement | null>,
) {
  useEffect(() => {
    let frame = 0;
    let flashTimer = 0;

    const tryReveal = (request: RevealRequest, tries: number) => {
      frame = 0;
      const state = useTranscriptStore.getState();
      const geometry = geometryRef.current;
      const ready =
        state.documentId === request.documentId &&
        !state.loading &&
        state.document?.id === request.documentId &&
        geometry !== null &&
        geometry.index.length === state.text.length;
      if (!ready) {
        if (tries < MAX_TRIES) frame = requestAnimationFrame(() => tryReveal(request, tries + 1));
        return;
      }
      handled = request.serial;
      const rect = geometry.rangeFor(request.startUtf16, request.endUtf16)?.getBoundingClientRect();
      const scroller = scrollRef.current;
      if (rect && scroller) {
        const box = scroller.getBoundingClientRect();
        scroller.scrollTop += rect.top - box.top - Math.max(40, (box.height - rect.height) / 2);
      }
      state.setActive([{ start: request.startUtf16, end: request.endUtf16 }]);
      window.clearTimeout(flashTimer);
      flashTimer = window.setTimeout(() => useTranscriptStore.getState().setActive([]), FLASH_MS);
    };

    const onRequest = (request: RevealRequest | null) => {
      if (!request || request.serial === handled) return;
      if (frame) cancelAnimationFrame(frame);
      tryReveal(request, 0);
    };
    onRequest(useUiStore.getState().reveal);
    const stop = useUiStore.subscribe((state, previous) => {
      if (state.reveal !== previous.reveal) onRequest(state.reveal);
    });
    return () => {
      stop();
      if (frame) cancelAnimationFrame(frame);
      window.clearTimeout(flashTimer);
    };
  }, [geometryRef, scrollRef]);
}
