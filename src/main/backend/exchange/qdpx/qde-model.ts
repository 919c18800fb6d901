/**
 * What the reader takes from a `project.qde` before anything touches the project. GUIDs
 * are normalised (lower case, no braces; see guid.ts); `line` is the element's line in
 * the .qde, for messages.
 */
import type { ImportedSet } from '../imported-codebook';
import type { CodesTree } from '../qdc-codes-tree';
import type { NotImported } from '@shared/api/exchange-types';

export interface QdeUser {
  guid: string;
  name: string | null;
}

/** Where a text lives: inline in the XML, or a file named by a path attribute. */
export type QdeTextLocation = { inline: string } | { path: string } | null;

export interface QdeNote {
  guid: string;
  name: string | null;
  text: QdeTextLocation;
  user: string | null;
  created: string | null;
  modified: string | null;
  /** QualCoder-style annotation: the note carries its own selection of another text. */
  hasSelection: boolean;
  line: number;
}

export interface QdeCoding {
  guid: string | null;
  /** The CodeRef's target, normalised; null when missing or not a GUID. */
  codeGuid: string | null;
  rawCodeRef: string | null;
  user: string | null;
  created: string | null;
  noteGuids: string[];
  line: number;
}

export interface QdeSelection {
  guid: string | null;
  name: string | null;
  start: number;
  end: number;
  user: string | null;
  created: string | null;
  modified: string | null;
  description: string | null;
  noteGuids: string[];
  codings: QdeCoding[];
  line: number;
}

export interface QdeVariableValue {
  variableGuid: string;
  value: string;
  line: number;
}

export interface QdeTextSource {
  guid: string | null;
  name: string | null;
  kind: 'TextSource' | 'PDFSource';
  text: QdeTextLocation;
  richTextPath: string | null;
  description: string | null;
  selections: QdeSelection[];
  /** Codings of the whole source (Coding elements directly inside it). */
  wholeCodings: QdeCoding[];
  noteGuids: string[];
  values: QdeVariableValue[];
  line: number;
}

export interface QdeVariable {
  guid: string;
  name: string;
  type: string;
}

export interface QdeCase {
  guid: string | null;
  name: string | null;
  description: string | null;
  values: QdeVariableValue[];
  sourceGuids: string[];
  line: number;
}

/** Something the file holds that Citat cannot keep; shown to the user, never dropped silently. */
export type { NotImported } from '@shared/api/exchange-types';

export interface QdeProject {
  /** "<file>: <entry>", named in every message. */
  source: string;
  origin: string | null;
  creatingUser: string | null;
  users: QdeUser[];
  codes: CodesTree;
  /** Code GUID → GUIDs of the notes it points at. */
  codeNotes: Map<string, string[]>;
  variables: QdeVariable[];
  cases: QdeCase[];
  sources: QdeTextSource[];
  notes: Map<string, QdeNote>;
  /** Selection GUID → note GUIDs tied to it by a Link (NVivo's annotations). */
  linkedNotes: Map<string, string[]>;
  /** Sets that hold codes (or nothing): the code groups to keep. */
  sets: ImportedSet[];
  notImported: NotImported[];
  warnings: string[];
}
