/**
 * Reads REFI-QDA `Set` elements: ATLAS.ti code groups and MAXQDA code sets in a .qdc
 * (`CodeBook/Sets`) and in a project (`Project/Sets`, where MAXQDA and ATLAS.ti also keep
 * document groups). Citat keeps the codes of a set as a code group; members that are
 * documents or notes are counted so the import can say what it left out.
 */
import { attr, childElements, firstChild, textContent, type XmlElement } from '../formats/xml-read';
import { normaliseGuid } from './guid';
import type { ImportedSet } from './imported-codebook';

export interface SetsReading {
  /** Sets that hold codes, or nothing at all (an empty code group is still a group). */
  sets: ImportedSet[];
  /** Sets, or parts of sets, that Citat cannot keep: their documents and notes. */
  notKept: { name: string; sources: number; notes: number; hasCodes: boolean; line: number }[];
  warnings: string[];
}

/**
 * Reads the `Set` children of `setsElement`. `idByGuid` maps the file's normalised code
 * GUIDs to the ids of the imported codes; a member that names no such code is dropped
 * with a warning.
 */
export function readSetElements(
  setsElement: XmlElement,
  source: string,
  idByGuid: ReadonlyMap<string, string>,
): SetsReading {
  const reading: SetsReading = { sets: [], notKept: [], warnings: [] };
  const seenGuids = new Set<string>();
  for (const setElement of childElements(setsElement, 'Set')) {
    const name = attr(setElement, 'name')?.trim() || 'Unnamed set';
    const where = `${source}, line ${setElement.line}`;
    const rawGuid = attr(setElement, 'guid');
    let guid = normaliseGuid(rawGuid);
    if (guid === null) {
      reading.warnings.push(
        `${where}: set "${name}" has ${rawGuid === undefined ? 'no guid' : `an invalid guid "${rawGuid}"`}; it was given a new one`,
      );
    } else if (seenGuids.has(guid)) {
      reading.warnings.push(
        `${where}: set "${name}" repeats the guid ${rawGuid} of an earlier set; it was given a new one`,
      );
      guid = null;
    } else {
      seenGuids.add(guid);
    }
    const descriptionElement = firstChild(setElement, 'Description');
    const description = descriptionElement ? textContent(descriptionElement).trim() || null : null;
    const memberCodes = childElements(setElement, 'MemberCode');
    const codeGuids: string[] = [];
    for (const member of memberCodes) {
      // A codebook's MemberCode has `guid`, a project's `targetGUID`; real files mix them up.
      const raw = attr(member, 'guid') ?? attr(member, 'targetGUID');
      const id = idByGuid.get(normaliseGuid(raw) ?? '');
      if (id === undefined) {
        reading.warnings.push(
          `${source}, line ${member.line}: set "${name}" refers to a code ${raw ?? '(no guid)'} that is not in the codebook; the reference was dropped`,
        );
      } else if (!codeGuids.includes(id)) {
        codeGuids.push(id);
      }
    }
    const sources = childElements(setElement, 'MemberSource').length;
    const notes = childElements(setElement, 'MemberNote').length;
    const hasCodes = memberCodes.length > 0;
    if (sources + notes > 0)
      reading.notKept.push({ name, sources, notes, hasCodes, line: setElement.line });
    // A set of documents or notes only is not a code group; one with no members at all is.
    if (hasCodes || sources + notes === 0)
      reading.sets.push({ guid, name, description, codeGuids });
  }
  return reading;
}

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** "2 documents and 1 note" */
export function describeNotKept(item: SetsReading['notKept'][number]): string {
  const parts: string[] = [];
  if (item.sources > 0) parts.push(count(item.sources, 'document', 'documents'));
  if (item.notes > 0) parts.push(count(item.notes, 'note', 'notes'));
  return parts.join(' and ');
}
