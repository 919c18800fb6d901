/**
 * Turns what a Taguette project file holds into documents, codes and codings for Citat,
 * before anything is written. Each highlight's offsets go UTF-8 bytes → index in the text
 * Taguette counts → Citat's text (html-text.ts) → the normalised text that is stored (the
 * same normalisation as any import), and the passage must hold the text Taguette saved as
 * the highlight's snippet (white space aside): one that does not is reported, never placed
 * on other text.
 */
import type { CodebookNode } from '@shared/domain/codebook';
import { splitsSurrogatePair, trimRange } from '@shared/text/offsets';
import { parseCodeDescription } from '../code-description';
import { newCodebookNode } from '../imported-codebook';
import { cleanMemoText, type MemoText } from '../qdpx/import-notes';
import type { PlannedCoding } from '../qdpx/import-plan';
import { addNotImported, skipCodings, type QdpxImportReport } from '../qdpx/import-report';
import { normaliseWithOffsets } from '../qdpx/normalise-offsets';
import type { DocumentToStore } from '../qdpx/store-documents';
import { htmlTextNodes, htmlToText, utf8OffsetsToIndexes } from './html-text';
import type { TaguetteHighlight, TaguetteProjectFile } from './taguette-file';
import { taguetteTagGuid } from './taguette-guid';

export interface TaguettePlannedDocument extends DocumentToStore {
  codings: PlannedCoding[];
  memo: MemoText | null;
}

export interface TaguettePlan {
  /** One flat code per tag, its id the GUID Taguette's .qdc gives it. */
  codes: CodebookNode[];
  documents: TaguettePlannedDocument[];
}

/** Characters of a text shown in a message. */
const SHOWN = 60;
const shown = (text: string): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > SHOWN ? `${flat.slice(0, SHOWN - 1)}…` : flat;
};
const withoutSpace = (text: string): string => text.normalize('NFC').replace(/\s+/gu, '');

function planCodes(
  file: TaguetteProjectFile,
  fileName: string,
  report: QdpxImportReport,
): { codes: CodebookNode[]; byTagId: Map<number, string> } {
  const codes: CodebookNode[] = [];
  const byTagId = new Map<number, string>();
  const byPath = new Map<string, string>();
  for (const tag of file.tags) {
    const path = tag.path.trim();
    if (path === '') {
      addNotImported(report, 'tags without a name', 1, `${fileName}: tag ${tag.id}`);
      continue;
    }
    // Taguette keeps paths unique; a hand-made file might not.
    const twin = byPath.get(path);
    if (twin !== undefined) {
      byTagId.set(tag.id, twin);
      report.warnings.push(
        `${fileName}: the tag "${path}" occurs twice; its highlights were joined`,
      );
      continue;
    }
    const description = parseCodeDescription(tag.description);
    const node = newCodebookNode(taguetteTagGuid(path), path, null, description);
    codes.push(node);
    byPath.set(path, node.id);
    byTagId.set(tag.id, node.id);
  }
  return { codes, byTagId };
}

interface DocumentText {
  taguetteText: string;
  text: string;
  /** Boundary in Taguette's text → boundary in the stored text, or null when unmappable. */
  toStored: (index: number) => number;
}

function documentText(contents: string): DocumentText | null {
  const html = htmlToText(contents);
  const normalised = normaliseWithOffsets(html.text);
  if (normalised.map === null) return null;
  const map = normalised.map;
  return {
    taguetteText: html.taguetteText,
    text: normalised.text,
    toStored: (index) => map[html.map[index]!]!,
  };
}

