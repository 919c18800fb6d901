import type { CodeListEntry } from '@shared/api/types';

/** A codebook from indented lines ("  " per level), in pre-order like `codes.list`. */
export function codebook(outline: string): CodeListEntry[] {
  const codes: CodeListEntry[] = [];
  const stack: CodeListEntry[] = [];
  for (const line of outline.split('\n').filter((l) => l.trim())) {
    const depth = (line.length - line.trimStart().length) / 2;
    const name = line.trim();
    stack.length = depth;
    const parent = stack[depth - 1] ?? null;
    const position = codes.filter((c) => c.parentId === (parent?.id ?? null)).length;
    const code: CodeListEntry = {
      id: name,
      parentId: parent?.id ?? null,
      name,
      color: '#E57373',
      position,
      definition: null,
      whenToUse: null,
      whenNotToUse: null,
      example: null,
      path: [...(parent?.path ?? []), name],
      depth,
      codingCount: 0,
      totalCodingCount: 0,
    };
    codes.push(code);
    stack[depth] = code;
  }
  return codes;
}

export const PRINCIPLES = codebook(`
Principper
  Social værdi
  Risiko
    Fejl
  Ledelse
Temaer
  Økonomi
  Medarbejdere
`);
