/**
 * Which other codes a quote in a matrix row is filed under, so double filing is visible
 * in the table and not only in the export.
 */
import { formatCodePath } from '@shared/domain/codebook';

/**
 * The paths in `quoteCodes` other than the row's own code; in a folded row the codes below
 * it are the row's too and are left out.
 */
export function alsoCodedPaths(
  quoteCodes: readonly string[],
  rowPath: readonly string[],
  folded: boolean,
): string[] {
  const own = formatCodePath(rowPath);
  return quoteCodes.filter((path) => path !== own && !(folded && path.startsWith(`${own}/`)));
}

/** "Principper/III Risiko" → "Principper › III Risiko" (an escaped "\/" in a name stays a slash). */
export function displayCodePath(formattedPath: string): string {
  return formattedPath
    .split(/(?<!\\)\//)
    .map((name) => name.replace(/\\\//g, '/'))
    .join(' › ');
}
