/** Markdown transcripts and notes: decoded like text, reduced to what a reader sees. */
import type { ParsedTranscript } from '@shared/transcript/parsed';
import { markdownToText } from './markdown-text';
import { decodeTextFile, transcriptFromText } from './text-file';

export function parseMd(bytes: Uint8Array, fileName: string): ParsedTranscript {
  const decoded = decodeTextFile(bytes, fileName);
  return transcriptFromText('md', markdownToText(decoded.text), decoded.encoding, decoded.warnings);
}
