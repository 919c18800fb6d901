/**
 * Shared first step of every text-based format (txt, md, vtt, srt): refuse binary files,
 * decode the bytes, and hand back the encoding and its warnings.
 */
import type { ParsedTranscript } from '@shared/transcript/parsed';
import type { SourceFormat } from '@shared/domain/entities';
import { normaliseTextReporting } from '@shared/text/normalise';
import { detectTurns } from '@shared/transcript/turns';
import { decodeText, type DecodedText } from './decode-text';
import { importError } from './import-error';
import { knownBinaryFormat, looksBinary } from './sniff-binary';

export function decodeTextFile(bytes: Uint8Array, fileName: string): DecodedText {
  const known = knownBinaryFormat(bytes);
  if (known) {
    throw importError(
      fileName,
      'binary',
      `looks like ${known}, not text; check the file name extension`,
    );
  }
  const decoded = decodeText(bytes);
  if (looksBinary(decoded.text)) {
    throw importError(fileName, 'binary', 'looks like a binary file, not text');
  }
  return decoded;
}

/** Normalises `raw` once and finds its turns; every offset refers to the returned text. */
export function transcriptFromText(
  format: SourceFormat,
  raw: string,
  encoding: string | null,
  warnings: string[],
): ParsedTranscript {
  const { text, report } = normaliseTextReporting(raw);
  return { format, text, turns: detectTurns(text), encoding, warnings, normalisation: report };
}
