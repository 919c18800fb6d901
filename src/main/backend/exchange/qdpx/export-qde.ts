/**
 * Renders `project.qde` (Project-mrt2019.xsd): children in the schema's sequence (Users,
 * CodeBook, Variables, Cases, Sources, Notes, Sets), no empty containers, and every list in a
 * fixed order, so the same project always gives the same bytes. Nothing that would leak
 * the researcher's machine is written: no basePath, no absolute paths (pitfall 11).
 */
import type { CodebookNode } from '@shared/domain/codebook';
import { XML_DECLARATION, xmlAttrs } from '../../formats/xml-write';
import { formatCodeDescription } from '../code-description';
import { readColor } from '../color';
import { guidForId } from '../guid';
import { ExportNotes } from './export-notes';
import type { CaseSnapshot, ExportSnapshot } from './export-snapshot';
import { renderSources, type SourceFile } from './export-sources';
import { PROJECT_NAMESPACE } from './qdpx-format';
import { block, emptyLine, textLine } from './xml-lines';

function renderUsers(snapshot: ExportSnapshot): string[] | null {
  if (snapshot.coders.length === 0) return null;
  const users = snapshot.coders.map((c) =>
    emptyLine(2, 'User', { guid: guidForId(c.id), name: c.name }),
  );
  return block(1, 'Users', {}, users);
}

function renderCode(
  node: CodebookNode,
  depth: number,
  snapshot: ExportSnapshot,
  notes: ExportNotes,
): string[] {
  const children: string[] = [];
  const description = formatCodeDescription(node);
  if (description !== null) children.push(textLine(depth + 1, 'Description', description));
  const memo = snapshot.codeMemos.get(node.id);
  if (memo) {
    const note = {
      guid: guidForId(memo.id),
      name: `Memo on code "${node.name}"`,
      text: memo.text,
      authorId: memo.authorId,
      date: memo.updatedAt,
    };
    children.push(notes.add(note, depth + 1));
  }
  for (const child of node.children)
    children.push(...renderCode(child, depth + 1, snapshot, notes));
  const color = node.color === null ? null : readColor(node.color);
  return block(
    depth,
    'Code',
    {
      guid: guidForId(node.id),
      name: node.name,
      isCodable: true,
      color: color?.ok ? color.color : undefined,
    },
    children,
  );
}

function renderCodeBook(snapshot: ExportSnapshot, notes: ExportNotes): string[] | null {
  if (snapshot.codes.length === 0) return null;
  const codes = snapshot.codes.flatMap((node) => renderCode(node, 3, snapshot, notes));
  return block(1, 'CodeBook', {}, block(2, 'Codes', {}, codes));
}

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const INTEGER = /^[+-]?\d+$/;

