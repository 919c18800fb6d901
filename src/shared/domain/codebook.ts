import type { CodeDescription } from './entities';

/** A code with its subtree, in codebook order: the shape codebook exports and imports share. */
export interface CodebookNode extends CodeDescription {
  id: string;
  name: string;
  color: string | null;
  children: CodebookNode[];
  /** Codings of this code alone (not its children); 0 in imported codebooks. */
  codingCount: number;
}

/** Splits a CLI code path: "/" separates levels, "\/" is a literal slash inside a name. */
export function parseCodePath(path: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < path.length; i++) {
    const ch = path[i]!;
    if (ch === '\\' && path[i + 1] === '/') {
      current += '/';
      i++;
    } else if (ch === '/') {
      parts.push(current.trim());
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current.trim());
  return parts;
}

/** Inverse of parseCodePath. */
export function formatCodePath(names: readonly string[]): string {
  return names.map((name) => name.replace(/\//g, '\\/')).join('/');
}