function planHighlights(
  highlights: readonly TaguetteHighlight[],
  document: { name: string; text: DocumentText },
  byTagId: ReadonlyMap<number, string>,
  fileName: string,
  report: QdpxImportReport,
): PlannedCoding[] {
  const { taguetteText, text, toStored } = document.text;
  const where = (h: TaguetteHighlight) => `${fileName}: highlight ${h.id} in "${document.name}"`;
  const offsets = highlights.flatMap((h) =>
    h.start === null || h.end === null ? [] : [h.start, h.end],
  );
  const indexes = utf8OffsetsToIndexes(taguetteText, offsets);
  let bytes: number | null = null;
  const byteLength = (): number => (bytes ??= Buffer.byteLength(taguetteText, 'utf8'));
  const planned: PlannedCoding[] = [];
  const unchecked: number[] = [];
  for (const highlight of highlights) {
    const codeIds = [...new Set(highlight.tagIds.map((id) => byTagId.get(id)))];
    const known = codeIds.filter((id): id is string => id !== undefined);
    if (known.length < codeIds.length)
      report.warnings.push(
        `${where(highlight)} names a tag the project does not have; that tag was left out`,
      );
    if (known.length === 0) {
      addNotImported(report, 'highlights without tags', 1, where(highlight));
      continue;
    }
    const skip = (what: string, detail: string) => skipCodings(report, known.length, what, detail);
    const { start, end } = highlight;
    if (start === null || end === null || start < 0 || start >= end) {
      skip(
        'highlights with unusable offsets',
        `${where(highlight)}: offsets ${String(start)}–${String(end)}`,
      );
      continue;
    }
    const from = indexes.get(start);
    const to = indexes.get(end);
    if (from === null || from === undefined || to === null || to === undefined) {
      skip(
        'highlights outside their document',
        `${where(highlight)}: bytes ${start}–${end} of a text of ${byteLength()} bytes`,
      );
      continue;
    }
    const highlighted = taguetteText.slice(from, to);
    if (highlight.snippet === null) {
      unchecked.push(highlight.id);
    } else if (withoutSpace(htmlTextNodes(highlight.snippet)) !== withoutSpace(highlighted)) {
      skip(
        'highlights whose text does not match',
        `${where(highlight)}: the text at its offsets ("${shown(highlighted)}") is not the text Taguette saved ("${shown(htmlTextNodes(highlight.snippet))}")`,
      );
      continue;
    }
    let s = toStored(from);
    let e = toStored(to);
    if (splitsSurrogatePair(text, s)) s--;
    if (splitsSurrogatePair(text, e)) e++;
    const range = trimRange(text, s, e);
    if (range === null) {
      skip('highlights of blank text', `${where(highlight)} holds only spaces or line breaks`);
      continue;
    }
    for (const codeGuid of known) {
      planned.push({
        id: null,
        codeGuid,
        startUtf16: range.start,
        endUtf16: range.end,
        user: null,
        created: null,
        updated: null,
        memo: null,
      });
    }
  }
  if (unchecked.length > 0) {
    const ids = unchecked.slice(0, 5).join(', ') + (unchecked.length > 5 ? ', …' : '');
    report.warnings.push(
      `${fileName}: ${unchecked.length} highlight(s) in "${document.name}" (${ids}) have no saved snippet to check their text against; they were placed by their offsets alone`,
    );
  }
  return planned;
}

export function planTaguetteImport(
  file: TaguetteProjectFile,
  fileName: string,
  report: QdpxImportReport,
): TaguettePlan {
  const { codes, byTagId } = planCodes(file, fileName, report);
  const byDocument = new Map<number, TaguetteHighlight[]>();
  for (const highlight of file.highlights) {
    const list = byDocument.get(highlight.documentId) ?? [];
    list.push(highlight);
    byDocument.set(highlight.documentId, list);
  }
  const documents: TaguettePlannedDocument[] = [];
  for (const document of file.documents) {
    const name = document.name || document.filename || `Taguette document ${document.id}`;
    const highlights = byDocument.get(document.id) ?? [];
    const text = documentText(document.contents);
    if (text === null || text.text.trim() === '') {
      const why = text === null ? 'its text could not be read' : 'it has no text';
      addNotImported(report, 'documents without text', 1, `${fileName}: "${name}" (${why})`);
      if (highlights.length > 0)
        skipCodings(
          report,
          highlights.reduce((n, h) => n + h.tagIds.length, 0),
          'codings of documents that were not imported',
          `${highlights.length} highlight(s) in "${name}"`,
        );
      continue;
    }
    const description = cleanMemoText(document.description);
    documents.push({
      source: { guid: null },
      name,
      ...(document.filename !== '' ? { originalFilename: document.filename } : {}),
      format: 'txt',
      text: text.text,
      codings: planHighlights(highlights, { name, text }, byTagId, fileName, report),
      memo:
        description === '' ? null : { text: description, user: null, date: null, noteGuid: null },
    });
  }
  return { codes, documents };
}
