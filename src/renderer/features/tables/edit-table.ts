/**
 * Editing a saved table: its settings go into the matrix controls (shown at once), and the
 * editing bar above them saves them back under the table's name.
 */
import type { SavedTable } from '@shared/matrix/tables';
import { useCodebookStore } from '../../stores/codebook-store';
import { useCodeGroupsStore } from '../code-groups/groups-store';
import { formFromOptions } from '../matrix/matrix-form';
import { useMatrixStore } from '../matrix/matrix-store';
import { useMatrixViewStore } from '../matrix/matrix-view-store';
import { useTablesStore } from './tables-store';

export function editTable(table: SavedTable): void {
  const codes = useCodebookStore.getState().codes;
  const groups = useCodeGroupsStore.getState().groups;
  useMatrixStore
    .getState()
    .loadForm(formFromOptions(table.options, table.standalone, codes, groups));
  useTablesStore.getState().setEditing(table.name);
  useMatrixViewStore.getState().setSection('matrix');
}
