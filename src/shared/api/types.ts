/**
 * Result types of the API contract: what the core returns to every transport (Electron
 * IPC, loopback HTTP, CLI). Plain data only, so they cross process boundaries unchanged.
 */
import type { NormalisationReport } from '../text/normalise';
import type { Code, Coding, DocumentInfo, Speaker } from '../domain/entities';

export interface CodeInTree extends Code {
  /** Names from the root down to this code. */
  path: string[];
  depth: number;
}

export interface CodeListEntry extends CodeInTree {
  /** Codings of this code alone. */
  codingCount: number;
  /** Codings of this code and every code below it. */
  totalCodingCount: number;
  /**
   * Codings marked as this code's anchor examples (codings.setAnchor), in document order.
   * `codes.list` always fills it; optional only so hand-made lists need not.
   */
  anchorCodingIds?: string[];
}

/** A code group (REFI-QDA Set of codes; ATLAS.ti "code group", MAXQDA "code set"). */
export interface CodeGroup {
  id: string;
  /** The REFI-QDA GUID it is exchanged under (kept from the file it was imported from). */
  guid: string;
  name: string;
  description: string | null;
  /** Order among groups. */
  position: number;
  /** Its codes in codebook order (a code may be in several groups). */
  codeIds: string[];
  /** Their paths, in the same order. */
  codePaths: string[][];
}

/** What `codebook.import` did with the file's code groups (REFI-QDA Sets). */
export interface GroupImportResult {
  created: number;
  /** Groups already here (same GUID, else same name): they gained the file's codes. */
  matched: number;
  /** Memberships added, in new and matched groups. */
  memberships: number;
}

export interface DocumentSummary extends DocumentInfo {
  codingCount: number;
  speakerLabels: string[];
}

export interface SpeakerSummary extends Speaker {
  turnCount: number;
  documentNames: string[];
}

export interface CodedSegment {
  codingId: string;
  codeId: string;
  codePath: string[];
  documentId: string;
  documentName: string;
  documentPosition: number;
  documentCaseId: string | null;
  /** The trimmed quote's range, UTF-16 units, end exclusive. */
  startUtf16: number;
  endUtf16: number;
  /** The same range in Unicode code points. */
  start: number;
  end: number;
  text: string;
  display: string;
  note: string | null;
  memo: string | null;
  coder: string;
  /** Speakers whose turns the quote touches, in text order. */
  speakers: Speaker[];
  lineStart: number;
  lineEnd: number;
  timestampMs: number | null;
  /** Paths of all codes coding exactly this passage, in codebook order. */
  sameRangeCodes: string[];
}

export interface SearchHit {
  documentId: string;
  document: string;
  startUtf16: number;
  endUtf16: number;
  /** Code-point offsets of the hit. */
  start: number;
  end: number;
  line: number;
  /** Text either side of the hit on the same line. */
  before: string;
  match: string;
  after: string;
}

export interface SearchResult {
  query: string;
  hits: SearchHit[];
  /** More hits exist than the limit allowed. */
  truncated: boolean;
  /** Documents left out because their text is damaged (it failed its checksum). */
  unreadable: string[];
}

export interface ImportedDocument {
  document: DocumentInfo;
  /** Labels of the speakers found, in order of first appearance. */
  speakers: string[];
  newSpeakers: string[];
  turns: number;
  encoding: string | null;
  warnings: string[];
  /** What the import's text normalisation changed (see README, "What import changes"). */
  normalisation: NormalisationReport;
}

export type ImportOutcome =
  | ({ file: string; ok: true } & ImportedDocument)
  | { file: string; ok: false; error: { code: string; message: string } };

export interface ImportProgress {
  done: number;
  total: number;
  file: string;
}

export interface CodeDeletePreview {
  codePath: string;
  /** The code and every code below it. */
  codes: number;
  codings: number;
}

export interface MergeResult {
  moved: number;
  /** Codings of the source that duplicated a coding of the target and were folded into it. */
  duplicatesFolded: number;
}

export interface DocumentDeletion {
  name: string;
  codings: number;
  turns: number;
}

export interface CodebookImportResult {
  created: number;
  /** Codes that already existed at the same path. */
  matched: number;
  /** Existing codes that gained a description from the file. */
  described: number;
  /** Matched codes whose description or colour differs from the file's, kept as they were. */
  conflictsKept: number;
  /** Matched codes that differed from the file and took its description and colour. */
  conflictsTaken: number;
  warnings: string[];
  /** The file's code groups (.qdc Sets); absent when it has none. */
  groups?: GroupImportResult;
}

export interface UndoStepInfo {
  id: number;
  label: string;
  createdAt: string;
  state: 'done' | 'undone';
}

export interface ProjectInfo {
  name: string;
  schemaVersion: number;
  documents: number;
  codes: number;
  codings: number;
  speakers: number;
  currentCoder: string;
  canUndo: string | null;
  canRedo: string | null;
  access: ProjectAccess;
  /** Set while the project lives in a synced or network folder and the warning is not dismissed. */
  storageWarning: StorageWarning | null;
  /** How often another program changed the file while it was open here (see ProjectStatus). */
  outsideChanges: number;
}

