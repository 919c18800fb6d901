/**
 * Errors the core reports to users. `kind` decides the CLI exit code and the HTTP/IPC
 * result shape: `usage` = the caller asked for something malformed; `input` = a file or
 * argument cannot be used; `data` = the project refuses the change (duplicate, not found).
 */
export type CitatErrorKind = 'usage' | 'input' | 'data';

export class CitatError extends Error {
  readonly kind: CitatErrorKind;
  /** Stable machine-readable code, e.g. `import.empty-file`. */
  readonly code: string;

  constructor(kind: CitatErrorKind, code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CitatError';
    this.kind = kind;
    this.code = code;
  }
}

export const inputError = (code: string, message: string, cause?: unknown): CitatError =>
  new CitatError('input', code, message, { cause });

export const dataError = (code: string, message: string): CitatError =>
  new CitatError('data', code, message);

export const usageError = (code: string, message: string): CitatError =>
  new CitatError('usage', code, message);
