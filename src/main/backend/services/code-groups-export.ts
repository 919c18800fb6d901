/** Code groups as the REFI-QDA writers take them, and what other formats must leave out. */
import type { ExportedSet } from '../exchange/qdc-export';
import type { Project } from '../project/project';
import { listGroups } from './code-groups';

/** Every group in its order, its codes in codebook order: what .qdc and .qdpx write as Sets. */
export function groupsForExport(project: Project): ExportedSet[] {
  return listGroups(project).map((group) => ({
    id: group.id,
    name: group.name,
    description: group.description,
    codeIds: group.codeIds,
  }));
}

/** A codebook table has no place for groups: said as a warning, not dropped in silence. */
export function groupsLeftOut(project: Project, format: string): string[] {
  const n = project.readOne<{ n: number }>(`SELECT count(*) AS n FROM code_groups`)?.n ?? 0;
  if (n === 0) return [];
  return [
    `${n} code group${n === 1 ? '' : 's'} ${n === 1 ? 'is' : 'are'} not in the .${format} file (a codebook table has no place for groups); export a .qdc to keep them`,
  ];
}
