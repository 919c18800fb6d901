/**
 * A saved table's state as the tables list words it: its status against the last export
 * ("2 quotes added, 1 removed"), what is at its file, and the changes one by one — the
 * same information as `citat tables show`.
 */
import type { ReportQuote, SavedTable, TableRegenerated, TableReport } from '@shared/matrix/tables';

type Translate = (key: string, params?: Record<string, string | number>) => string;

/**
 * What regenerating will do with the file: write it (ok, missing), refuse it (changed
 * outside Citat since Citat wrote it), or replace a file Citat never wrote there.
 */
export type FileSituation = 'ok' | 'missing' | 'changed-outside' | 'foreign';

export function fileSituation(table: SavedTable, report: TableReport): FileSituation {
  if (report.fileState === 'as-exported') return 'ok';
  if (report.fileState === 'missing') return report.status === 'new' ? 'ok' : 'missing';
  return table.lastExport && table.lastExport.file === table.file ? 'changed-outside' : 'foreign';
}

const KINDS = ['added', 'removed', 'edited'] as const;
export type ChangeKind = (typeof KINDS)[number];

const plural = (key: string, count: number) => `${key}.${count === 1 ? 'one' : 'other'}`;

/** "2 quotes added, 1 removed, 1 edited" (as the CLI prints it); "" when no quote changed. */
export function changeCounts(report: TableReport, t: Translate): string {
  const parts = KINDS.filter((kind) => report[kind].length > 0).map((kind, index) => {
    const count = report[kind].length;
    return index === 0
      ? t(plural(`tables.change.first.${kind}`, count), { count })
      : t(`tables.change.more.${kind}`, { count });
  });
  return parts.join(', ');
}

/** The status line: new, unchanged, or changed with its counts. */
export function statusText(report: TableReport, t: Translate): string {
  if (report.status !== 'changed') return t(`tables.status.${report.status}`);
  const counts = changeCounts(report, t);
  return counts
    ? t('tables.status.changed', { changes: counts })
    : t('tables.status.changed.layout');
}

export interface ChangeItem {
  kind: ChangeKind;
  quote: ReportQuote;
}

/** Added, then removed, then edited, each in the table's order. */
export function changeItems(report: TableReport): ChangeItem[] {
  return KINDS.flatMap((kind) => report[kind].map((quote) => ({ kind, quote })));
}

/** The start of a quote on one line, as `citat tables show` prints it. */
export function quoteStart(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** "14:05" today, else a date and a time, in the UI's language. */
export function formatWhen(iso: string, language: string, now = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const time = date.toLocaleTimeString(language, { hour: '2-digit', minute: '2-digit' });
  return date.toDateString() === now.toDateString()
    ? time
    : `${date.toLocaleDateString(language, { dateStyle: 'medium' })} ${time}`;
}

/** What a regeneration did with a table's file, as the report's first line words it. */
export function runKey(result: TableRegenerated): string {
  if (!result.written) return 'tables.run.unchanged';
  if (result.status === 'new') return 'tables.run.new';
  if (result.fileState === 'missing') return 'tables.run.missing';
  if (result.fileState === 'different') return 'tables.run.replaced';
  return 'tables.run.written';
}

export interface RegenerationPlan {
  /** What to ask the core for: undefined = every table. */
  names: string[] | undefined;
  /** Tables whose file Citat will replace without having written it: asked about first. */
  foreign: SavedTable[];
  /** Tables left out because their file was changed outside Citat (the core would refuse all). */
  skipped: SavedTable[];
}

/**
 * Regenerating one table asks the core for exactly that one (a refusal then names it);
 * regenerating all leaves out the tables the core would refuse, so the others are written.
 */
export function planRegeneration(
  tables: readonly SavedTable[],
  reports: Readonly<Record<string, TableReport | undefined>>,
  names?: readonly string[],
): RegenerationPlan {
  const wanted = names ? tables.filter((t) => names.includes(t.name)) : [...tables];
  const situation = (table: SavedTable) => {
    const report = reports[table.name];
    return report ? fileSituation(table, report) : 'ok';
  };
  const foreign = wanted.filter((table) => situation(table) === 'foreign');
  if (names) return { names: [...names], foreign, skipped: [] };
  const skipped = wanted.filter((table) => situation(table) === 'changed-outside');
  return {
    names:
      skipped.length > 0
        ? wanted.filter((t) => !skipped.includes(t)).map((t) => t.name)
        : undefined,
    foreign,
    skipped,
  };
}
