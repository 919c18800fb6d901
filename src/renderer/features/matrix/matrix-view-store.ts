/**
 * Which part of the quote matrix view shows (the matrix itself, or the saved tables), and
 * whether the export options are unfolded — kept while the user goes to other views.
 */
import { create } from 'zustand';

export type MatrixSection = 'matrix' | 'tables';

interface MatrixViewState {
  section: MatrixSection;
  outputOpen: boolean;
  setSection(section: MatrixSection): void;
  setOutputOpen(open: boolean): void;
}

export const useMatrixViewStore = create<MatrixViewState>((set) => ({
  section: 'matrix',
  outputOpen: false,
  setSection(section) {
    set({ section });
  },
  setOutputOpen(open) {
    set({ outputOpen: open });
  },
}));
