/**
 * Turns every selection of every source into codings of the text Citat will store:
 * positions in the file's unit → raw UTF-16 offsets → offsets of the normalised text.
 * Nothing is written here; what cannot be placed is reported with its line.
 */
import type { SourceFormat } from '@shared/domain/entities';
import { splitsSurrogatePair } from '@shared/text/offsets';
import type { ImportNotes, MemoText } from './import-notes';
import { skipCodings, addNotImported, type QdpxImportReport } from './import-report';
import type { SourceText } from './import-sources';
import { codingCount } from './import-sources';
import { normaliseWithOffsets } from './normalise-offsets';
import { PositionReader, describeUnit, type PositionUnit } from './position-units';
import type { QdeCoding, QdeProject, QdeSelection, QdeTextSource } from './qde-model';
import { chooseUnit } from './unit-choice';

export interface PlannedCoding {
  id: string | null;
  codeGuid: string;
  startUtf16: number;
  endUtf16: number;
  user: string | null;
  created: string | null;
  updated: string | null;
  memo: MemoText | null;
}

export interface PlannedDocument {
  source: QdeTextSource;
  name: string;
  format: SourceFormat;
  /** Normalised exactly as transcript import does (normaliseText). */
  text: string;
  codings: PlannedCoding[];
  memo: MemoText | null;
}

interface Context {
  qde: QdeProject;
  notes: ImportNotes;
  report: QdpxImportReport;
  knownCode: (guid: string) => boolean;
}

function keepCodings(
  ctx: Context,
  codings: readonly QdeCoding[],
  range: { start: number; end: number },
  selection: QdeSelection | null,
  name: string,
): PlannedCoding[] {
  const planned: PlannedCoding[] = [];
  const linked = selection?.guid ? (ctx.qde.linkedNotes.get(selection.guid) ?? []) : [];
  for (const coding of codings) {
    const where = `${ctx.qde.source}, line ${coding.line}`;
    if (coding.codeGuid === null) {
      const what =
        coding.rawCodeRef === null
          ? 'has no CodeRef'
          : `refers to "${coding.rawCodeRef}", which is not a GUID`;
      skipCodings(
        ctx.report,
        1,
        'codings without a code',
        `${where}: a coding in "${name}" ${what}`,
      );
      continue;
    }
    if (!ctx.knownCode(coding.codeGuid)) {
      skipCodings(
        ctx.report,
        1,
        'codings of codes missing from the codebook',
        `${where}: a coding in "${name}" refers to code ${coding.rawCodeRef}, which the codebook does not contain`,
      );
      continue;
    }
    const memo = ctx.notes.memo(
      [selection?.description ?? null],
      [...coding.noteGuids, ...(selection?.noteGuids ?? []), ...linked],
    );
    planned.push({
      id: coding.guid,
      codeGuid: coding.codeGuid,
      startUtf16: range.start,
      endUtf16: range.end,
      user: coding.user ?? selection?.user ?? null,
      created: coding.created ?? selection?.created ?? null,
      updated: selection?.modified ?? null,
      memo,
    });
  }
  return planned;
}

