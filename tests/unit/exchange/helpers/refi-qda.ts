import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import type { CodebookNode } from '@shared/domain/codebook';
import {
  firstChild,
  parseXml,
  type XmlElement,
} from '../../../../src/main/backend/formats/xml-read';
import { openZip } from '../../../../src/main/backend/formats/zip-read';

export const REFI_DIR = '/work/shared/refi-qda';
export const SAMPLES_DIR = join(REFI_DIR, 'samples');

/** Schema errors of a .qdc text against the REFI-QDA Codebook.xsd (empty when valid). */
export async function codebookSchemaErrors(xml: string): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: 'codebook.qdc', contents: xml }],
    schema: [readFileSync(join(REFI_DIR, 'Codebook.xsd'), 'utf8')],
  });
  return result.errors.map((error) => error.message);
}

/** The `Project/CodeBook/Codes` element of the .qde inside a .qdpx sample. */
export function qdpxCodesElement(sampleName: string): {
  codes: XmlElement;
  codeBook: XmlElement;
  source: string;
} {
  const zip = openZip(readFileSync(join(SAMPLES_DIR, sampleName)), sampleName);
  const qde = zip.entries.find((entry) => /^[^/]+\.qde$/i.test(entry.name));
  if (!qde) throw new Error(`${sampleName}: no .qde`);
  const source = `${sampleName}: ${qde.name}`;
  const project = parseXml(zip.readText(qde), source);
  const codeBook = firstChild(project, 'CodeBook');
  const codes = codeBook && firstChild(codeBook, 'Codes');
  if (!codeBook || !codes) throw new Error(`${source}: no CodeBook/Codes`);
  return { codes, codeBook, source };
}

export function flatten(nodes: readonly CodebookNode[]): CodebookNode[] {
  return nodes.flatMap((node) => [node, ...flatten(node.children)]);
}

export function maxDepth(nodes: readonly CodebookNode[]): number {
  return nodes.reduce((depth, node) => Math.max(depth, 1 + maxDepth(node.children)), 0);
}

/** "Parent/Child" paths of every node, in tree order. */
export function paths(nodes: readonly CodebookNode[], prefix = ''): string[] {
  return nodes.flatMap((node) => {
    const path = prefix === '' ? node.name : `${prefix}/${node.name}`;
    return [path, ...paths(node.children, path)];
  });
}

export function node(id: string, name: string, extra: Partial<CodebookNode> = {}): CodebookNode {
  return {
    id,
    name,
    color: null,
    definition: null,
    whenToUse: null,
    whenNotToUse: null,
    example: null,
    children: [],
    codingCount: 0,
    ...extra,
  };
}
