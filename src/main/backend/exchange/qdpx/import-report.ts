/** What a .qdpx import did, for the user: counts, matches, and everything left behind. */
import type { QdpxImportReport } from '@shared/api/exchange-types';

export type { MatchedDocument, NotImported, QdpxImportReport } from '@shared/api/exchange-types';

export function emptyReport(file: string, origin: string | null): QdpxImportReport {
  return {
    file,
    origin,
    positions: { unit: '', reason: '' },
    created: {
      documents: 0,
      codes: 0,
      codings: 0,
      coders: 0,
      cases: 0,
      attributes: 0,
      memos: 0,
      speakers: 0,
    },
    matched: { documents: [], codes: 0, coders: 0, cases: 0, attributes: 0 },
    skippedCodings: 0,
    notImported: [],
    warnings: [],
  };
}

/** Adds to a "not imported" line of the same kind, or starts one. */
export function addNotImported(
  report: QdpxImportReport,
  what: string,
  count: number,
  detail: string,
): void {
  const existing = report.notImported.find((n) => n.what === what);
  if (!existing) {
    report.notImported.push({ what, count, detail });
    return;
  }
  existing.count += count;
  // Keep messages readable: list the first few details, then only count.
  const shown = existing.detail.split('; ').length;
  if (shown < 5) existing.detail += `; ${detail}`;
  else if (!existing.detail.endsWith('…')) existing.detail += '; …';
}

/** Records codings that could not be kept, with the reason under `what`. */
export function skipCodings(
  report: QdpxImportReport,
  count: number,
  what: string,
  detail: string,
): void {
  if (count <= 0) return;
  report.skippedCodings += count;
  addNotImported(report, what, count, detail);
}
