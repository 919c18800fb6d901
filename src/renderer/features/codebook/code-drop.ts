/**
 * Where a dragged code lands: the pointer's height inside a row picks before / inside /
 * after, and that becomes the new parent and the position among its other children
 * (the position `codes.move` expects: an index among the siblings without the moved code).
 */
import type { CodeListEntry } from '@shared/api/types';
import { subtreeIds } from './code-tree';

export type DropZone = 'before' | 'inside' | 'after';

export interface MoveTarget {
  parentId: string | null;
  position: number;
}

/** The top and bottom quarter of a row mean "between rows"; the middle means "into it". */
export function dropZoneAt(offsetY: number, rowHeight: number): DropZone {
  if (rowHeight <= 0) return 'inside';
  const ratio = offsetY / rowHeight;
  if (ratio < 0.25) return 'before';
  if (ratio > 0.75) return 'after';
  return 'inside';
}

function childrenOf(
  codes: readonly CodeListEntry[],
  parentId: string | null,
  without: string,
): CodeListEntry[] {
  return codes
    .filter((c) => c.parentId === parentId && c.id !== without)
    .sort((a, b) => a.position - b.position);
}

function isNoOp(codes: readonly CodeListEntry[], dragged: CodeListEntry, target: MoveTarget) {
  if (dragged.parentId !== target.parentId) return false;
  const current = childrenOf(codes, dragged.parentId, '').findIndex((c) => c.id === dragged.id);
  return current === target.position;
}

/**
 * The move that dropping `draggedId` on `targetId` in `zone` asks for, or null when the drop
 * is impossible (onto itself or below itself) or would change nothing. `targetExpanded`: the
 * target's children are showing, so a line drawn under it sits above its first child.
 */
export function moveTargetFor(
  codes: readonly CodeListEntry[],
  draggedId: string,
  targetId: string,
  zone: DropZone,
  targetExpanded = false,
): MoveTarget | null {
  const dragged = codes.find((c) => c.id === draggedId);
  const target = codes.find((c) => c.id === targetId);
  if (!dragged || !target || subtreeIds(codes, draggedId).has(targetId)) return null;
  let move: MoveTarget;
  const hasChildren = codes.some((c) => c.parentId === targetId && c.id !== draggedId);
  if (zone === 'inside' || (zone === 'after' && targetExpanded && hasChildren)) {
    move = {
      parentId: target.id,
      position: zone === 'inside' ? childrenOf(codes, target.id, draggedId).length : 0,
    };
  } else {
    const siblings = childrenOf(codes, target.parentId, draggedId);
    const index = siblings.findIndex((c) => c.id === targetId);
    move = { parentId: target.parentId, position: zone === 'before' ? index : index + 1 };
  }
  return isNoOp(codes, dragged, move) ? null : move;
}

/** Moving a code one place up or down among its siblings (the keyboard's reorder). */
export function siblingMove(
  codes: readonly CodeListEntry[],
  id: string,
  delta: -1 | 1,
): MoveTarget | null {
  const code = codes.find((c) => c.id === id);
  if (!code) return null;
  const siblings = childrenOf(codes, code.parentId, '');
  const next = siblings.findIndex((c) => c.id === id) + delta;
  if (next < 0 || next >= siblings.length) return null;
  return { parentId: code.parentId, position: next };
}

/** "Move to…": under `parentId` (null = top level), after its existing children. */
export function moveUnder(
  codes: readonly CodeListEntry[],
  id: string,
  parentId: string | null,
): MoveTarget | null {
  const code = codes.find((c) => c.id === id);
  if (!code || (parentId !== null && subtreeIds(codes, id).has(parentId))) return null;
  const move = { parentId, position: childrenOf(codes, parentId, id).length };
  return isNoOp(codes, code, move) ? null : move;
}
