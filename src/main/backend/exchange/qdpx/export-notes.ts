/**
 * Memos leave Citat as REFI-QDA `Note`s pointed at by a `NoteRef` (NOTES.md pitfall 12:
 * a Note keeps its author and date, a `Description` would lose them). The text is inline
 * (`PlainTextContent`), so memos need no extra files in the archive.
 */
import { guidForId } from '../guid';
import { block, textLine, xsdDateTime } from './xml-lines';

export interface NoteToWrite {
  guid: string;
  name: string;
  text: string;
  authorId: string | null;
  date: string;
}

export class ExportNotes {
  private readonly notes: NoteToWrite[] = [];

  /** Registers a note and returns the `NoteRef` line that points at it. */
  add(note: NoteToWrite, refDepth: number): string {
    this.notes.push(note);
    return block(refDepth, 'NoteRef', { targetGUID: note.guid }, [])[0]!;
  }

  /** The `Notes` element at depth 1, sorted by GUID; null when there are none. */
  render(): string[] | null {
    if (this.notes.length === 0) return null;
    const sorted = [...this.notes].sort((a, b) => (a.guid < b.guid ? -1 : a.guid > b.guid ? 1 : 0));
    const lines: string[] = [];
    for (const note of sorted) {
      const user = note.authorId === null ? undefined : guidForId(note.authorId);
      const date = xsdDateTime(note.date);
      lines.push(
        ...block(
          2,
          'Note',
          {
            guid: note.guid,
            name: note.name,
            creatingUser: user,
            creationDateTime: date,
            modifyingUser: user,
            modifiedDateTime: date,
          },
          [textLine(3, 'PlainTextContent', note.text)],
        ),
      );
    }
    return block(1, 'Notes', {}, lines);
  }
}
