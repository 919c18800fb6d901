/**
 * Safe XML reading for every format Citat imports (DOCX, ODT, XLSX, REFI-QDA).
 * saxes is a non-validating parser: it never fetches external entities. On top of that
 * any DOCTYPE is refused outright, which rules out entity-expansion ("billion laughs")
 * and XXE attacks; no format we read needs a DTD.
 *
 * Nesting is limited too (256 elements by default): saxes resolves each element's namespace
 * prefix by walking the stack of open elements, so n nested elements cost O(n²) — 100,000 of
 * them took minutes of CPU before anything else failed. The depth check runs when a start
 * tag begins, before that lookup, and every walk over the tree below is iterative.
 */
import { SaxesParser } from 'saxes';
import { inputError } from '../errors';

export interface XmlElement {
  /** Qualified name as written, e.g. `w:p`. */
  readonly name: string;
  /** Local name without prefix, e.g. `p`. */
  readonly local: string;
  /** Namespace URI ('' when none). */
  readonly ns: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: XmlNode[];
  /** 1-based position of the start tag, for error messages. */
  readonly line: number;
  readonly column: number;
}
export type XmlNode = XmlElement | string;

export interface ParseXmlOptions {
  /** Refuse documents longer than this many UTF-16 units. */
  maxLength?: number;
  /** Keep whitespace-only text nodes (needed for `xml:space="preserve"` runs). */
  keepWhitespace?: boolean;
  /** Refuse documents whose elements nest deeper than this (the root is depth 1). */
  maxDepth?: number;
}

const DEFAULT_MAX_LENGTH = 256 * 1024 * 1024;
export const DEFAULT_MAX_XML_DEPTH = 256;

/** Thrown from a parser handler to stop saxes at once; never leaves parseXml. */
class StopParsing extends Error {}

/** Parses `xml`, naming `source` (a file or zip entry) in every error. */
export function parseXml(xml: string, source: string, options: ParseXmlOptions = {}): XmlElement {
  const maxLength = options.maxLength ?? DEFAULT_MAX_LENGTH;
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_XML_DEPTH;
  if (xml.length > maxLength) {
    throw inputError('xml.too-large', `${source}: XML is larger than ${maxLength} characters`);
  }
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let failure: Error | undefined;

  const fail = (message: string): void => {
    failure ??= inputError(
      'xml.malformed',
      `${source}: malformed XML at line ${parser.line}, column ${parser.column}: ${message}`,
    );
  };

  parser.on('error', (err) => fail(err.message.replace(/^(?:[^:]*:)?\d+:\d+: /, '')));
  parser.on('doctype', () => fail('DOCTYPE declarations are not allowed'));
  parser.on('opentagstart', () => {
    if (stack.length < maxDepth) return;
    failure ??= inputError(
      'xml.too-deep',
      `${source}: XML elements are nested more than ${maxDepth} deep (at line ${parser.line}, column ${parser.column}); refused as a possibly hostile file`,
      undefined,
      { limit: maxDepth },
    );
    throw new StopParsing();
  });
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const [key, attr] of Object.entries(tag.attributes)) {
      attrs[key] = typeof attr === 'string' ? attr : attr.value;
    }
    const element: XmlElement = {
      name: tag.name,
      local: tag.local ?? tag.name,
      ns: tag.uri ?? '',
      attrs,
      children: [],
      line: parser.line,
      column: parser.column,
    };
    const parent = stack.at(-1);
    if (parent) parent.children.push(element);
    else root ??= element;
    stack.push(element);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  const onText = (text: string): void => {
    const parent = stack.at(-1);
    if (!parent) return;
    if (!options.keepWhitespace && text.trim() === '') return;
    const last = parent.children.at(-1);
    if (typeof last === 'string') parent.children[parent.children.length - 1] = last + text;
    else parent.children.push(text);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);

  try {
    parser.write(xml).close();
  } catch (err) {
    if (!(err instanceof StopParsing)) fail(err instanceof Error ? err.message : String(err));
  }
  if (failure) throw failure;
  if (!root) throw inputError('xml.empty', `${source}: no XML root element`);
  return root;
}

export function childElements(element: XmlElement, local?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const child of element.children) {
    if (typeof child !== 'string' && (local === undefined || child.local === local))
      out.push(child);
  }
  return out;
}

export function firstChild(element: XmlElement, local: string): XmlElement | undefined {
  return childElements(element, local)[0];
}

/** Depth-first search (document order) for elements with the given local name. */
export function descendants(element: XmlElement, local: string): XmlElement[] {
  const out: XmlElement[] = [];
  const pending: XmlElement[] = [];
  for (let i = element.children.length - 1; i >= 0; i--) {
    const child = element.children[i]!;
    if (typeof child !== 'string') pending.push(child);
  }
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (node.local === local) out.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) {
      const child = node.children[i]!;
      if (typeof child !== 'string') pending.push(child);
    }
  }
  return out;
}

/** Concatenated text content of an element and its descendants. */
export function textContent(element: XmlElement): string {
  let out = '';
  const pending: XmlNode[] = [...element.children].reverse();
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (typeof node === 'string') out += node;
    else for (let i = node.children.length - 1; i >= 0; i--) pending.push(node.children[i]!);
  }
  return out;
}

/** Attribute by local name, ignoring any namespace prefix. */
export function attr(element: XmlElement, local: string): string | undefined {
  const direct = element.attrs[local];
  if (direct !== undefined) return direct;
  for (const [key, value] of Object.entries(element.attrs)) {
    if (key.endsWith(`:${local}`)) return value;
  }
  return undefined;
}
