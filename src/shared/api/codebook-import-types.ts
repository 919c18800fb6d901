/**
 * What a codebook import would do, computed before anything changes (`codebook.previewImport`),
 * and the choices `codebook.import` takes for the codes where the file and the project differ.
 */

/** The parts of a code an import compares: the four description fields and the colour. */
export const CODEBOOK_FIELDS = [
  'definition',
  'whenToUse',
  'whenNotToUse',
  'example',
  'color',
] as const;
export type CodebookField = (typeof CODEBOOK_FIELDS)[number];

/** For a code that differs from the file: keep the project's values, or take the file's. */
export const CONFLICT_CHOICES = ['mine', 'theirs'] as const;
export type ConflictChoice = (typeof CONFLICT_CHOICES)[number];

export interface FieldDifference {
  field: CodebookField;
  /** The project's value. */
  mine: string;
  /** The file's value. */
  theirs: string;
}

/** A code the import creates. */
export interface PlannedCode {
  /** Where it goes, from the top of the codebook. */
  path: string[];
  /** #RRGGBB: the file's colour, else the next palette colour. */
  color: string;
  /** Description fields the file gives it. */
  fields: CodebookField[];
}

/** A code of the file that is already in the project (matched by GUID, else by path). */
export interface MatchedCode {
  /** The project's code: the key of a resolution. */
  codeId: string;
  path: string[];
  /** Its path in the file: differs from `path` when the GUID matched a code elsewhere. */
  filePath: string[];
  by: 'guid' | 'path';
  /** Fields that are empty here and filled in from the file, whatever the choice. */
  fills: CodebookField[];
}

/** A matched code whose description or colour differs from the file's. */
export interface CodebookConflict extends MatchedCode {
  differences: FieldDifference[];
}

export interface CodebookImportPreview {
  file: string;
  counts: {
    created: number;
    /** Codes already in the project, conflicts included. */
    matched: number;
    conflicts: number;
    /** Matched codes that gain fields they lacked. */
    filled: number;
    /** Matched codes the import leaves exactly as they are (unless a conflict is resolved "theirs"). */
    unchanged: number;
  };
  /** The first `listLimit` of each kind, in file order; `counts` has the totals. */
  created: PlannedCode[];
  /** Matched codes without a conflict. */
  matched: MatchedCode[];
  conflicts: CodebookConflict[];
  listLimit: number;
  /**
   * The file's code groups (REFI-QDA Sets), in file order, with how many of its codes each
   * holds: the import adds them (a group already here by GUID or name gains the codes).
   */
  groups: { name: string; codes: number }[];
  warnings: string[];
  /**
   * Names this plan: the import refuses to run a different one (the project or the file
   * changed since the preview), so what is imported is what was shown.
   */
  fingerprint: string;
}
