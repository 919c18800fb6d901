/**
 * Reads a parsed `project.qde` into a QdeProject. Lenient where real tools differ
 * (NOTES.md §6–7): any `urn:QDA-XML:project` namespace version or none, odd GUIDs,
 * nameless cases, users missing from Users. Only a file that is not a REFI-QDA project
 * at all is refused; everything else that cannot be kept is listed, not dropped.
 */
import { inputError } from '../../errors';
import { childElements, descendants, firstChild, type XmlElement } from '../../formats/xml-read';
import { readCodesTree } from '../qdc-codes-tree';
import type { NotImported, QdeCase, QdeNote, QdeProject, QdeUser, QdeVariable } from './qde-model';
import {
  childText,
  guidAttr,
  listed,
  readVariableValue,
  refTargets,
  textAttr,
  textLocation,
} from './qde-read-elements';
import { readProjectSets } from './import-sets';
import { readSources } from './qde-read-sources';
import { isCitatOrigin } from './qdpx-format';

function checkRoot(root: XmlElement, source: string, warnings: string[]): void {
  const position = `line ${root.line}, column ${root.column}`;
  if (root.local !== 'Project') {
    const hint =
      root.local === 'CodeBook' ? ' It is a codebook; import it with "codebook import".' : '';
    throw inputError(
      'qdpx.not-a-project',
      `${source}: not a REFI-QDA project: the root element at ${position} is <${root.name}>, expected <Project>.${hint}`,
    );
  }
  if (root.ns === '' || /^urn:QDA-XML:project:(1[.:]0|0:4)$/.test(root.ns)) return;
  if (!root.ns.startsWith('urn:QDA-XML:')) {
    throw inputError(
      'qdpx.not-a-project',
      `${source}: not a REFI-QDA project: <Project> at ${position} is in namespace "${root.ns}", expected urn:QDA-XML:project:1.0`,
    );
  }
  warnings.push(`${source}: unfamiliar REFI-QDA namespace "${root.ns}"; read as project 1.0`);
}

function readUsers(
  root: XmlElement,
  where: (e: XmlElement) => string,
  warnings: string[],
): QdeUser[] {
  const users: QdeUser[] = [];
  for (const user of listed(root, 'Users', 'User')) {
    const guid = guidAttr(user, 'guid');
    if (guid === null) {
      warnings.push(`${where(user)}: a User has no valid guid and cannot be referred to; ignored`);
    } else if (!users.some((u) => u.guid === guid)) {
      users.push({ guid, name: textAttr(user, 'name') });
    }
  }
  return users;
}

function readCodeNotes(codeBook: XmlElement | undefined): Map<string, string[]> {
  const notes = new Map<string, string[]>();
  for (const code of codeBook ? descendants(codeBook, 'Code') : []) {
    const guid = guidAttr(code, 'guid');
    const targets = refTargets(code, 'NoteRef');
    if (guid !== null && targets.length > 0) notes.set(guid, targets);
  }
  return notes;
}

function readVariables(root: XmlElement): QdeVariable[] {
  const variables: QdeVariable[] = [];
  for (const variable of listed(root, 'Variables', 'Variable')) {
    const guid = guidAttr(variable, 'guid');
    const name = textAttr(variable, 'name');
    if (guid !== null && name !== null)
      variables.push({ guid, name, type: textAttr(variable, 'typeOfVariable') ?? 'Text' });
  }
  return variables;
}

function readCases(
  root: XmlElement,
  notImported: NotImported[],
  where: (e: XmlElement) => string,
): QdeCase[] {
  const cases: QdeCase[] = [];
  for (const element of listed(root, 'Cases', 'Case')) {
    const codeRefs = childElements(element, 'CodeRef').length;
    const selectionRefs = childElements(element, 'SelectionRef').length;
    const name = textAttr(element, 'name');
    if (codeRefs + selectionRefs > 0) {
      notImported.push({
        what: 'case links to codes or passages',
        count: codeRefs + selectionRefs,
        detail: `${where(element)}: case "${name ?? '(no name)'}" refers to ${codeRefs} code(s) and ${selectionRefs} passage(s); Citat cases hold documents only`,
      });
    }
    cases.push({
      guid: guidAttr(element, 'guid'),
      name,
      description: childText(element, 'Description'),
      values: childElements(element, 'VariableValue').flatMap((v) => readVariableValue(v) ?? []),
      sourceGuids: refTargets(element, 'SourceRef'),
      line: element.line,
    });
  }
  return cases;
}

