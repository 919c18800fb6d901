/**
 * The codebook export: which of the formats is chosen, and saving it (the save dialog in
 * the desktop app, a download in the browser). Notes the format could not avoid (groups a
 * table cannot hold, two codes giving one Taguette tag) stay shown until the dialog closes.
 */
import { create } from 'zustand';
import type { ExportedFile } from '@shared/api/types';
import { callApi } from '../../api/client';
import { translate, useLanguageStore } from '../../i18n/i18n';
import { useProjectStore } from '../../stores/project-store';
import { reportError, reportInfo } from '../../stores/notice-store';
import { exportFileName, saveFile } from './codebook-files';
import { importErrorText } from './import-wording';
import './messages';

/** Every file the dialog offers, in the order it lists them. */
export const EXPORT_CHOICES = [
  { id: 'qdc', group: 'codebook', extension: 'qdc' },
  { id: 'csv', group: 'codebook', extension: 'csv' },
  { id: 'csvFlat', group: 'codebook', extension: 'csv' },
  { id: 'xlsx', group: 'codebook', extension: 'xlsx' },
  { id: 'md', group: 'codebook', extension: 'md' },
  { id: 'docx', group: 'codebook', extension: 'docx' },
  { id: 'guideDocx', group: 'guide', extension: 'docx' },
  { id: 'guideMd', group: 'guide', extension: 'md' },
  { id: 'guideTex', group: 'guide', extension: 'tex' },
] as const;

export type ExportChoice = (typeof EXPORT_CHOICES)[number];
export type ExportChoiceId = ExportChoice['id'];

interface ExportState {
  open: boolean;
  choice: ExportChoiceId;
  busy: boolean;
  /** After a save whose export had notes: the file's name and the notes. */
  done: { fileName: string; warnings: string[] } | null;
  show(): void;
  setChoice(choice: ExportChoiceId): void;
  /** Exports the chosen format and saves it; closes unless there are notes to read. */
  save(): Promise<void>;
  close(): void;
}

function exportCall(choice: ExportChoice, language: 'en' | 'da'): Promise<ExportedFile> {
  switch (choice.id) {
    case 'csvFlat':
      return callApi('codebook.export', { format: 'csv', flat: true });
    case 'guideDocx':
    case 'guideMd':
    case 'guideTex':
      return callApi('codebook.exportGuide', { format: choice.extension, language });
    default:
      return callApi('codebook.export', { format: choice.id });
  }
}

export const useCodebookExportStore = create<ExportState>((set, get) => ({
  open: false,
  choice: 'qdc',
  busy: false,
  done: null,
  show() {
    set({ open: true, done: null });
  },
  setChoice(choice) {
    set({ choice, done: null });
  },
  async save() {
    const choice = EXPORT_CHOICES.find((c) => c.id === get().choice) ?? EXPORT_CHOICES[0];
    const language = useLanguageStore.getState().language;
    const t = (key: string, params?: Record<string, string>) => translate(language, key, params);
    const what =
      choice.group === 'guide'
        ? t('codebookExchange.file.guide')
        : choice.id === 'csvFlat'
          ? t('codebookExchange.file.taguette')
          : t('codebookExchange.file.codebook');
    const fileName = exportFileName(
      useProjectStore.getState().info?.name ?? '',
      what,
      choice.extension,
    );
    set({ busy: true });
    try {
      const file = await exportCall(choice, language);
      const outcome = await saveFile(file, fileName, t('codebookExchange.export.saveTitle'));
      if (outcome.kind === 'cancelled') return;
      const warnings = file.warnings ?? [];
      if (warnings.length > 0) set({ done: { fileName: outcome.fileName, warnings } });
      else {
        set({ open: false, done: null });
        reportInfo(t(`codebookExchange.export.${outcome.kind}`, { file: outcome.fileName }));
      }
    } catch (err) {
      reportError(new Error(importErrorText(err, fileName, language)));
    } finally {
      set({ busy: false });
    }
  },
  close() {
    if (!get().busy) set({ open: false, done: null });
  },
}));
