/**
 * The parts of a Word package a reader needs: the main document part named in
 * `_rels/.rels` (normally word/document.xml) and its body, and the parts it relates to
 * (styles, numbering, notes, comments, settings, headers and footers), found through
 * relationships as Word does, with the usual names as fallback.
 */
import { posix } from 'node:path';
import { attr, childElements, firstChild, parseXml, type XmlElement } from '../formats/xml-read';
import type { OfficePackage } from './office-zip';

export interface Relationship {
  type: string;
  target: string;
  external: boolean;
}

export interface DocxDocument {
  body: XmlElement;
  /** The main part's relationships, by id. */
  rels: ReadonlyMap<string, Relationship>;
  /** A part by its name in the package, parsed; null when there is none. */
  partAt(name: string): XmlElement | null;
  /** The part the main part relates to by `type` (e.g. "styles"), else the part `fallback`. */
  related(type: string, fallback: string): XmlElement | null;
}

const relTypeIs = (rel: Relationship, name: string) => new RegExp(`/${name}$`).test(rel.type);

function relsPathOf(part: string): string {
  return posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`);
}

function readRelationships(
  xml: string | null,
  part: string,
  fileName: string,
): Map<string, Relationship> {
  const out = new Map<string, Relationship>();
  if (xml === null) return out;
  const base = part === '' ? '' : posix.dirname(part);
  const rels = parseXml(xml, `${fileName} (${relsPathOf(part).replace(/^\//, '')})`);
  for (const rel of childElements(rels, 'Relationship')) {
    const id = attr(rel, 'Id');
    const target = attr(rel, 'Target');
    if (id === undefined || target === undefined) continue;
    const external = attr(rel, 'TargetMode') === 'External';
    const resolved = target.startsWith('/')
      ? target.slice(1)
      : posix.normalize(posix.join(base, target)).replace(/^\.\//, '');
    out.set(id, { type: attr(rel, 'Type') ?? '', target: resolved, external });
  }
  return out;
}

/** The main document part named in `_rels/.rels`, normally `word/document.xml`. */
function mainPartName(relsXml: string | null, fileName: string): string {
  const rels = readRelationships(relsXml, '', fileName);
  const main = [...rels.values()].find((r) => relTypeIs(r, 'officeDocument'));
  return main?.target ?? 'word/document.xml';
}

/** Opens the main document part; throws the format's error when it or its body is missing. */
export function openDocxDocument(pkg: OfficePackage, fileName: string): DocxDocument {
  const partName = mainPartName(pkg.read('_rels/.rels'), fileName);
  const xml = pkg.read(partName);
  if (xml === null) throw pkg.missing(partName);
  const root = parseXml(xml, `${fileName} (${partName})`, { keepWhitespace: true });
  const body = firstChild(root, 'body');
  if (!body) throw pkg.corrupt(`the file is not ${pkg.expected}: ${partName} has no body`);
  const rels = readRelationships(pkg.read(relsPathOf(partName)), partName, fileName);
  const partAt = (name: string): XmlElement | null => {
    const partXml = pkg.read(name);
    return partXml === null
      ? null
      : parseXml(partXml, `${fileName} (${name})`, { keepWhitespace: true });
  };
  return {
    body,
    rels,
    partAt,
    related(type, fallback) {
      const rel = [...rels.values()].find((r) => !r.external && relTypeIs(r, type));
      return partAt(rel?.target ?? fallback);
    },
  };
}