function readNotes(root: XmlElement): Map<string, QdeNote> {
  const notes = new Map<string, QdeNote>();
  for (const note of listed(root, 'Notes', 'Note')) {
    const guid = guidAttr(note, 'guid');
    if (guid === null || notes.has(guid)) continue;
    notes.set(guid, {
      guid,
      name: textAttr(note, 'name'),
      text: textLocation(note),
      user: guidAttr(note, 'creatingUser'),
      created: textAttr(note, 'creationDateTime'),
      modified: textAttr(note, 'modifiedDateTime'),
      hasSelection: firstChild(note, 'PlainTextSelection') !== undefined,
      line: note.line,
    });
  }
  return notes;
}

/** NVivo ties annotations to passages with Links between a note and a selection. */
function readLinks(
  root: XmlElement,
  notes: Map<string, QdeNote>,
  notImported: NotImported[],
): Map<string, string[]> {
  const linked = new Map<string, string[]>();
  let unused = 0;
  for (const link of listed(root, 'Links', 'Link')) {
    const ends = [guidAttr(link, 'originGUID'), guidAttr(link, 'targetGUID')];
    const note = ends.find((end) => end !== null && notes.has(end));
    const other = ends.find((end) => end !== null && !notes.has(end));
    if (note !== undefined && note !== null && other !== undefined && other !== null) {
      linked.set(other, [...(linked.get(other) ?? []), note]);
    } else {
      unused++;
    }
  }
  if (unused > 0) {
    notImported.push({
      what: 'links',
      count: unused,
      detail: `${unused} link(s) between objects: Citat has no links`,
    });
  }
  return linked;
}

function readProjectExtras(root: XmlElement, notImported: NotImported[]): void {
  const graphs = listed(root, 'Graphs', 'Graph');
  if (graphs.length > 0) {
    notImported.push({
      what: 'graphs',
      count: graphs.length,
      detail: `${graphs.length} graph(s) (network views)`,
    });
  }
  if (childText(root, 'Description') !== null) {
    notImported.push({
      what: 'project description',
      count: 1,
      detail: 'the project description: Citat has no place for it',
    });
  }
}

export function readQde(root: XmlElement, source: string): QdeProject {
  const warnings: string[] = [];
  checkRoot(root, source, warnings);
  const where = (element: XmlElement): string => `${source}, line ${element.line}`;
  const origin = textAttr(root, 'origin');
  const notImported: NotImported[] = [];
  const codeBook = firstChild(root, 'CodeBook');
  // A flat "Parent::Child" list (ATLAS.ti 8) becomes a tree; Citat's own names may contain "::".
  const codes = codeBook
    ? readCodesTree(codeBook, { source, splitColonNames: !isCitatOrigin(origin) })
    : { nodes: [], warnings: [], idByGuid: new Map<string, string>() };
  warnings.push(...codes.warnings);
  const sources = readSources(firstChild(root, 'Sources'), where);
  warnings.push(...sources.warnings);
  notImported.push(...sources.notImported);
  const notes = readNotes(root);
  const project: QdeProject = {
    source,
    origin,
    creatingUser: guidAttr(root, 'creatingUserGUID'),
    users: readUsers(root, where, warnings),
    codes,
    codeNotes: readCodeNotes(codeBook),
    variables: readVariables(root),
    cases: readCases(root, notImported, where),
    sources: sources.sources,
    notes,
    linkedNotes: readLinks(root, notes, notImported),
    sets: [],
    notImported,
    warnings,
  };
  const sets = readProjectSets(root, source, codes.idByGuid);
  project.sets = sets.sets;
  warnings.push(...sets.warnings);
  notImported.push(...sets.notImported);
  readProjectExtras(root, notImported);
  return project;
}