/** The normalised range of a selection, or null (reported) when it cannot be placed. */
function placeSelection(
  ctx: Context,
  selection: QdeSelection,
  reader: PositionReader,
  unit: PositionUnit,
  normalised: { text: string; map: Int32Array },
  name: string,
): { start: number; end: number } | null {
  const where = `${ctx.qde.source}, line ${selection.line}`;
  const count = selection.codings.length;
  const length = reader.length(unit);
  if (selection.start >= selection.end) {
    skipCodings(
      ctx.report,
      count,
      'empty selections',
      `${where}: selection ${selection.start}–${selection.end} in "${name}" is empty or reversed`,
    );
    return null;
  }
  let rawEnd = reader.toRaw(selection.end, unit, 'end');
  const rawStart = reader.toRaw(selection.start, unit, 'start');
  if (rawStart === null || rawStart >= reader.raw.length) {
    skipCodings(
      ctx.report,
      count,
      'selections outside their text',
      `${where}: selection ${selection.start}–${selection.end} lies outside "${name}" (${length} ${unit.counts})`,
    );
    return null;
  }
  if (rawEnd === null) {
    ctx.report.warnings.push(
      `${where}: selection ${selection.start}–${selection.end} runs past the end of "${name}" (${length} ${unit.counts}); it was cut at the end`,
    );
    rawEnd = reader.raw.length;
  }
  let start = normalised.map[rawStart]!;
  let end = normalised.map[rawEnd]!;
  if (splitsSurrogatePair(normalised.text, start)) start--;
  if (splitsSurrogatePair(normalised.text, end)) end++;
  if (start >= end || normalised.text.slice(start, end).trim() === '') {
    skipCodings(
      ctx.report,
      count,
      'selections of blank text',
      `${where}: selection ${selection.start}–${selection.end} in "${name}" holds only spaces or line breaks`,
    );
    return null;
  }
  return { start, end };
}

function planDocument(
  ctx: Context,
  loaded: SourceText,
  reader: PositionReader,
  unit: PositionUnit,
): PlannedDocument {
  const { source, name } = loaded;
  const normalised = normaliseWithOffsets(loaded.raw);
  const where = `${ctx.qde.source}, line ${source.line}`;
  const codings: PlannedCoding[] = [];
  const map = loaded.positionsUsable ? normalised.map : null;
  if (map === null) {
    if (loaded.positionsUsable)
      ctx.report.warnings.push(
        `${where}: positions in "${name}" could not be mapped to the normalised text`,
      );
    skipCodings(
      ctx.report,
      codingCount(source),
      'codings whose positions cannot be placed',
      `${codingCount(source)} in "${name}"`,
    );
  } else {
    for (const selection of source.selections) {
      if (selection.codings.length === 0) {
        const memo = selection.description !== null || selection.noteGuids.length > 0;
        addNotImported(
          ctx.report,
          memo ? 'memos on uncoded passages' : 'uncoded selections',
          1,
          `${ctx.qde.source}, line ${selection.line} in "${name}"`,
        );
        continue;
      }
      const range = placeSelection(
        ctx,
        selection,
        reader,
        unit,
        { text: normalised.text, map },
        name,
      );
      if (range !== null)
        codings.push(...keepCodings(ctx, selection.codings, range, selection, name));
    }
    if (source.wholeCodings.length > 0) {
      const text = normalised.text;
      const start = text.length - text.trimStart().length;
      const whole = { start, end: text.trimEnd().length };
      ctx.report.warnings.push(
        `${where}: ${source.wholeCodings.length} coding(s) of the whole of "${name}" were imported as codings of its entire text`,
      );
      codings.push(...keepCodings(ctx, source.wholeCodings, whole, null, name));
    }
  }
  return {
    source,
    name,
    format: loaded.format,
    text: normalised.text,
    codings,
    memo: ctx.notes.memo([source.description], source.noteGuids),
  };
}

export function planDocuments(
  qde: QdeProject,
  loaded: readonly SourceText[],
  notes: ImportNotes,
  report: QdpxImportReport,
): PlannedDocument[] {
  const readers = new Map(loaded.map((l) => [l, new PositionReader(l.raw)]));
  const choice = chooseUnit(
    qde.origin,
    loaded
      .filter((l) => l.positionsUsable)
      .map((l) => ({ reader: readers.get(l)!, selections: l.source.selections })),
  );
  report.positions = { unit: describeUnit(choice.unit), reason: choice.reason };
  if (choice.overruled)
    report.warnings.push(
      `${qde.source}: positions read as ${describeUnit(choice.unit)}: ${choice.reason}`,
    );
  const ctx: Context = { qde, notes, report, knownCode: (guid) => qde.codes.idByGuid.has(guid) };
  return loaded.map((l) => planDocument(ctx, l, readers.get(l)!, choice.unit));
}
