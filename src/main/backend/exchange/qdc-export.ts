/**
 * Writes a REFI-QDA codebook (.qdc, Codebook.xsd 1.0). Children follow the schema's
 * sequence (Description, then nested Code), empty containers are never written, and the
 * output depends only on the input, so exporting the same codebook twice gives the same
 * bytes.
 */
import type { CodebookNode } from '@shared/domain/codebook';
import { dataError } from '../errors';
import { XML_DECLARATION, xmlAttrs, xmlTextElement } from '../formats/xml-write';
import { formatCodeDescription } from './code-description';
import { readColor } from './color';
import { guidForId } from './guid';

export const QDC_NAMESPACE = 'urn:QDA-XML:codebook:1.0';

export interface QdcExportOptions {
  /** Written as CodeBook@origin, e.g. "Citat 0.1.0". */
  origin: string;
}

const INDENT = '  ';

function renderCode(node: CodebookNode, depth: number, seen: Set<string>, out: string[]): void {
  const guid = guidForId(node.id);
  if (seen.has(guid)) {
    throw dataError(
      'qdc.duplicate-id',
      `Cannot export the codebook: code id ${node.id} occurs twice`,
    );
  }
  seen.add(guid);
  const color = node.color === null ? null : readColor(node.color);
  const attrs = xmlAttrs({
    guid,
    name: node.name,
    isCodable: true,
    color: color?.ok ? color.color : null,
  });
  const pad = INDENT.repeat(depth);
  const description = formatCodeDescription(node);
  if (description === null && node.children.length === 0) {
    out.push(`${pad}<Code${attrs}/>`);
    return;
  }
  out.push(`${pad}<Code${attrs}>`);
  if (description !== null) out.push(pad + INDENT + xmlTextElement('Description', {}, description));
  for (const child of node.children) renderCode(child, depth + 1, seen, out);
  out.push(`${pad}</Code>`);
}

/** The codebook as .qdc XML text (UTF-8 when encoded). Needs at least one code. */
export function exportQdc(nodes: readonly CodebookNode[], options: QdcExportOptions): string {
  if (nodes.length === 0) {
    throw dataError(
      'qdc.empty-codebook',
      'Cannot export an empty codebook: a REFI-QDA codebook must contain at least one code',
    );
  }
  const out: string[] = [
    `<CodeBook${xmlAttrs({ xmlns: QDC_NAMESPACE, origin: options.origin })}>`,
    `${INDENT}<Codes>`,
  ];
  const seen = new Set<string>();
  for (const node of nodes) renderCode(node, 2, seen, out);
  out.push(`${INDENT}</Codes>`, '</CodeBook>');
  return XML_DECLARATION + out.join('\n') + '\n';
}
