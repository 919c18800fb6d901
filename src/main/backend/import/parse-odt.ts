/**
 * OpenDocument (.odt) transcripts: `text:p` and `text:h` in content.xml become lines, lists
 * one line per item. ODF collapses white space in paragraph text like HTML does, and
 * spells out significant spaces as `text:s`, tabs as `text:tab`, breaks as `text:line-break`.
 * Tracked deletions, footnotes, comments and frames are not part of the visible body text.
 */
import type { ParsedTranscript } from '@shared/transcript/parsed';
import { CitatError } from '../errors';
import {
  attr,
  childElements,
  descendants,
  firstChild,
  parseXml,
  type XmlElement,
} from '../formats/xml-read';
import { asImportError, importError } from './import-error';
import { openOfficeZip, readZipText } from './office-zip';
import { transcriptFromText } from './text-file';

const EXPECTED = 'an OpenDocument .odt document';

/** Not visible as body text: change-tracking records, notes, comments, frames, field declarations. */
const HIDDEN = new Set([
  'tracked-changes',
  'note',
  'annotation',
  'frame',
  'sequence-decls',
  'variable-decls',
  'user-field-decls',
  'forms',
  'soft-page-break',
]);

/** Builds one paragraph, collapsing runs of white space in literal text to one space. */
class ParagraphBuilder {
  private text = '';
  /** True at the paragraph start and after a collapsible space, so the next space is dropped. */
  private afterSpace = true;

  literal(raw: string): void {
    for (const char of raw.replace(/[ \t\r\n]+/g, ' ')) {
      if (char === ' ') {
        if (this.afterSpace) continue;
        this.afterSpace = true;
      } else {
        this.afterSpace = false;
      }
      this.text += char;
    }
  }

  /** Spaces, tabs and breaks written as elements are kept exactly. */
  preserved(chars: string): void {
    this.text += chars;
    this.afterSpace = false;
  }

  result(): string {
    return this.text;
  }
}

function addInline(element: XmlElement, paragraph: ParagraphBuilder): void {
  for (const child of element.children) {
    if (typeof child === 'string') {
      paragraph.literal(child);
      continue;
    }
    if (HIDDEN.has(child.local)) continue;
    if (child.local === 's') {
      const count = Number.parseInt(attr(child, 'c') ?? '1', 10);
      paragraph.preserved(
        ' '.repeat(Number.isFinite(count) && count > 0 ? Math.min(count, 1000) : 1),
      );
    } else if (child.local === 'tab') {
      paragraph.preserved('\t');
    } else if (child.local === 'line-break') {
      paragraph.preserved('\n');
    } else {
      addInline(child, paragraph);
    }
  }
}

function blockLines(container: XmlElement, out: string[]): void {
  for (const child of childElements(container)) {
    if (HIDDEN.has(child.local)) continue;
    if (child.local === 'p' || child.local === 'h') {
      const paragraph = new ParagraphBuilder();
      addInline(child, paragraph);
      out.push(paragraph.result());
    } else if (child.local === 'table-row') {
      const cells = childElements(child, 'table-cell').map((cell) => {
        const cellLines: string[] = [];
        blockLines(cell, cellLines);
        return cellLines.join(' ').trim();
      });
      out.push(cells.join('\t'));
    } else {
      // text:list, text:list-item, text:section, table:table, table:table-rows …
      blockLines(child, out);
    }
  }
}

/** ODF encrypts content.xml in place and records it in the manifest. */
function isEncrypted(manifestXml: string | null, fileName: string): boolean {
  if (manifestXml === null) return false;
  const manifest = parseXml(manifestXml, `${fileName} (META-INF/manifest.xml)`);
  return childElements(manifest, 'file-entry').some(
    (entry) =>
      attr(entry, 'full-path') === 'content.xml' &&
      descendants(entry, 'encryption-data').length > 0,
  );
}

export function odtToText(bytes: Uint8Array, fileName: string): string {
  const zip = openOfficeZip(bytes, fileName, 'odt', EXPECTED);
  const read = (name: string) => readZipText(zip, name, fileName, 'odt', EXPECTED);
  try {
    if (isEncrypted(read('META-INF/manifest.xml'), fileName)) {
      throw importError(
        fileName,
        'encrypted',
        'the document is password-protected (encrypted); save it without a password and import it again',
      );
    }
    const xml = read('content.xml');
    if (xml === null) {
      const hint = zip.find('word/document.xml')
        ? '; it looks like a Word file, rename it to .docx'
        : '';
      throw importError(
        fileName,
        'corrupt-odt',
        `the file is not ${EXPECTED}: it has no content.xml${hint}`,
      );
    }
    const root = parseXml(xml, `${fileName} (content.xml)`, { keepWhitespace: true });
    const text = firstChild(firstChild(root, 'body') ?? root, 'text');
    if (!text)
      throw importError(
        fileName,
        'corrupt-odt',
        `the file is not a text document: content.xml has no office:text`,
      );
    const lines: string[] = [];
    blockLines(text, lines);
    return lines.join('\n');
  } catch (err) {
    if (err instanceof CitatError && err.code.startsWith('import.')) throw err;
    throw asImportError(fileName, 'corrupt-odt', err);
  }
}

export function parseOdt(bytes: Uint8Array, fileName: string): ParsedTranscript {
  return transcriptFromText('odt', odtToText(bytes, fileName), null, []);
}
