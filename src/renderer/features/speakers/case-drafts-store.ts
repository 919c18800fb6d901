/** What is typed into the "new case" and "new attribute" boxes, kept across view changes. */
import { create } from 'zustand';

interface CaseDrafts {
  caseName: string;
  columnName: string;
  setDraft(field: 'caseName' | 'columnName', value: string): void;
}

export const useCaseDrafts = create<CaseDrafts>((set) => ({
  caseName: '',
  columnName: '',
  setDraft(field, value) {
    set({ [field]: value });
  },
}));
