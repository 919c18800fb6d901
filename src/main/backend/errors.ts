/**
 * Errors the core reports to users. `kind` decides the CLI exit code and the HTTP/IPC
 * result shape: `usage` = the caller asked for something malformed; `input` = a file or
 * argument cannot be used; `data` = the project refuses the change (duplicate, not found,
 * read-only, busy, damaged). `details` carry the values a renderer needs to word the
 * message itself in the UI's language.
 */
export type CitatErrorKind = 'usage' | 'input' | 'data';

export type ErrorDetails = Record<string, string | number>;

export class CitatError extends Error {
  readonly kind: CitatErrorKind;
  /** Stable machine-readable code, e.g. `import.empty-file`. */
  readonly code: string;
  readonly details: ErrorDetails | undefined;

  constructor(
    kind: CitatErrorKind,
    code: string,
    message: string,
    options?: { cause?: unknown; details?: ErrorDetails },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'CitatError';
    this.kind = kind;
    this.code = code;
    this.details = options?.details;
  }
}

export const inputError = (
  code: string,
  message: string,
  cause?: unknown,
  details?: ErrorDetails,
): CitatError => new CitatError('input', code, message, { cause, details });

export const dataError = (code: string, message: string, details?: ErrorDetails): CitatError =>
  new CitatError('data', code, message, { details });

export const usageError = (code: string, message: string, details?: ErrorDetails): CitatError =>
  new CitatError('usage', code, message, { details });
