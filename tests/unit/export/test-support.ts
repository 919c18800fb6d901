/** Readers the export tests use to look inside what the exporters wrote. */
import { openZip } from '../../../src/main/backend/formats/zip-read';
import {
  descendants,
  parseXml,
  textContent,
  type XmlElement,
} from '../../../src/main/backend/formats/xml-read';

/** Every entry of a ZIP as text, in archive order. */
export function unzipText(bytes: Uint8Array, source: string): Map<string, string> {
  const zip = openZip(bytes, source);
  return new Map(zip.entries.map((entry) => [entry.name, zip.readText(entry)]));
}

export function parsePart(parts: Map<string, string>, name: string): XmlElement {
  const xml = parts.get(name);
  if (xml === undefined) throw new Error(`package has no part ${name}`);
  return parseXml(xml, name, { keepWhitespace: true });
}

/** The text of a WordprocessingML element: its <w:t> contents, ignoring layout whitespace. */
export function wordText(element: XmlElement): string {
  return descendants(element, 't').map(textContent).join('');
}

/**
 * A strict RFC 4180 reader: CRLF record ends, quoted fields may hold commas, quotes
 * (doubled) and line breaks; a quote inside an unquoted field is an error.
 */
export function readCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') throw new Error(`stray quote at ${i}`);
        field += text[i++];
      }
    }
    record.push(field);
    if (text[i] === ',') {
      i++;
    } else if (text.startsWith('\r\n', i)) {
      records.push(record);
      record = [];
      i += 2;
    } else if (i < text.length) {
      throw new Error(`expected , or CRLF at ${i}, found ${JSON.stringify(text[i])}`);
    }
  }
  if (record.length > 0) throw new Error('last record does not end with CRLF');
  return records;
}