/** A number attribute's value as an xsd:decimal (no exponent), or null when it is not a number. */
function asDecimal(value: string): string | null {
  const trimmed = value.trim();
  if (DECIMAL.test(trimmed)) return trimmed;
  const number = Number(trimmed);
  if (trimmed === '' || !Number.isFinite(number)) return null;
  return number.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

/** Integer when every value is a whole number, else Float; text attributes are Text. */
function variableTypes(snapshot: ExportSnapshot): Map<string, 'Text' | 'Integer' | 'Float'> {
  const types = new Map<string, 'Text' | 'Integer' | 'Float'>();
  for (const attribute of snapshot.attributes) {
    if (attribute.valueType === 'text') {
      types.set(attribute.id, 'Text');
      continue;
    }
    const values = snapshot.cases.flatMap((c) => {
      const value = c.values.get(attribute.id);
      return value === undefined ? [] : [asDecimal(value)];
    });
    const whole = values.length > 0 && values.every((v) => v !== null && INTEGER.test(v));
    types.set(attribute.id, whole ? 'Integer' : 'Float');
  }
  return types;
}

function renderVariables(snapshot: ExportSnapshot, types: Map<string, string>): string[] | null {
  if (snapshot.attributes.length === 0) return null;
  const variables = snapshot.attributes.map((a) =>
    emptyLine(2, 'Variable', {
      guid: guidForId(a.id),
      name: a.name,
      typeOfVariable: types.get(a.id) ?? 'Text',
    }),
  );
  return block(1, 'Variables', {}, variables);
}

function renderCase(
  theCase: CaseSnapshot,
  snapshot: ExportSnapshot,
  types: Map<string, string>,
): string[] {
  const children: string[] = [];
  if (theCase.description !== null && theCase.description.trim() !== '') {
    children.push(textLine(3, 'Description', theCase.description));
  }
  for (const attribute of snapshot.attributes) {
    const value = theCase.values.get(attribute.id);
    if (value === undefined) continue;
    const type = types.get(attribute.id) ?? 'Text';
    const decimal = type === 'Text' ? null : asDecimal(value);
    const valueLine =
      decimal === null
        ? textLine(4, 'TextValue', value)
        : textLine(4, type === 'Integer' ? 'IntegerValue' : 'FloatValue', decimal);
    children.push(
      ...block(3, 'VariableValue', {}, [
        emptyLine(4, 'VariableRef', { targetGUID: guidForId(attribute.id) }),
        valueLine,
      ]),
    );
  }
  for (const documentId of theCase.documentIds) {
    children.push(emptyLine(3, 'SourceRef', { targetGUID: guidForId(documentId) }));
  }
  return block(2, 'Case', { guid: guidForId(theCase.id), name: theCase.name }, children);
}

function renderCases(snapshot: ExportSnapshot, types: Map<string, string>): string[] | null {
  if (snapshot.cases.length === 0) return null;
  return block(
    1,
    'Cases',
    {},
    snapshot.cases.flatMap((c) => renderCase(c, snapshot, types)),
  );
}

/** Code groups as Sets, after Notes as the schema orders them (Citat writes no Links). */
function renderSets(snapshot: ExportSnapshot): string[] | null {
  if (snapshot.groups.length === 0) return null;
  const sets = snapshot.groups.flatMap((group) => {
    const children: string[] = [];
    if (group.description !== null && group.description.trim() !== '')
      children.push(textLine(3, 'Description', group.description));
    for (const codeId of group.codeIds)
      children.push(emptyLine(3, 'MemberCode', { targetGUID: guidForId(codeId) }));
    return block(2, 'Set', { guid: guidForId(group.id), name: group.name }, children);
  });
  return block(1, 'Sets', {}, sets);
}

function codeNames(
  nodes: readonly CodebookNode[],
  into = new Map<string, string>(),
): Map<string, string> {
  for (const node of nodes) {
    into.set(node.id, node.name);
    codeNames(node.children, into);
  }
  return into;
}

export interface RenderedProject {
  qde: string;
  sources: SourceFile[];
}

export function renderProject(snapshot: ExportSnapshot, origin: string): RenderedProject {
  const notes = new ExportNotes();
  const types = variableTypes(snapshot);
  const names = codeNames(snapshot.codes);
  // Notes are collected while rendering codes and sources, so Notes is rendered last.
  const codeBook = renderCodeBook(snapshot, notes);
  const sources = renderSources(snapshot.documents, notes, (id) => names.get(id) ?? id);
  const parts = [
    renderUsers(snapshot),
    codeBook,
    renderVariables(snapshot, types),
    renderCases(snapshot, types),
    sources.lines,
    notes.render(),
    renderSets(snapshot),
  ];
  const body = parts.flatMap((part) => part ?? []);
  const attrs = xmlAttrs({ xmlns: PROJECT_NAMESPACE, name: snapshot.projectName, origin });
  const root =
    body.length === 0 ? [`<Project${attrs}/>`] : [`<Project${attrs}>`, ...body, '</Project>'];
  return { qde: XML_DECLARATION + root.join('\n') + '\n', sources: sources.files };
}
