/** Plain-text transcripts: decode, normalise, detect `Label: …` turns. */
import type { ParsedTranscript } from '@shared/transcript/parsed';
import { decodeTextFile, transcriptFromText } from './text-file';

export function parseTxt(bytes: Uint8Array, fileName: string): ParsedTranscript {
  const decoded = decodeTextFile(bytes, fileName);
  return transcriptFromText('txt', decoded.text, decoded.encoding, decoded.warnings);
}
