/**
 * Drag and drop in the code tree. A row carries its code id as `application/x-citat-code`
 * (the transcript view codes a selection with it); inside the tree the same drag moves the
 * code: onto a row nests it, onto a row's upper or lower edge places it beside that row.
 */
import { useState, type DragEvent } from 'react';
import type { CodeListEntry } from '@shared/api/types';
import { dropZoneAt, moveTargetFor, moveUnder, type DropZone, type MoveTarget } from './code-drop';
import type { TreeRow } from './code-tree';
import type { RowDragHandlers } from './CodeRow';

export const CODE_DRAG_TYPE = 'application/x-citat-code';

export interface DropIndicator {
  targetId: string | null;
  zone: DropZone;
}

export function useCodeDrag(
  codes: readonly CodeListEntry[],
  onMove: (id: string, target: MoveTarget) => void,
) {
  const [draggedId, setDraggedId] = useState<string | null>(null);
  const [indicator, setIndicator] = useState<DropIndicator | null>(null);

  const end = () => {
    setDraggedId(null);
    setIndicator(null);
  };

  const targetAt = (event: DragEvent<HTMLElement>, row: TreeRow): MoveTarget | null => {
    if (!draggedId) return null;
    const rect = event.currentTarget.getBoundingClientRect();
    const zone = dropZoneAt(event.clientY - rect.top, rect.height);
    const target = moveTargetFor(codes, draggedId, row.code.id, zone, row.expanded);
    const shown = target ? { targetId: row.code.id, zone } : null;
    if (shown?.targetId !== indicator?.targetId || shown?.zone !== indicator?.zone)
      setIndicator(shown);
    return target;
  };

  const rowHandlers = (row: TreeRow): RowDragHandlers => ({
    onDragStart(event) {
      event.dataTransfer.setData(CODE_DRAG_TYPE, row.code.id);
      event.dataTransfer.effectAllowed = 'copyMove';
      setDraggedId(row.code.id);
    },
    onDragOver(event) {
      if (!targetAt(event, row)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
    },
    onDrop(event) {
      const target = targetAt(event, row);
      const id = draggedId;
      end();
      if (!target || !id) return;
      event.preventDefault();
      onMove(id, target);
    },
    onDragEnd: end,
  });

  /** The empty space below the last row: move to the end of the top level. */
  const endHandlers = {
    onDragOver(event: DragEvent<HTMLElement>) {
      if (!draggedId || !moveUnder(codes, draggedId, null)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      if (indicator?.targetId !== null) setIndicator({ targetId: null, zone: 'after' });
    },
    onDragLeave() {
      if (indicator?.targetId === null) setIndicator(null);
    },
    onDrop(event: DragEvent<HTMLElement>) {
      const target = draggedId ? moveUnder(codes, draggedId, null) : null;
      const id = draggedId;
      end();
      if (!target || !id) return;
      event.preventDefault();
      onMove(id, target);
    },
  };

  return {
    draggedId,
    indicator,
    rowHandlers,
    endHandlers,
    clearIndicator: () => setIndicator(null),
  };
}
