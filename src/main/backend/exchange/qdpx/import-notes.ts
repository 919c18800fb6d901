/**
 * Memos arrive as `Note`s (text inline or in a file) pointed at by NoteRefs, as
 * `Description`s, or tied to a passage by a Link (NVivo). This turns them into memo text
 * and remembers which notes found a home, so the rest can be reported.
 */
import type { QdeNote, QdeProject } from './qde-model';
import { readArchiveText, type QdpxArchive } from './qdpx-archive';
import { isoDateTime } from './import-values';

export interface MemoText {
  text: string;
  /** GUID of the user who wrote it, when the file says. */
  user: string | null;
  date: string | null;
  /** The first note it came from: its GUID becomes the memo's id, so GUIDs survive a round trip. */
  noteGuid: string | null;
}

export function cleanMemoText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .trim();
}

export class ImportNotes {
  private readonly used = new Set<string>();
  private readonly texts = new Map<string, string | null>();
  readonly warnings: string[] = [];

  constructor(
    private readonly qde: QdeProject,
    private readonly archive: QdpxArchive,
  ) {}

  private noteText(note: QdeNote): string | null {
    if (this.texts.has(note.guid)) return this.texts.get(note.guid)!;
    let text: string | null = null;
    if (note.text !== null && 'inline' in note.text) text = note.text.inline;
    else if (note.text !== null) {
      const file = readArchiveText(this.archive, note.text.path);
      if (file === null) {
        this.warnings.push(
          `${this.qde.source}, line ${note.line}: the text of note "${note.name ?? note.guid}" (${note.text.path}) is not in the archive`,
        );
      } else {
        text = file.text;
        this.warnings.push(...file.warnings);
      }
    }
    const cleaned = text === null ? null : cleanMemoText(text);
    this.texts.set(note.guid, cleaned === '' ? null : cleaned);
    return this.texts.get(note.guid)!;
  }

  /**
   * One memo from descriptions and notes, in that order; duplicates are kept once.
   * Marks the notes as used.
   */
  memo(descriptions: readonly (string | null)[], noteGuids: readonly string[]): MemoText | null {
    const parts: string[] = [];
    let user: string | null = null;
    let date: string | null = null;
    let noteGuid: string | null = null;
    for (const description of descriptions) {
      const text = description === null ? '' : cleanMemoText(description);
      if (text !== '' && !parts.includes(text)) parts.push(text);
    }
    for (const guid of noteGuids) {
      const note = this.qde.notes.get(guid);
      if (!note) continue;
      this.used.add(guid);
      const text = this.noteText(note);
      if (text === null) continue;
      const labelled = note.hasSelection ? `Annotation: ${text}` : text;
      if (!parts.includes(labelled)) parts.push(labelled);
      noteGuid ??= note.guid;
      user ??= note.user;
      date ??= isoDateTime(note.modified) ?? isoDateTime(note.created);
    }
    return parts.length === 0 ? null : { text: parts.join('\n\n'), user, date, noteGuid };
  }

  /** Notes no memo took: project memos, journals, notes on things Citat does not keep. */
  unused(): QdeNote[] {
    return [...this.qde.notes.values()].filter((note) => !this.used.has(note.guid));
  }
}
