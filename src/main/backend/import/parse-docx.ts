/**
 * Word (.docx) transcripts: the main document part's paragraphs become lines. Only what
 * the final document shows is kept: tracked insertions stay, tracked deletions
 * (`w:del`/`w:delText`), moved-away text, field instructions, drawings and text boxes go.
 */
import type { ParsedTranscript } from '@shared/transcript/parsed';
import { CitatError } from '../errors';
import {
  attr,
  childElements,
  firstChild,
  parseXml,
  textContent,
  type XmlElement,
} from '../formats/xml-read';
import { asImportError, importError } from './import-error';
import { openOfficeZip, readZipText } from './office-zip';
import { transcriptFromText } from './text-file';

const EXPECTED = 'a Word .docx document';
const OFFICE_DOCUMENT_REL = /\/officeDocument$/;

/** Elements whose content a reader of the finished document does not see. */
const HIDDEN = new Set([
  'del',
  'delText',
  'delInstrText',
  'instrText',
  'moveFrom',
  'pPr',
  'rPr',
  'sectPr',
  'drawing',
  'pict',
  'object',
  'AlternateContent',
  'footnoteReference',
  'endnoteReference',
  'commentReference',
  'softHyphen',
  'sym',
]);

function inlineText(element: XmlElement): string {
  let out = '';
  for (const child of childElements(element)) {
    if (HIDDEN.has(child.local)) continue;
    switch (child.local) {
      case 't':
        out += textContent(child);
        break;
      case 'tab':
      case 'ptab':
        out += '\t';
        break;
      case 'br':
      case 'cr':
        out += '\n';
        break;
      case 'noBreakHyphen':
        out += '-';
        break;
      default:
        out += inlineText(child);
    }
  }
  return out;
}

/** Paragraphs → lines; a table row → one line with its cells separated by tabs. */
function blockLines(container: XmlElement, out: string[]): void {
  for (const child of childElements(container)) {
    if (HIDDEN.has(child.local)) continue;
    if (child.local === 'p') {
      out.push(inlineText(child));
    } else if (child.local === 'tbl') {
      for (const row of childElements(child, 'tr')) {
        const cells = childElements(row, 'tc').map((cell) => {
          const cellLines: string[] = [];
          blockLines(cell, cellLines);
          return cellLines.join(' ').trim();
        });
        out.push(cells.join('\t'));
      }
    } else {
      // w:sdt, w:sdtContent, w:customXml, w:ins, w:moveTo and the like wrap ordinary blocks.
      blockLines(child, out);
    }
  }
}

/** The main document part named in `_rels/.rels`, normally `word/document.xml`. */
function mainPartName(relsXml: string | null, fileName: string): string {
  if (relsXml === null) return 'word/document.xml';
  const rels = parseXml(relsXml, `${fileName} (_rels/.rels)`);
  const main = childElements(rels, 'Relationship').find((r) =>
    OFFICE_DOCUMENT_REL.test(attr(r, 'Type') ?? ''),
  );
  const target = main ? attr(main, 'Target') : undefined;
  return target ? target.replace(/^\//, '') : 'word/document.xml';
}

export function docxToText(bytes: Uint8Array, fileName: string): string {
  const zip = openOfficeZip(bytes, fileName, 'docx', EXPECTED);
  const read = (name: string) => readZipText(zip, name, fileName, 'docx', EXPECTED);
  try {
    const partName = mainPartName(read('_rels/.rels'), fileName);
    const xml = read(partName);
    if (xml === null) {
      const hint = zip.find('content.xml')
        ? '; it looks like an OpenDocument file, rename it to .odt'
        : '';
      throw importError(
        fileName,
        'corrupt-docx',
        `the file is not ${EXPECTED}: it has no ${partName}${hint}`,
      );
    }
    const root = parseXml(xml, `${fileName} (${partName})`, { keepWhitespace: true });
    const body = firstChild(root, 'body');
    if (!body)
      throw importError(
        fileName,
        'corrupt-docx',
        `the file is not ${EXPECTED}: ${partName} has no body`,
      );
    const lines: string[] = [];
    blockLines(body, lines);
    return lines.join('\n');
  } catch (err) {
    if (err instanceof CitatError && err.code.startsWith('import.')) throw err;
    throw asImportError(fileName, 'corrupt-docx', err);
  }
}

export function parseDocx(bytes: Uint8Array, fileName: string): ParsedTranscript {
  return transcriptFromText('docx', docxToText(bytes, fileName), null, []);
}
