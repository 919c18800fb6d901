/**
 * Every import error names the file first ("JKM.docx: the file is empty"), because the
 * user may be importing a whole folder and needs to know which file to fix.
 */
import { CitatError, inputError } from '../errors';

export function importError(
  fileName: string,
  code: string,
  problem: string,
  cause?: unknown,
): CitatError {
  return inputError(`import.${code}`, `${fileName}: ${problem}`, cause);
}

/** Re-labels an error from a shared reader (zip, xml) as an import error, keeping its message. */
export function asImportError(fileName: string, code: string, err: unknown): CitatError {
  if (err instanceof CitatError && err.message.startsWith(fileName)) {
    return inputError(`import.${code}`, err.message, err);
  }
  const detail = err instanceof Error ? err.message : String(err);
  return importError(fileName, code, detail, err);
}
