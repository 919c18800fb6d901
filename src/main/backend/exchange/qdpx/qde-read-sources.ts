/**
 * Reads `Sources`: text sources (and PDF sources through their plain-text
 * Representation, spec §10.3) with their selections and codings. Pictures, audio, video
 * and PDF areas have no place in Citat; they are counted for the report.
 */
import { childElements, firstChild, type XmlElement } from '../../formats/xml-read';
import type { NotImported, QdeSelection, QdeTextSource } from './qde-model';
import {
  childText,
  guidAttr,
  integerAttr,
  readCoding,
  readVariableValue,
  refTargets,
  textAttr,
  textLocation,
} from './qde-read-elements';

export interface SourcesReading {
  sources: QdeTextSource[];
  notImported: NotImported[];
  warnings: string[];
}

const MEDIA_KINDS: Record<string, string> = {
  PictureSource: 'pictures',
  AudioSource: 'audio sources',
  VideoSource: 'video sources',
};

function readSelections(
  element: XmlElement,
  where: (e: XmlElement) => string,
  warnings: string[],
): QdeSelection[] {
  const selections: QdeSelection[] = [];
  for (const selection of childElements(element, 'PlainTextSelection')) {
    const start = integerAttr(selection, 'startPosition');
    const end = integerAttr(selection, 'endPosition');
    const codings = childElements(selection, 'Coding').map(readCoding);
    if (start === null || end === null) {
      warnings.push(
        `${where(selection)}: PlainTextSelection has no valid startPosition/endPosition; its ${codings.length} coding(s) were skipped`,
      );
      continue;
    }
    selections.push({
      guid: guidAttr(selection, 'guid'),
      name: textAttr(selection, 'name'),
      start,
      end,
      user: guidAttr(selection, 'creatingUser'),
      created: textAttr(selection, 'creationDateTime'),
      modified: textAttr(selection, 'modifiedDateTime'),
      description: childText(selection, 'Description'),
      noteGuids: refTargets(selection, 'NoteRef'),
      codings,
      line: selection.line,
    });
  }
  return selections;
}

/** Counts elements of a kind below `element`, for "not imported" lines. */
function countBelow(element: XmlElement, local: string): number {
  let count = 0;
  const visit = (node: XmlElement): void => {
    for (const child of childElements(node)) {
      if (child.local === local) count++;
      visit(child);
    }
  };
  visit(element);
  return count;
}

function readTextSource(
  element: XmlElement,
  body: XmlElement,
  where: (e: XmlElement) => string,
  warnings: string[],
): QdeTextSource {
  return {
    guid: guidAttr(element, 'guid'),
    name: textAttr(element, 'name') ?? textAttr(body, 'name'),
    kind: element.local === 'PDFSource' ? 'PDFSource' : 'TextSource',
    text: textLocation(body),
    richTextPath: textAttr(body, 'richTextPath'),
    description: childText(element, 'Description'),
    selections: readSelections(body, where, warnings),
    wholeCodings: childElements(element, 'Coding').map(readCoding),
    noteGuids: refTargets(element, 'NoteRef'),
    values: childElements(element, 'VariableValue').flatMap((v) => readVariableValue(v) ?? []),
    line: element.line,
  };
}

export function readSources(
  sourcesElement: XmlElement | undefined,
  where: (e: XmlElement) => string,
): SourcesReading {
  const reading: SourcesReading = { sources: [], notImported: [], warnings: [] };
  const media = new Map<string, { count: number; codings: number }>();
  let pdfAreas = 0;
  let pdfAreaCodings = 0;
  for (const element of sourcesElement ? childElements(sourcesElement) : []) {
    const mediaKind = MEDIA_KINDS[element.local];
    if (mediaKind !== undefined) {
      const entry = media.get(mediaKind) ?? { count: 0, codings: 0 };
      entry.count++;
      entry.codings += countBelow(element, 'Coding');
      media.set(mediaKind, entry);
      continue;
    }
    if (element.local === 'TextSource') {
      reading.sources.push(readTextSource(element, element, where, reading.warnings));
    } else if (element.local === 'PDFSource') {
      for (const area of childElements(element, 'PDFSelection')) {
        pdfAreas++;
        pdfAreaCodings += countBelow(area, 'Coding');
      }
      const representation = firstChild(element, 'Representation');
      if (representation) {
        reading.sources.push(readTextSource(element, representation, where, reading.warnings));
      } else {
        reading.notImported.push({
          what: 'PDF without text',
          count: 1,
          detail: `${where(element)}: PDF source "${textAttr(element, 'name') ?? '(no name)'}" has no plain-text representation; ${countBelow(element, 'Coding')} coding(s) with it`,
        });
      }
    } else {
      reading.warnings.push(
        `${where(element)}: unknown source element <${element.name}> was ignored`,
      );
    }
  }
  for (const [kind, { count, codings }] of media) {
    reading.notImported.push({
      what: kind,
      count,
      detail: `${count} ${kind} with ${codings} coding(s): Citat keeps text only`,
    });
  }
  if (pdfAreas > 0) {
    reading.notImported.push({
      what: 'PDF areas',
      count: pdfAreas,
      detail: `${pdfAreas} PDF area selection(s) with ${pdfAreaCodings} coding(s): Citat codes text only`,
    });
  }
  return reading;
}
