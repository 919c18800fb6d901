/**
 * Reads a REFI-QDA `Codes` element into Citat codebook nodes. The same `Code` tree sits in
 * a .qdc (`CodeBook/Codes`) and in a project's `project.qde` (`Project/CodeBook/Codes`),
 * so both importers share this. Elements are matched on local names, whatever the
 * namespace (codebook or project, any version).
 */
import { randomUUID } from 'node:crypto';
import type { CodebookNode } from '@shared/domain/codebook';
import { inputError } from '../errors';
import { attr, childElements, firstChild, textContent, type XmlElement } from '../formats/xml-read';
import { parseCodeDescription } from './code-description';
import { readColor } from './color';
import { normaliseGuid } from './guid';
import { MAX_CODEBOOK_DEPTH, newCodebookNode } from './imported-codebook';
import { splitColonNames } from './qdc-colon-names';

export interface ReadCodesTreeOptions {
  /** File or zip entry named in warnings and errors. */
  source?: string;
  /**
   * Turn ATLAS.ti 8-style flat names ("Coke::diet Coke") into a hierarchy. Only applied
   * when the file has no nesting at all, which is how those files look. Default true.
   */
  splitColonNames?: boolean;
  /** Refuse deeper nesting than this (protects the recursion). */
  maxDepth?: number;
}

export interface CodesTree {
  nodes: CodebookNode[];
  warnings: string[];
  /** Normalised file GUID → id of the node it became (codings and sets refer to GUIDs). */
  idByGuid: Map<string, string>;
}

/**
 * Reads the `Code` elements under `codesElement`: a `Codes` element, or a `CodeBook`
 * (codebook root or the project's), whose `Codes` child is then used.
 */
export function readCodesTree(
  codesElement: XmlElement,
  options: ReadCodesTreeOptions = {},
): CodesTree {
  const source = options.source ?? 'codebook';
  const codes =
    codesElement.local === 'CodeBook' ? firstChild(codesElement, 'Codes') : codesElement;
  const maxDepth = options.maxDepth ?? MAX_CODEBOOK_DEPTH;
  const warnings: string[] = [];
  const idByGuid = new Map<string, string>();
  const usedIds = new Set<string>();
  const where = (element: XmlElement): string => `${source}, line ${element.line}`;

  const readCode = (element: XmlElement, depth: number): CodebookNode => {
    if (depth > maxDepth) {
      throw inputError(
        'qdc.too-deep',
        `${where(element)}: codes are nested more than ${maxDepth} levels deep`,
      );
    }
    let name = attr(element, 'name');
    if (name === undefined || name.trim() === '') {
      warnings.push(`${where(element)}: a code has no name; it was called "Unnamed code"`);
      name = 'Unnamed code';
    }
    const rawGuid = attr(element, 'guid');
    const guid = normaliseGuid(rawGuid);
    let id: string;
    if (guid === null) {
      id = randomUUID();
      const shown = rawGuid === undefined ? 'no guid' : `an invalid guid "${rawGuid}"`;
      warnings.push(`${where(element)}: code "${name}" has ${shown}; it was given a new id`);
    } else if (usedIds.has(guid)) {
      id = randomUUID();
      warnings.push(
        `${where(element)}: code "${name}" repeats the guid ${rawGuid} of an earlier code; it was given a new id`,
      );
    } else {
      id = guid;
      idByGuid.set(guid, id);
    }
    usedIds.add(id);

    let color: string | null = null;
    const rawColor = attr(element, 'color');
    if (rawColor !== undefined && rawColor.trim() !== '') {
      const reading = readColor(rawColor);
      if (reading.ok) {
        color = reading.color;
        if (reading.note)
          warnings.push(`${where(element)}: code "${name}": colour ${reading.note}`);
      } else {
        warnings.push(
          `${where(element)}: code "${name}": ${reading.problem}; the code has no colour`,
        );
      }
    }
    const descriptionElement = firstChild(element, 'Description');
    const description = descriptionElement
      ? parseCodeDescription(textContent(descriptionElement))
      : null;
    const node = newCodebookNode(id, name, color, description);
    for (const child of childElements(element, 'Code'))
      node.children.push(readCode(child, depth + 1));
    return node;
  };

  const nodes = (codes ? childElements(codes, 'Code') : []).map((element) => readCode(element, 1));
  const isFlat = nodes.every((node) => node.children.length === 0);
  if ((options.splitColonNames ?? true) && isFlat) {
    return { nodes: splitColonNames(nodes, usedIds), warnings, idByGuid };
  }
  return { nodes, warnings, idByGuid };
}
