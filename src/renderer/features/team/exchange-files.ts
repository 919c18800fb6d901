/** Which kind of file the user picked for exchange or merge, and the import report in numbers. */
import type { QdpxImportReport } from '@shared/api/exchange-types';

export type MergeFileKind = 'citat' | 'qdpx';

export function mergeFileKind(fileName: string): MergeFileKind | null {
  if (/\.citat$/i.test(fileName)) return 'citat';
  if (/\.qdpx$/i.test(fileName)) return 'qdpx';
  return null;
}

export function isQdpx(fileName: string): boolean {
  return mergeFileKind(fileName) === 'qdpx';
}

export interface CountLine {
  /** i18n key of the thing counted. */
  key: string;
  count: number;
}

const CREATED_ORDER = [
  'documents',
  'codes',
  'codings',
  'coders',
  'cases',
  'attributes',
  'memos',
  'speakers',
] as const;

/** Non-zero counts of what the import created, in a fixed order. */
export function createdLines(report: QdpxImportReport): CountLine[] {
  return CREATED_ORDER.map((what) => ({
    key: `team.count.${what}`,
    count: report.created[what],
  })).filter((line) => line.count > 0);
}

/** Non-zero counts of what the import found already in the project. */
export function matchedLines(report: QdpxImportReport): CountLine[] {
  const { matched } = report;
  return [
    { key: 'team.count.documents', count: matched.documents.length },
    { key: 'team.count.codes', count: matched.codes },
    { key: 'team.count.coders', count: matched.coders },
    { key: 'team.count.cases', count: matched.cases },
    { key: 'team.count.attributes', count: matched.attributes },
  ].filter((line) => line.count > 0);
}
