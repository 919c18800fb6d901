/**
 * The one API every transport speaks: method name → input schema (validated at the
 * boundary, so malformed arguments never reach SQLite) and result type. The Electron
 * preload, the loopback HTTP host and the CLI all call these methods and nothing else.
 */
import { z } from 'zod';
import type {
  Case,
  Attribute,
  Coder,
  Coding,
  DocumentInfo,
  Speaker,
  SpeakerTurn,
  Code,
} from '../domain/entities';
import type { CodebookNode } from '../domain/codebook';
import type { AgreementReport } from '../agreement/types';
import type { QdpxImportReport } from './exchange-types';
import { CONFLICT_CHOICES, type CodebookImportPreview } from './codebook-import-types';
import type { QuoteMatrix } from '../matrix/model';
import { MATRIX_FILE_FORMATS, MATRIX_LANGUAGES, QUOTE_MARKS, ROW_LABELS } from '../matrix/options';
import type { SavedTable, TableExport, TableRegenerated, TableReport } from '../matrix/tables';
import type {
  CodeDeletePreview,
  CodeListEntry,
  CodebookImportResult,
  ApplyManyResult,
  CaseAttributeValue,
  CodedSegment,
  CodeGroup,
  DocumentCoding,
  DocumentDeletion,
  DocumentEditResult,
  DisagreementReport,
  DocumentSummary,
  ExportedFile,
  ImportOutcome,
  MergeReport,
  MergeResult,
  ProjectInfo,
  ProjectStatus,
  SearchResult,
  SpeakerSummary,
  UndoStepInfo,
} from './types';

const id = z.string().min(1).max(100);
const name = z.string().trim().min(1).max(500);
const optionalText = z.string().max(100_000).nullable();
const offset = z
  .number()
  .int()
  .min(0)
  .max(2 ** 31);
const codePath = z.array(name).min(1).max(50);
/**
 * Fields that save as the user types send one key per stretch of typing (focus to blur):
 * saves with the same key as the newest undo step fold into it, so one edit is one undo step.
 */
const editSession = z.string().min(1).max(100).optional();
const bytes = z.custom<Uint8Array>(
  (value) => value instanceof Uint8Array,
  'expected file contents (bytes)',
);

export const matrixOptionsSchema = z.object({
  rowsRoot: codePath.nullable().optional(),
  /** A code group's name: its codes are the rows (instead of those below `rowsRoot`). */
  rowsGroup: name.nullable().optional(),
  foldChildren: z.boolean().optional(),
  columns: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('speakers') }),
    z.object({ kind: z.literal('cases') }),
    z.object({ kind: z.literal('documents') }),
    z.object({ kind: z.literal('attribute'), name }),
  ]),
  mode: z.enum(['quotes', 'counts']),
  citation: z.string().min(1).max(500),
  includeInterviewer: z.boolean().optional(),
  coders: z.array(name).nullable().optional(),
  title: z.string().max(500).nullable().optional(),
  language: z.enum(MATRIX_LANGUAGES).optional(),
  memos: z.boolean().optional(),
  quoteMarks: z.enum(QUOTE_MARKS).nullable().optional(),
  rowLabels: z.enum(ROW_LABELS).optional(),
});

export const matrixFormatSchema = z.enum(MATRIX_FILE_FORMATS);

const tableName = z.string().trim().min(1).max(200);
/** A file path: absolute, or relative to the project's folder. */
const tableFile = z.string().trim().min(1).max(4096);
export const codebookFormatSchema = z.enum(['qdc', 'csv', 'xlsx', 'md', 'docx']);
/** The coding guide ("Kodierleitfaden"): a table per top-level code with anchor examples. */
export const codingGuideOptionsSchema = z.object({
  format: z.enum(['docx', 'md', 'tex']),
  language: z.enum(MATRIX_LANGUAGES).optional(),
  /** How anchor examples are cited: a preset (short, long, located) or a template. */
  citation: z.string().min(1).max(500).optional(),
  quoteMarks: z.enum(QUOTE_MARKS).nullable().optional(),
  title: z.string().max(500).nullable().optional(),
  /** tex: a complete document rather than a fragment to \input. */
  standalone: z.boolean().optional(),
});
const codeIds = z.array(id).min(1).max(10_000);

