/**
 * A minimal XML writer for the formats Citat emits (DOCX, XLSX, REFI-QDA). Escaping is
 * done here once, and characters XML 1.0 forbids are dropped so a stray control
 * character in a transcript cannot produce a file other tools refuse.
 */

// Allowed: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
const INVALID_XML_CHARS =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function stripInvalidXmlChars(text: string): string {
  return text.replace(INVALID_XML_CHARS, '');
}

export function escapeXmlText(text: string): string {
  return stripInvalidXmlChars(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

export function escapeXmlAttr(text: string): string {
  return escapeXmlText(text)
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}

export type XmlAttrs = Record<string, string | number | boolean | null | undefined>;

/** Renders attributes in the given order; null/undefined values are left out. */
export function xmlAttrs(attrs: XmlAttrs): string {
  let out = '';
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined) continue;
    out += ` ${key}="${escapeXmlAttr(String(value))}"`;
  }
  return out;
}

/** One element; `children` are already-rendered XML strings. Empty → self-closing. */
export function xmlElement(
  name: string,
  attrs: XmlAttrs = {},
  children: readonly string[] = [],
): string {
  const open = `<${name}${xmlAttrs(attrs)}`;
  return children.length === 0 ? `${open}/>` : `${open}>${children.join('')}</${name}>`;
}

/** An element whose content is text. */
export function xmlTextElement(name: string, attrs: XmlAttrs, text: string): string {
  return `<${name}${xmlAttrs(attrs)}>${escapeXmlText(text)}</${name}>`;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
