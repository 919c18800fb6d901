/**
 * The code selected in the codebook panel. The retrieval view shows this code's quotes;
 * a code that disappears (deleted, merged, undone) is deselected.
 */
import { create } from 'zustand';
import { useCodebookStore } from '../../stores/codebook-store';

interface SelectedCodeState {
  selectedCodeId: string | null;
  selectCode(id: string | null): void;
}

export const useSelectedCode = create<SelectedCodeState>((set) => ({
  selectedCodeId: null,
  selectCode(id) {
    set({ selectedCodeId: id });
  },
}));

useCodebookStore.subscribe((state) => {
  const { selectedCodeId } = useSelectedCode.getState();
  if (selectedCodeId && !state.codes.some((c) => c.id === selectedCodeId)) {
    useSelectedCode.setState({ selectedCodeId: null });
  }
});
