/** The saving state of all fields together, for the top bar's indicator. */
import { create } from 'zustand';
import { autosaves, type SaveSummary } from './autosave-registry';

export const useSaveStatus = create<SaveSummary>(() => autosaves.summary);

autosaves.subscribe(() => useSaveStatus.setState(autosaves.summary, true));
