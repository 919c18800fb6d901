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
  /** Code groups, written as Sets after the codes. */
  sets?: readonly ExportedSet[];
}

/** A code group as both REFI-QDA writers (.qdc and .qdpx) take it. */
export interface ExportedSet {
  id: string;
  name: string;
  description: string | null;
  /** In codebook order. */
  codeIds: readonly string[];
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

/** `<Sets>` of a .qdc (Codebook.xsd: Description, then MemberCode with `guid`), or nothing. */
function renderSets(sets: readonly ExportedSet[], exported: ReadonlySet<string>): string[] {
  if (sets.length === 0) return [];
  const out = [`${INDENT}<Sets>`];
  const pad = INDENT.repeat(2);
  for (const set of sets) {
    const attrs = xmlAttrs({ guid: guidForId(set.id), name: set.name });
    const members = set.codeIds.map((id) => guidForId(id)).filter((guid) => exported.has(guid));
    const description = set.description?.trim() ? set.description : null;
    if (description === null && members.length === 0) {
      out.push(`${pad}<Set${attrs}/>`);
      continue;
    }
    out.push(`${pad}<Set${attrs}>`);
    if (description !== null)
      out.push(pad + INDENT + xmlTextElement('Description', {}, description));
    for (const guid of members) out.push(`${pad}${INDENT}<MemberCode${xmlAttrs({ guid })}/>`);
    out.push(`${pad}</Set>`);
  }
  out.push(`${INDENT}</Sets>`);
  return out;
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
  out.push(`${INDENT}</Codes>`, ...renderSets(options.sets ?? [], seen), '</CodeBook>');
  return XML_DECLARATION + out.join('\n') + '\n';
}
