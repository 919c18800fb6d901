/**
 * A project's Sets (REFI-QDA `Project/Sets`): the codes of a set become a code group;
 * what Citat cannot keep — sets of documents or notes (MAXQDA and ATLAS.ti document
 * groups) and the document or note members of a mixed set — is listed in the report.
 */
import { firstChild, type XmlElement } from '../../formats/xml-read';
import type { ImportedSet } from '../imported-codebook';
import { describeNotKept, readSetElements } from '../qdc-sets';
import type { NotImported } from './qde-model';

export interface ProjectSets {
  sets: ImportedSet[];
  notImported: NotImported[];
  warnings: string[];
}

/** `idByGuid`: the file's normalised code GUIDs → ids of the imported code nodes. */
export function readProjectSets(
  root: XmlElement,
  source: string,
  idByGuid: ReadonlyMap<string, string>,
): ProjectSets {
  const out: ProjectSets = { sets: [], notImported: [], warnings: [] };
  const setsElement = firstChild(root, 'Sets');
  if (!setsElement) return out;
  const reading = readSetElements(setsElement, source, idByGuid);
  out.sets = reading.sets;
  out.warnings = reading.warnings;
  const whole = reading.notKept.filter((item) => !item.hasCodes);
  const parts = reading.notKept.filter((item) => item.hasCodes);
  if (whole.length > 0)
    out.notImported.push({
      what: 'sets',
      count: whole.length,
      detail: `${whole.length} set(s) of documents or notes (code groups hold codes only): ${whole
        .map((item) => `"${item.name}" (${describeNotKept(item)})`)
        .join(', ')}`,
    });
  if (parts.length > 0)
    out.notImported.push({
      what: 'set members',
      count: parts.reduce((n, item) => n + item.sources + item.notes, 0),
      detail: `documents and notes in sets that also hold codes (their codes became code groups): ${parts
        .map((item) => `"${item.name}" (${describeNotKept(item)})`)
        .join(', ')}`,
    });
  return out;
}