/** The options of an agreement table, as `agreement.compute` takes them. */
export const agreementOptionsSchema = z.object({
  coders: z.array(name).min(2).max(20).optional(),
  codeIds: z.array(id).max(10_000).optional(),
  level: z.enum(['character', 'segment']).optional(),
  overlapThreshold: z.number().min(1).max(100).optional(),
  units: z.enum(['coded', 'all']).optional(),
});

const retrievalFilterSchema = z.object({
  codeId: id.optional(),
  includeChildCodes: z.boolean().optional(),
  speakerId: id.optional(),
  caseId: id.optional(),
  documentId: id.optional(),
  attribute: z.object({ name, value: z.string().max(500) }).optional(),
  text: z.string().max(1000).optional(),
  coder: name.optional(),
});

const codeDescriptionPatch = z.object({
  definition: optionalText.optional(),
  whenToUse: optionalText.optional(),
  whenNotToUse: optionalText.optional(),
  example: optionalText.optional(),
});

/** A method: its input schema and (as a phantom) its result type. */
interface Method<I extends z.ZodType, O> {
  input: I;
  output?: O;
}
const method =
  <O>() =>
  <I extends z.ZodType>(input: I): Method<I, O> => ({ input });
const none = z.object({}).strict();

export const contract = {
  'project.info': method<ProjectInfo>()(none),
  /** Cheap enough to poll: tells an open window that another program changed the file. */
  'project.status': method<ProjectStatus>()(none),
  /** The synced-folder warning has been read; it is not shown again for this folder. */
  'project.dismissStorageWarning': method<void>()(none),

  'documents.list': method<DocumentSummary[]>()(none),
  'documents.get': method<{ document: DocumentInfo; text: string; turns: SpeakerTurn[] }>()(
    z.object({ id }),
  ),
  'documents.importFiles': method<ImportOutcome[]>()(
    z.object({ paths: z.array(z.string().min(1).max(4096)).min(1).max(1000) }),
  ),
  'documents.upload': method<ImportOutcome>()(z.object({ fileName: name, bytes })),
  'documents.rename': method<void>()(z.object({ id, name, editSession })),
  'documents.previewDelete': method<DocumentDeletion>()(z.object({ id })),
  'documents.delete': method<DocumentDeletion>()(z.object({ id })),
  'documents.setCase': method<void>()(z.object({ id, caseId: id.nullable() })),
  'documents.editText': method<DocumentEditResult>()(
    z.object({ id, text: z.string().max(50_000_000), dryRun: z.boolean().optional() }),
  ),

  'speakers.list': method<SpeakerSummary[]>()(none),
  'speakers.update': method<Speaker>()(
    z.object({
      id,
      label: name.optional(),
      name: optionalText.optional(),
      title: optionalText.optional(),
      organisation: optionalText.optional(),
      isInterviewer: z.boolean().optional(),
      caseId: id.nullable().optional(),
      editSession,
    }),
  ),

  'codes.list': method<CodeListEntry[]>()(none),
  'codes.tree': method<CodebookNode[]>()(none),
  'codes.create': method<Code>()(
    z
      .object({ parentId: id.nullable(), name, color: z.string().max(20).nullable().optional() })
      .extend(codeDescriptionPatch.shape),
  ),
  'codes.createPath': method<{ code: Code; created: number }>()(z.object({ path: codePath })),
  'codes.rename': method<void>()(z.object({ id, name, editSession })),
  'codes.describe': method<void>()(
    z.object({ id, editSession }).extend(codeDescriptionPatch.shape),
  ),
  'codes.recolor': method<void>()(z.object({ id, color: z.string().min(1).max(20) })),
  'codes.move': method<void>()(
    z.object({ id, parentId: id.nullable(), position: z.number().int().min(0).optional() }),
  ),
  'codes.previewDelete': method<CodeDeletePreview>()(z.object({ id })),
  'codes.delete': method<CodeDeletePreview>()(z.object({ id })),
  'codes.merge': method<MergeResult>()(z.object({ sourceId: id, targetId: id })),

  'codings.apply': method<Coding>()(
    z
      .object({
        documentId: id,
        codeId: id,
        startUtf16: offset,
        endUtf16: offset,
        memo: optionalText.optional(),
        /** Who codes: for this call only (the current coder stays as it is); default the current coder. */
        coder: name.optional(),
      })
      .refine((v) => v.startUtf16 < v.endUtf16, {
        message: 'startUtf16 must be less than endUtf16',
      }),
  ),
  'codings.applyMany': method<ApplyManyResult>()(
    z.object({
      codeId: id,
      ranges: z
        .array(z.object({ documentId: id, startUtf16: offset, endUtf16: offset }))
        .min(1)
        .max(10_000),
      /** As for codings.apply: this call only. */
      coder: name.optional(),
    }),
  ),
  'codings.remove': method<void>()(z.object({ id })),
  'codings.setMemo': method<void>()(z.object({ id, memo: optionalText, editSession })),
  'codings.curate': method<void>()(
    z.object({ id, displayText: optionalText, note: optionalText.optional(), editSession }),
  ),
  /** Marks a coding as an anchor example of its code (the coding guide prints it), or unmarks it. */
  'codings.setAnchor': method<void>()(z.object({ id, anchor: z.boolean() })),
  'codings.retrieve': method<CodedSegment[]>()(retrievalFilterSchema),
  'codings.ofDocument': method<DocumentCoding[]>()(z.object({ documentId: id })),

  /**
   * Code groups. Each change is an undo step; calls with the same `editSession` fold into
   * one (a description typed in a field, or one `citat group` command's changes).
   */
  'groups.list': method<CodeGroup[]>()(none),
  'groups.create': method<CodeGroup>()(
    z.object({
      name,
      description: optionalText.optional(),
      codeIds: z.array(id).max(10_000).optional(),
      editSession,
    }),
  ),
  'groups.rename': method<void>()(z.object({ id, name, editSession })),
  'groups.describe': method<void>()(z.object({ id, description: optionalText, editSession })),
  'groups.delete': method<{ name: string; codes: number }>()(z.object({ id, editSession })),
  'groups.addCodes': method<{ added: number }>()(z.object({ id, codeIds, editSession })),
  'groups.removeCodes': method<{ removed: number }>()(z.object({ id, codeIds, editSession })),

  'cases.list': method<Case[]>()(none),
  'cases.create': method<Case>()(z.object({ name, description: optionalText.optional() })),
  'cases.setAttribute': method<void>()(
    z.object({
      caseId: id,
      attribute: name,
      value: z.string().max(1000).nullable(),
      valueType: z.enum(['text', 'number']).optional(),
      editSession,
    }),
  ),
  'attributes.list': method<Attribute[]>()(none),
  'cases.attributeValues': method<CaseAttributeValue[]>()(none),

  'memos.get': method<string | null>()(
    z.object({ kind: z.enum(['code', 'document']), targetId: id }),
  ),
  'memos.set': method<void>()(
    z.object({
      kind: z.enum(['code', 'document']),
      targetId: id,
      text: z.string().max(1_000_000),
      editSession,
    }),
  ),

  'coders.list': method<Coder[]>()(none),
  'coders.setCurrent': method<Coder>()(z.object({ name })),

  'search.text': method<SearchResult>()(
    z.object({
      query: z.string().min(1).max(1000),
      limit: z.number().int().min(1).max(10_000).optional(),
    }),
  ),

  'matrix.build': method<QuoteMatrix>()(matrixOptionsSchema),
  'matrix.export': method<ExportedFile>()(
    z.object({
      options: matrixOptionsSchema,
      format: matrixFormatSchema,
      /** LaTeX: a complete document rather than a fragment to \input. */
      standalone: z.boolean().optional(),
    }),
  ),

  'tables.list': method<SavedTable[]>()(none),
  /** Saves a table, replacing one of the same name; an undo step. */
  'tables.save': method<{ table: SavedTable; replaced: boolean }>()(
    z.object({
      name: tableName,
      options: matrixOptionsSchema,
      format: matrixFormatSchema,
      standalone: z.boolean().optional(),
      file: tableFile,
    }),
  ),
  'tables.delete': method<void>()(z.object({ name: tableName })),
  /** What changed since each table was last exported; writes nothing. */
  'tables.preview': method<TableReport>()(z.object({ name: tableName })),
  /**
   * Renders the tables (all when `names` is absent) and records them as exported; the
   * caller writes each `bytes` that is not null to its `path`.
   */
  'tables.export': method<TableExport[]>()(
    z.object({ names: z.array(tableName).max(1000).optional() }),
  ),
  /**
   * Regenerates the tables (all when `names` is absent) and writes their files itself:
   * each changed file atomically, an unchanged one not at all; returns no bytes.
   */
  'tables.regenerate': method<TableRegenerated[]>()(
    z.object({ names: z.array(tableName).max(1000).optional() }),
  ),

  /** `flat` (csv, xlsx): Taguette's shape, one `tag` per code (its path) and a `description`. */
  'codebook.export': method<ExportedFile>()(
    z.object({ format: codebookFormatSchema, flat: z.boolean().optional() }),
  ),
  /** What `codebook.import` of this file would do; writes nothing. */
  'codebook.previewImport': method<CodebookImportPreview>()(z.object({ fileName: name, bytes })),
  /**
   * One undo step. `resolutions`: per matched code id that differs from the file, keep
   * mine or take theirs (`otherwise` for the rest; default mine). With the preview's
   * `fingerprint` it is refused (codebook.import-changed) when the plan is no longer that.
   */
  'codebook.import': method<CodebookImportResult>()(
    z.object({
      fileName: name,
      bytes,
      resolutions: z
        .record(id, z.enum(CONFLICT_CHOICES))
        .refine((r) => Object.keys(r).length <= 200_000, 'too many resolutions')
        .optional(),
      otherwise: z.enum(CONFLICT_CHOICES).optional(),
      fingerprint: z.string().min(1).max(100).optional(),
    }),
  ),
  /** The coding guide appendix (docx, md, tex): a table per top-level code, anchors cited. */
  'codebook.exportGuide': method<ExportedFile>()(codingGuideOptionsSchema),

  'exchange.export': method<ExportedFile>()(none),
  /** A .qdpx or a Taguette project file, recognised by content; `coder`: Taguette's codings. */
  'exchange.import': method<QdpxImportReport>()(
    z.object({ fileName: name, bytes, coder: name.optional() }),
  ),

  'agreement.compute': method<AgreementReport>()(agreementOptionsSchema),
  'agreement.export': method<ExportedFile>()(
    z.object({
      options: agreementOptionsSchema,
      format: z.enum(['csv', 'md']),
    }),
  ),
  'agreement.disagreements': method<DisagreementReport>()(
    z.object({
      coderA: name,
      coderB: name,
      codeId: id.optional(),
      overlapThreshold: z.number().min(1).max(100).optional(),
    }),
  ),
  'team.mergeUpload': method<MergeReport>()(
    z.object({ fileName: name, bytes, coderName: name.optional() }),
  ),

  'history.list': method<UndoStepInfo[]>()(none),
  'history.undo': method<{ undone: string }>()(none),
  'history.redo': method<{ redone: string }>()(none),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = Exclude<Contract[M]['output'], undefined>;

/** What a transport returns: errors travel as values (Electron's ipcMain.handle drops error details). */
export type CallResult<T> =
  | { ok: true; value: T }
  | {
      ok: false;
      error: CallError;
    };

/**
 * A refused call: `code` is stable (the renderer words its own message from it and
 * `details`); `message` is the core's English wording, for logs and the CLI.
 */
export interface CallError {
  kind: 'usage' | 'input' | 'data' | 'internal';
  code: string;
  message: string;
  details?: Record<string, string | number>;
}

export function isMethodName(value: string): value is MethodName {
  return Object.hasOwn(contract, value);
}
