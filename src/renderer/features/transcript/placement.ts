/** Where a popup (code picker, codings popover) opens: next to its anchor, never over it. */

/** Fixed position of a popup: below its anchor, or above it (by `bottom`) when there is more room there. */
export interface Placement {
  top?: number;
  bottom?: number;
  left: number;
}

/** The viewport rectangle to stay clear of (a selection's last line, a clicked point). */
export interface Anchor {
  top: number;
  bottom: number;
  left: number;
}

export const POPUP_WIDTH = 370;
/** Room below the anchor that is enough for a popup to open downwards. */
const POPUP_ROOM = 340;
const MARGIN = 8;

export function placeNear(anchor: Anchor, viewport: { width: number; height: number }): Placement {
  const left = Math.max(MARGIN, Math.min(anchor.left, viewport.width - POPUP_WIDTH - MARGIN));
  const below = viewport.height - anchor.bottom;
  if (below >= POPUP_ROOM || below >= anchor.top) return { top: anchor.bottom + 6, left };
  return { bottom: viewport.height - anchor.top + 6, left };
}
