/**
 * Indented XML output as lines, on top of the shared escaping writer. `block` never
 * writes an empty container: with no children the element is self-closing, and callers
 * skip containers the schema requires to have children.
 */
import { xmlAttrs, xmlTextElement, type XmlAttrs } from '../../formats/xml-write';

const INDENT = '  ';

export function pad(depth: number): string {
  return INDENT.repeat(depth);
}

export function textLine(depth: number, name: string, text: string, attrs: XmlAttrs = {}): string {
  return pad(depth) + xmlTextElement(name, attrs, text);
}

export function emptyLine(depth: number, name: string, attrs: XmlAttrs): string {
  return `${pad(depth)}<${name}${xmlAttrs(attrs)}/>`;
}

export function block(
  depth: number,
  name: string,
  attrs: XmlAttrs,
  children: readonly string[],
): string[] {
  if (children.length === 0) return [emptyLine(depth, name, attrs)];
  return [`${pad(depth)}<${name}${xmlAttrs(attrs)}>`, ...children, `${pad(depth)}</${name}>`];
}

const XSD_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})?$/;

/** The stored timestamp when it is a valid xsd:dateTime, else undefined (attribute left out). */
export function xsdDateTime(value: string | null | undefined): string | undefined {
  return value && XSD_DATE_TIME.test(value) ? value : undefined;
}
