/** Which part of the team view is showing; the agreement table can open the disagreements. */
import { create } from 'zustand';

export type TeamSection = 'exchange' | 'agreement' | 'disagreements';

interface TeamViewState {
  section: TeamSection;
  setSection(section: TeamSection): void;
}

export const useTeamViewStore = create<TeamViewState>((set) => ({
  section: 'exchange',
  setSection(section) {
    set({ section });
  },
}));
