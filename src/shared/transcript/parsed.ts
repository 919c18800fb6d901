import type { SourceFormat } from '../domain/entities';
import type { NormalisationReport } from '../text/normalise';

/** A speaker turn found in a transcript, before speakers are stored. */
export interface ParsedTurn {
  /** The label as written ("JKM", "Interviewer", "Jane Wiis"). */
  label: string;
  startUtf16: number;
  endUtf16: number;
  timestampMs: number | null;
}

/** What every importer returns: the normalised text every offset refers to, and its turns. */
export interface ParsedTranscript {
  format: SourceFormat;
  /** NFC, `\n` line ends, no BOM. */
  text: string;
  turns: ParsedTurn[];
  /** How the bytes were decoded, for text formats ("utf-8", "utf-16le", "windows-1252"). */
  encoding: string | null;
  /** Things the user should know (e.g. "decoded as Windows-1252"). */
  warnings: string[];
  /** What the text normalisation changed (absent where the format rebuilds its text anyway). */
  normalisation?: NormalisationReport;
}
