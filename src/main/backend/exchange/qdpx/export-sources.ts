/**
 * Documents as `TextSource`s: the stored text goes to `sources/<GUID>.txt` and every
 * coding becomes one `PlainTextSelection` holding one `Coding`, the way NVivo writes
 * them. Positions are Unicode code points of exactly that text file, end exclusive.
 *
 * The .txt files are UTF-8 **without** a byte-order mark and with LF line ends (the text
 * as Citat stores it). Without a BOM nothing precedes the first counted character:
 * QualCoder reads sources as plain UTF-8 and would count a BOM as character 0, shifting
 * every coding by one (NOTES.md §5); MAXQDA writes no BOM either.
 *
 * A coding memo is a Note whose NoteRef sits on the selection (not a `Description`, which
 * would lose author and date, pitfall 12). With one selection per coding the selection is
 * the coded passage, and passage comments are where ATLAS.ti and MAXQDA keep them.
 */
import { CodePointIndex } from '@shared/text/offsets';
import { guidForId } from '../guid';
import type { ExportNotes } from './export-notes';
import type { DocumentSnapshot } from './export-snapshot';
import { SOURCES_FOLDER, internalPath } from './qdpx-format';
import { block, xsdDateTime } from './xml-lines';

export interface SourceFile {
  path: string;
  text: string;
}

/** GUID of the selection that carries a coding (Citat has no separate selection id). */
export function selectionGuid(codingId: string): string {
  return guidForId(`selection:${codingId}`);
}

function renderSelections(
  document: DocumentSnapshot,
  notes: ExportNotes,
  codeName: (codeId: string) => string,
): string[] {
  if (document.codings.length === 0) return [];
  const index = new CodePointIndex(document.text);
  const lines: string[] = [];
  for (const coding of document.codings) {
    const coder = guidForId(coding.coderId);
    const children = block(
      4,
      'Coding',
      {
        guid: guidForId(coding.id),
        creatingUser: coder,
        creationDateTime: xsdDateTime(coding.createdAt),
      },
      block(5, 'CodeRef', { targetGUID: guidForId(coding.codeId) }, []),
    );
    if (coding.memo !== null && coding.memo.trim() !== '') {
      const ref = notes.add(
        {
          guid: guidForId(`coding-memo:${coding.id}`),
          name: `Memo on a coding of "${codeName(coding.codeId)}" in "${document.name}"`,
          text: coding.memo,
          authorId: coding.coderId,
          date: coding.updatedAt,
        },
        4,
      );
      children.push(ref);
    }
    lines.push(
      ...block(
        3,
        'PlainTextSelection',
        {
          guid: selectionGuid(coding.id),
          // The coded text, as QualCoder writes it: lets a reader check the positions.
          name: document.text.slice(coding.startUtf16, coding.endUtf16),
          startPosition: index.toCodePoint(coding.startUtf16),
          endPosition: index.toCodePoint(coding.endUtf16),
          creatingUser: coder,
          creationDateTime: xsdDateTime(coding.createdAt),
          modifyingUser: coder,
          modifiedDateTime: xsdDateTime(coding.updatedAt),
        },
        children,
      ),
    );
  }
  return lines;
}

/** The `Sources` element (null without documents) and the text files it points at. */
export function renderSources(
  documents: readonly DocumentSnapshot[],
  notes: ExportNotes,
  codeName: (codeId: string) => string,
): { lines: string[] | null; files: SourceFile[] } {
  if (documents.length === 0) return { lines: null, files: [] };
  const lines: string[] = [];
  const files: SourceFile[] = [];
  for (const document of documents) {
    const guid = guidForId(document.id);
    const fileName = `${guid}.txt`;
    files.push({ path: `${SOURCES_FOLDER}/${fileName}`, text: document.text });
    const children = renderSelections(document, notes, codeName);
    if (document.memo !== null) {
      children.push(
        notes.add(
          {
            guid: guidForId(document.memo.id),
            name: `Memo on "${document.name}"`,
            text: document.memo.text,
            authorId: document.memo.authorId,
            date: document.memo.updatedAt,
          },
          3,
        ),
      );
    }
    lines.push(
      ...block(
        2,
        'TextSource',
        { guid, name: document.name, plainTextPath: internalPath(fileName) },
        children,
      ),
    );
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { lines: block(1, 'Sources', {}, lines), files };
}
