/**
 * Entry point of transcript import: read a file with a size limit, pick the parser by
 * extension, and guarantee the result is usable (not empty, offsets into normalised text).
 */
import { open, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { SourceFormat } from '@shared/domain/entities';
import type { ParsedTranscript } from '@shared/transcript/parsed';
import { importError } from './import-error';
import { parseDocx } from './parse-docx';
import { parseMd } from './parse-md';
import { parseOdt } from './parse-odt';
import { parsePdf } from './parse-pdf';
import { parseSrt } from './parse-srt';
import { parseTxt } from './parse-txt';
import { parseVtt } from './parse-vtt';

export const DEFAULT_MAX_IMPORT_BYTES = 100 * 1024 * 1024;

type Parser = (bytes: Uint8Array, fileName: string) => ParsedTranscript | Promise<ParsedTranscript>;

const PARSERS: Record<string, { format: SourceFormat; parse: Parser }> = {
  '.txt': { format: 'txt', parse: parseTxt },
  '.text': { format: 'txt', parse: parseTxt },
  '.md': { format: 'md', parse: parseMd },
  '.markdown': { format: 'md', parse: parseMd },
  '.docx': { format: 'docx', parse: parseDocx },
  '.odt': { format: 'odt', parse: parseOdt },
  '.pdf': { format: 'pdf', parse: parsePdf },
  '.vtt': { format: 'vtt', parse: parseVtt },
  '.srt': { format: 'srt', parse: parseSrt },
};

export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(PARSERS);

/** Advice for formats people commonly try that we deliberately do not read. */
const CONVERT_HINTS: Record<string, string> = {
  '.doc': 'old Word .doc files are not supported; save it as .docx in Word or LibreOffice',
  '.rtf': 'RTF is not supported; save it as .docx or .txt',
  '.pages': 'Apple Pages files are not supported; export it as .docx',
  '.odp': 'presentations are not supported',
};

function formatSize(bytes: number): string {
  const units: [number, string][] = [
    [1024 ** 3, 'GiB'],
    [1024 ** 2, 'MiB'],
    [1024, 'KiB'],
  ];
  for (const [size, unit] of units)
    if (bytes >= size) return `${(bytes / size).toFixed(1)} ${unit}`;
  return `${bytes} bytes`;
}

/** Parses a transcript file's bytes; the parser is chosen by the (case-insensitive) extension. */
export async function parseTranscript(
  bytes: Uint8Array,
  fileName: string,
): Promise<ParsedTranscript> {
  const extension = extname(fileName).toLowerCase();
  const entry = PARSERS[extension];
  if (!entry) {
    const hint = CONVERT_HINTS[extension];
    const what =
      extension === '' ? 'the file has no extension' : `unsupported file type "${extension}"`;
    throw importError(
      fileName,
      'unsupported-format',
      `${hint ?? what}; supported: ${SUPPORTED_EXTENSIONS.join(', ')}`,
    );
  }
  if (bytes.length === 0) throw importError(fileName, 'empty', 'the file is empty');
  const result = await entry.parse(bytes, fileName);
  if (result.text.trim() === '') {
    throw importError(fileName, 'empty', 'the file is empty (it contains no text)');
  }
  return result;
}

function openFailure(fileName: string, path: string, err: unknown) {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT')
    return importError(
      fileName,
      'not-found',
      path === fileName ? 'file not found' : `file not found (looked in ${path})`,
      err,
    );
  if (code === 'EACCES' || code === 'EPERM')
    return importError(fileName, 'unreadable', 'permission denied', err);
  return importError(fileName, 'unreadable', `cannot read the file (${code ?? String(err)})`, err);
}

/** Reads a file for import; files larger than `maxBytes` are refused after a stat, unread. */
export async function readTranscriptFile(
  path: string,
  options: { maxBytes?: number } = {},
): Promise<{ bytes: Uint8Array; fileName: string }> {
  const fileName = basename(path);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_IMPORT_BYTES;
  // stat before open: opening a FIFO would block, and a huge file is refused without a read.
  const stats = await stat(path).catch((err: unknown) => {
    throw openFailure(fileName, path, err);
  });
  if (stats.isDirectory())
    throw importError(fileName, 'not-a-file', 'this is a folder, not a file');
  if (!stats.isFile()) throw importError(fileName, 'not-a-file', 'this is not a regular file');
  if (stats.size > maxBytes) {
    throw importError(
      fileName,
      'too-large',
      `the file is ${formatSize(stats.size)}; the limit is ${formatSize(maxBytes)}`,
    );
  }
  const handle = await open(path, 'r').catch((err: unknown) => {
    throw openFailure(fileName, path, err);
  });
  try {
    // Read at most one byte more than allowed, in case the file grew since stat.
    const buffer = new Uint8Array(Math.min(stats.size, maxBytes) + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) {
      throw importError(
        fileName,
        'too-large',
        `the file is larger than the limit of ${formatSize(maxBytes)}`,
      );
    }
    return { bytes: buffer.slice(0, length), fileName };
  } finally {
    await handle.close();
  }
}
