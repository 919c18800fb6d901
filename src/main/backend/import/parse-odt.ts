/**
 * OpenDocument (.odt) transcripts: `text:p` and `text:h` in content.xml become lines, list
 * items with their labels computed from the list styles (and headings from the outline
 * style), tables one line per row. ODF collapses white space in paragraph text like HTML
 * does, and spells out significant spaces as `text:s`, tabs as `text:tab`, breaks as
 * `text:line-break`. Footnotes, endnotes, comments and text boxes are kept, written as
 * office-text.ts describes (the same as the .docx reader). Tracked deletions, hidden text
 * (`text:display="none"` by style, `text:hidden-text`, `text:hidden-paragraph`, hidden or
 * conditional sections) are left out. Images, charts, formulas, embedded objects, shapes
 * without text and headers/footers are not imported and are counted in the warnings.
 *
 * The package and its parts: odt-parts.ts; the body: odt-body.ts (paragraph text in
 * odt-paragraph.ts, list numbering in odt-lists.ts and odt-styles.ts); notes and comments:
 * odt-notes.ts; drawings: odt-drawings.ts; headers and footers: office-headers.ts.
 */
import type { ParsedTranscript } from '@shared/transcript/parsed';
import { OdtReader } from './odt-body';
import { openOdtDocument } from './odt-parts';
import { readOfficePackage } from './office-zip';

export function parseOdt(bytes: Uint8Array, fileName: string): ParsedTranscript {
  return readOfficePackage(bytes, fileName, 'odt', (pkg) =>
    new OdtReader(openOdtDocument(pkg, fileName)).transcript(),
  );
}

/** The imported text of an .odt (body, then notes and comments). */
export function odtToText(bytes: Uint8Array, fileName: string): string {
  return parseOdt(bytes, fileName).text;
}
