/** Small readers for elements that occur all over a .qde: refs, codings, values, texts. */
import {
  attr,
  childElements,
  firstChild,
  textContent,
  type XmlElement,
} from '../../formats/xml-read';
import { normaliseGuid } from '../guid';
import type { QdeCoding, QdeTextLocation, QdeVariableValue } from './qde-model';

/** The `item` children of the `container` child of `parent` (e.g. Users/User); [] without one. */
export function listed(parent: XmlElement, container: string, item: string): XmlElement[] {
  const element = firstChild(parent, container);
  return element ? childElements(element, item) : [];
}

/** Normalised GUID of an attribute, or null. */
export function guidAttr(element: XmlElement, name: string): string | null {
  return normaliseGuid(attr(element, name));
}

/** Non-empty trimmed attribute value, or null. */
export function textAttr(element: XmlElement, name: string): string | null {
  const value = attr(element, name)?.trim();
  return value ? value : null;
}

/** Text of the first child `local`, or null when absent or blank. */
export function childText(element: XmlElement, local: string): string | null {
  const child = firstChild(element, local);
  if (!child) return null;
  const text = textContent(child);
  return text.trim() === '' ? null : text;
}

/** Normalised `targetGUID`s of the children named `local` (NoteRef, SourceRef …). */
export function refTargets(element: XmlElement, local: string): string[] {
  const out: string[] = [];
  for (const ref of childElements(element, local)) {
    const guid = guidAttr(ref, 'targetGUID');
    if (guid !== null && !out.includes(guid)) out.push(guid);
  }
  return out;
}

export function readCoding(element: XmlElement): QdeCoding {
  const codeRef = firstChild(element, 'CodeRef');
  return {
    guid: guidAttr(element, 'guid'),
    codeGuid: codeRef ? guidAttr(codeRef, 'targetGUID') : null,
    rawCodeRef: codeRef ? (attr(codeRef, 'targetGUID') ?? null) : null,
    user: guidAttr(element, 'creatingUser'),
    created: textAttr(element, 'creationDateTime'),
    noteGuids: refTargets(element, 'NoteRef'),
    line: element.line,
  };
}

const VALUE_ELEMENTS = [
  'TextValue',
  'BooleanValue',
  'IntegerValue',
  'FloatValue',
  'DateValue',
  'DateTimeValue',
];

/** A VariableValue; null when it names no variable or holds no value (both schema-valid). */
export function readVariableValue(element: XmlElement): QdeVariableValue | null {
  const ref = firstChild(element, 'VariableRef');
  const variableGuid = ref ? guidAttr(ref, 'targetGUID') : null;
  if (variableGuid === null) return null;
  for (const local of VALUE_ELEMENTS) {
    const value = childText(element, local)?.trim();
    if (value === undefined) continue;
    if (local === 'BooleanValue') {
      return {
        variableGuid,
        value: value === '1' || value === 'true' ? 'true' : 'false',
        line: element.line,
      };
    }
    return { variableGuid, value, line: element.line };
  }
  return null;
}

/** Where a TextSource-shaped element keeps its text: PlainTextContent, else plainTextPath. */
export function textLocation(element: XmlElement): QdeTextLocation {
  const inline = firstChild(element, 'PlainTextContent');
  if (inline) return { inline: textContent(inline) };
  const path = textAttr(element, 'plainTextPath');
  return path === null ? null : { path };
}

/** An xsd:integer attribute as a safe JS integer, or null. */
export function integerAttr(element: XmlElement, name: string): number | null {
  const raw = attr(element, name)?.trim();
  if (raw === undefined || !/^[+-]?\d{1,15}$/.test(raw)) return null;
  return Number(raw);
}
