/**
 * Reads CSV-like text files the way spreadsheets write them: UTF-8 with or without BOM,
 * UTF-16 with BOM ("Unicode text"), or Windows-1252 when the bytes are not UTF-8 (older
 * Danish Excel); comma, semicolon (Excel with a decimal comma) or tab between fields;
 * RFC 4180 quoting with "" for a quote and line breaks inside quoted fields.
 */
import { inputError } from '../../errors';
import type { TableRow } from './table-row';

export interface DecodedText {
  text: string;
  /** Set when the bytes were not UTF-8 and a legacy code page was assumed. */
  fallbackEncoding: string | null;
}

export function decodeTableText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), fallbackEncoding: null };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), fallbackEncoding: null };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), fallbackEncoding: null };
  }
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
      fallbackEncoding: null,
    };
  } catch {
    return {
      text: new TextDecoder('windows-1252').decode(bytes),
      fallbackEncoding: 'Windows-1252',
    };
  }
}

const CANDIDATE_DELIMITERS = [',', ';', '\t'] as const;

/** Picks the delimiter that occurs most often, outside quotes, in the first non-blank line. */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>(CANDIDATE_DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  let lineHasContent = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) {
      if (lineHasContent) break;
      continue;
    } else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
    if (ch.trim() !== '') lineHasContent = true;
  }
  let best: string = ',';
  for (const delimiter of CANDIDATE_DELIMITERS) {
    if (counts.get(delimiter)! > counts.get(best)!) best = delimiter;
  }
  return best;
}

/** Splits delimited text into rows of fields. `source` names the file in errors. */
export function parseDelimited(text: string, delimiter: string, source: string): TableRow[] {
  const rows: TableRow[] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStarted = false;
  let line = 1;
  let quoteLine = 1;
  const endField = (): void => {
    row.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRow = (): void => {
    endField();
    rows.push({ number: rows.length + 1, cells: row });
    row = [];
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
    } else if (ch === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
      quoteLine = line;
    } else if (ch === delimiter) {
      endField();
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      line++;
      endRow();
    } else {
      // A quote in the middle of an unquoted field is kept as text, as Excel does.
      field += ch;
      fieldStarted = true;
    }
  }
  if (quoted) {
    throw inputError(
      'table.unterminated-quote',
      `${source}: a quoted field that starts on line ${quoteLine} is never closed`,
    );
  }
  if (field !== '' || row.length > 0 || fieldStarted) endRow();
  return rows;
}
