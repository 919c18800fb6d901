/**
 * Bookkeeping for importing several files one after another: how far along, which file is
 * being read, and what became of each (imported, already in the project, or failed and why).
 */
import type { ImportOutcome } from '@shared/api/types';
import { normalisationChanges, type NormalisationChange } from '@shared/text/normalise';

export type ImportStatus = 'imported' | 'duplicate' | 'failed';

export interface ImportFileResult {
  fileName: string;
  status: ImportStatus;
  /** The core's message for a failure or duplicate; null when imported. */
  message: string | null;
  words: number | null;
  speakers: string[];
  warnings: string[];
  /** What the import's normalisation changed in the text (none for a failure). */
  cleaned: { kind: NormalisationChange; count: number }[];
}

export interface ImportRun {
  total: number;
  done: number;
  /** The file being uploaded now; null before the first and after the last. */
  current: string | null;
  results: ImportFileResult[];
}

export function startRun(total: number): ImportRun {
  return { total, done: 0, current: null, results: [] };
}

export function beginFile(run: ImportRun, fileName: string): ImportRun {
  return { ...run, current: fileName };
}

function finishFile(run: ImportRun, result: ImportFileResult): ImportRun {
  return { ...run, done: run.done + 1, current: null, results: [...run.results, result] };
}

/** The core's messages start with the file name, which the result line already shows. */
export function withoutFileName(message: string, fileName: string): string {
  const prefix = `${fileName}: `;
  return message.startsWith(prefix) ? message.slice(prefix.length) : message;
}

/** Same text already in the project (`import.duplicate`) is reported apart from real failures. */
export function recordOutcome(run: ImportRun, outcome: ImportOutcome): ImportRun {
  if (outcome.ok) {
    return finishFile(run, {
      fileName: outcome.file,
      status: 'imported',
      message: null,
      words: outcome.document.wordCount,
      speakers: outcome.speakers,
      warnings: outcome.warnings,
      cleaned: normalisationChanges(outcome.normalisation),
    });
  }
  return finishFile(run, {
    fileName: outcome.file,
    status: outcome.error.code === 'import.duplicate' ? 'duplicate' : 'failed',
    message: withoutFileName(outcome.error.message, outcome.file),
    words: null,
    speakers: [],
    warnings: [],
    cleaned: [],
  });
}

/** A file that never reached the importer (unreadable, refused by the transport). */
export function recordFailure(run: ImportRun, fileName: string, message: string): ImportRun {
  return finishFile(run, {
    fileName,
    status: 'failed',
    message: withoutFileName(message, fileName),
    words: null,
    speakers: [],
    warnings: [],
    cleaned: [],
  });
}

export function isFinished(run: ImportRun): boolean {
  return run.done >= run.total;
}

/** 0…1 for the progress bar. */
export function progressFraction(run: ImportRun): number {
  return run.total === 0 ? 1 : Math.min(1, run.done / run.total);
}

export function tally(run: ImportRun): Record<ImportStatus, number> {
  const counts: Record<ImportStatus, number> = { imported: 0, duplicate: 0, failed: 0 };
  for (const result of run.results) counts[result.status]++;
  return counts;
}

/** What the file picker offers: the formats the importer reads (it also checks contents). */
export const ACCEPTED_EXTENSIONS = '.txt,.text,.docx,.odt,.pdf,.vtt,.srt,.md,.markdown';
