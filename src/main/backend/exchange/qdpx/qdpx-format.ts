/**
 * Names shared by the REFI-QDA project reader and writer (Project-mrt2019.xsd, spec §8).
 */

export const PROJECT_NAMESPACE = 'urn:QDA-XML:project:1.0';

/** The folder for source files inside a .qdpx; lower case as spec §8.1 and QualCoder write it. */
export const SOURCES_FOLDER = 'sources';

const INTERNAL_SCHEME = 'internal://';

/** `internal://<file>` as written in `plainTextPath`. */
export function internalPath(fileName: string): string {
  return `${INTERNAL_SCHEME}${fileName}`;
}

/** True for the origins of files Citat wrote itself. */
export function isCitatOrigin(origin: string | null): boolean {
  return origin !== null && /^citat\b/i.test(origin.trim());
}

/**
 * The paths inside the archive where a source path may point, most likely first:
 * `internal://x.txt`, bare `x.txt` (requal, pitfall 5) and `sources/x.txt` all name
 * `sources/x.txt`; null for `relative://` and `absolute://` paths, which point outside.
 */
export function archiveCandidates(path: string): string[] | null {
  let rest = path.trim().replace(/\\/g, '/');
  if (/^(relative|absolute|file):\/\//i.test(rest)) return null;
  if (rest.toLowerCase().startsWith(INTERNAL_SCHEME)) rest = rest.slice(INTERNAL_SCHEME.length);
  rest = rest.replace(/^\/+/, '');
  if (rest === '') return [];
  const candidates = [`${SOURCES_FOLDER}/${rest}`, rest];
  if (rest.toLowerCase().startsWith(`${SOURCES_FOLDER}/`)) candidates.reverse();
  let decoded = rest;
  try {
    decoded = decodeURIComponent(rest);
  } catch {
    // Not percent-encoded after all: keep the name as written.
  }
  if (decoded !== rest) candidates.push(`${SOURCES_FOLDER}/${decoded}`, decoded);
  return candidates;
}