/** Why a project is open read-only; the renderer words the message from it. */
export type ReadOnlyReason =
  /** The file itself cannot be written (permissions, a read-only share). */
  | 'file-read-only'
  /** The folder cannot be written, so SQLite cannot keep its journal beside the file. */
  | 'folder-read-only'
  /** Integrity check or a document's content hash failed. */
  | 'damaged';

export type ProjectAccess =
  | { mode: 'read-write' }
  | {
      mode: 'read-only';
      reason: ReadOnlyReason;
      /** What was found, in the core's English (for damage: the first problems). */
      detail: string;
      /** Documents whose text no longer matches its checksum (the renderer names them). */
      damagedDocuments: string[];
      /** Everything else that was found, in SQLite's own English. */
      pageProblems: string[];
      /** The newest backup that passed its check, when the project is damaged. */
      newestGoodBackup: string | null;
      /** The command that restores it. */
      restoreCommand: string | null;
    };

export interface StorageWarning {
  kind: 'synced' | 'network';
  /** "Dropbox", "OneDrive", "iCloud Drive", "Google Drive", "nfs", "cifs", … */
  provider: string;
  folder: string;
}

export interface ProjectStatus {
  /** Grows by one each time a change made by another program is noticed. */
  outsideChanges: number;
  readOnly: boolean;
}

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
  /** What the format could not hold or had to change (e.g. two codes giving one Taguette tag). */
  warnings?: string[];
}

/** A coding as the transcript view draws it: raw range plus what it needs to paint and list it. */
export interface DocumentCoding extends Coding {
  codePath: string[];
  color: string;
  coder: string;
  /** The curated print form, when the quote has one. */
  displayText: string | null;
  /** The note kept with the curated print form (why it was changed, its source). */
  note: string | null;
}

export interface CaseAttributeValue {
  caseId: string;
  attributeId: string;
  value: string;
}

/** Coding many ranges at once (e.g. every search hit) as one undoable action. */
export interface ApplyManyResult {
  applied: number;
  /** Ranges already coded with that code. */
  duplicates: number;
  /** Ranges refused, with the reason (e.g. whitespace only). */
  refused: { documentId: string; startUtf16: number; endUtf16: number; reason: string }[];
}

export interface RemovedCoding {
  codingId: string;
  codePath: string[];
  coder: string;
  /** The coded text before the edit. */
  text: string;
  /** `deleted`: its text is gone; `merged`: it now covers exactly what another coding of its code covers. */
  reason: 'deleted' | 'merged';
}

export interface DocumentEditResult {
  /** False for a dry run or when the text did not change. */
  applied: boolean;
  /** Kept codings whose range or text changed. */
  remapped: number;
  unchanged: number;
  removed: RemovedCoding[];
  /** Kept codings whose text changed while they have a curated print text to check. */
  curationsToReview: string[];
  turns: number;
  newSpeakers: string[];
}

/** How a second coder's codebook was matched onto this one in a team merge. */
export interface CodeMatchReport {
  /** Paths of the codes created here. */
  created: string[];
  /** Matched by path although the ids differ: the same name may mean a different code. */
  matchedByPath: { path: string; id: string; otherId: string }[];
  /** Matched by id although the path differs: renamed or moved in one of the projects. */
  matchedByIdElsewhere: { path: string; otherPath: string }[];
  /** Several codes of the other project that ended up in one code here. */
  warnings: string[];
}

/** What merging another coder's project file brought in (and what it could not). */
export interface MergeReport {
  /** File name of the other project. */
  source: string;
  documents: {
    matched: { name: string; otherName: string; codings: number }[];
    /** Documents of the other project with no document of the same text here. */
    missingHere: { name: string; codings: number }[];
  };
  codes: CodeMatchReport;
  coders: { created: string[]; codings: { coder: string; added: number }[] };
  codings: {
    added: number;
    /** Same document, code, range and coder already here. */
    duplicates: number;
  };
  /** Printed forms of quotes (curations) copied with their codings. */
  curations: number;
}

/** One coder's coded segment in a disagreement, located for the transcript view. */
export interface DisagreementSegment {
  coder: string;
  startUtf16: number;
  endUtf16: number;
  /** The same range in Unicode code points (the unit the overlap is measured in). */
  start: number;
  end: number;
  lineStart: number;
  lineEnd: number;
  text: string;
  /** True when the other coder has a segment of this code that agrees with this one. */
  agreed: boolean;
}

/**
 * A segment one coder coded that the other did not match (same code, overlap below the
 * threshold), beside the other coder's segment overlapping it most — or null: not coded.
 */
export interface Disagreement {
  documentId: string;
  document: string;
  codeId: string;
  codePath: string;
  first: DisagreementSegment | null;
  second: DisagreementSegment | null;
  /** Overlap of the two segments in percent (intersection over union), 0 when one is missing. */
  overlapPercent: number;
}

export interface DisagreementReport {
  /** The two coders as stored: `first` is coder A, `second` coder B. */
  coders: [string, string];
  overlapThreshold: number;
  codeId: string | null;
  /** Documents compared (both coders coded them), in project order. */
  documents: string[];
  /** Documents left out because only one of the two coders coded them. */
  excluded: { document: string; codedBy: string[] }[];
  /** In document order, then codebook order, then text order. */
  disagreements: Disagreement[];
}
