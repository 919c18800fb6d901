/**
 * Reads a REFI-QDA codebook (.qdc). Leniency follows what real tools write (NOTES.md §7):
 * namespace variants `…codebook:1.0`, `…:1:0`, `…:0:4` or none, schema-invalid empty
 * `<Sets/>` (Taguette), odd colours and GUIDs. What is repaired or dropped is reported
 * as a warning; only a file that is not a codebook at all is refused.
 */
import { inputError } from '../errors';
import { attr, childElements, firstChild, parseXml, type XmlElement } from '../formats/xml-read';
import type { ImportedCodebook } from './imported-codebook';
import { readCodesTree } from './qdc-codes-tree';
import { describeNotKept, readSetElements } from './qdc-sets';

export type { ImportedCodebook } from './imported-codebook';
export { readCodesTree } from './qdc-codes-tree';

const KNOWN_NAMESPACES = new Set([
  'urn:QDA-XML:codebook:1.0',
  'urn:QDA-XML:codebook:1:0',
  'urn:QDA-XML:codebook:0:4',
]);

function checkRoot(root: XmlElement, source: string, warnings: string[]): void {
  const position = `line ${root.line}, column ${root.column}`;
  if (root.local !== 'CodeBook') {
    const hint =
      root.local === 'Project'
        ? ' This is a REFI-QDA project (.qde); import the .qdpx project instead.'
        : '';
    throw inputError(
      'qdc.not-a-codebook',
      `${source}: not a REFI-QDA codebook: the root element at ${position} is <${root.name}>, expected <CodeBook>.${hint}`,
    );
  }
  if (root.ns !== '' && !KNOWN_NAMESPACES.has(root.ns)) {
    if (!root.ns.startsWith('urn:QDA-XML:')) {
      throw inputError(
        'qdc.not-a-codebook',
        `${source}: not a REFI-QDA codebook: <CodeBook> at ${position} is in namespace "${root.ns}", expected urn:QDA-XML:codebook:1.0`,
      );
    }
    warnings.push(`${source}: unfamiliar REFI-QDA namespace "${root.ns}"; read as codebook 1.0`);
  }
}

function readSets(
  root: XmlElement,
  source: string,
  idByGuid: Map<string, string>,
  warnings: string[],
): ImportedCodebook['sets'] {
  const sets: ImportedCodebook['sets'] = [];
  for (const setsElement of childElements(root, 'Sets')) {
    if (childElements(setsElement, 'Set').length === 0) {
      warnings.push(
        `${source}, line ${setsElement.line}: empty <Sets/> element; the file is not valid against the REFI-QDA schema, but nothing is lost`,
      );
    }
    const reading = readSetElements(setsElement, source, idByGuid);
    warnings.push(...reading.warnings);
    // A codebook has no documents or notes to point at; a set that does is named, not dropped.
    for (const item of reading.notKept) {
      warnings.push(
        item.hasCodes
          ? `${source}, line ${item.line}: set "${item.name}" also holds ${describeNotKept(item)}, which a codebook cannot bring in; its codes were kept as a code group`
          : `${source}, line ${item.line}: set "${item.name}" holds ${describeNotKept(item)} and no codes, so it was not imported (code groups hold codes)`,
      );
    }
    sets.push(...reading.sets);
  }
  return sets;
}

/** Parses .qdc text; `source` (the file name) is named in every error and warning. */
export function importQdc(xml: string, source: string): ImportedCodebook {
  const root = parseXml(xml.replace(/^\uFEFF/, ''), source);
  const warnings: string[] = [];
  checkRoot(root, source, warnings);
  const codes = firstChild(root, 'Codes');
  if (!codes) {
    throw inputError(
      'qdc.no-codes',
      `${source}: the codebook has no <Codes> element (line ${root.line}), so there is nothing to import`,
    );
  }
  // Codebooks Citat wrote itself may legitimately contain "::" in names.
  const origin = attr(root, 'origin') ?? '';
  const tree = readCodesTree(codes, { source, splitColonNames: !/^citat\b/i.test(origin) });
  warnings.push(...tree.warnings);
  if (tree.nodes.length === 0) {
    warnings.push(`${source}: the codebook contains no codes`);
  }
  const sets = readSets(root, source, tree.idByGuid, warnings);
  return { nodes: tree.nodes, warnings, sets };
}
