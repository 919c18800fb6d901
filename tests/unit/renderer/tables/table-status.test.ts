import { describe, expect, it } from 'vitest';
import type { ReportQuote, SavedTable, TableReport } from '@shared/matrix/tables';
import { translate } from '../../../../src/renderer/i18n/i18n';
import {
  changeCounts,
  changeItems,
  fileSituation,
  planRegeneration,
  quoteStart,
  runKey,
  statusText,
} from '../../../../src/renderer/features/tables/table-status';
import '../../../../src/renderer/features/tables/messages';

const en = (key: string, params?: Record<string, string | number>) => translate('en', key, params);
const da = (key: string, params?: Record<string, string | number>) => translate('da', key, params);

const quote = (text: string): ReportQuote => ({
  row: 'III Risiko',
  column: 'TC',
  text,
  citation: '(TC)',
});

function table(name: string, lastFile: string | null = `${name}.docx`): SavedTable {
  return {
    name,
    file: `${name}.docx`,
    path: `/speciale/${name}.docx`,
    format: 'docx',
    standalone: false,
    options: { columns: { kind: 'speakers' }, mode: 'quotes', citation: 'short' },
    lastExport: lastFile
      ? { at: '2026-12-03T10:00:00Z', sha256: 'a'.repeat(64), file: lastFile }
      : null,
  };
}

function report(patch: Partial<TableReport> = {}): TableReport {
  return {
    name: 'B',
    file: 'B.docx',
    path: '/speciale/B.docx',
    format: 'docx',
    status: 'changed',
    added: [],
    removed: [],
    edited: [],
    fileState: 'as-exported',
    ...patch,
  };
}

describe('statusText', () => {
  it('counts as the CLI does: the first part names the quotes, parts that are 0 left out', () => {
    const r = report({ added: [quote('a'), quote('b')], edited: [quote('c')] });
    expect(changeCounts(r, en)).toBe('2 quotes added, 1 edited');
    expect(statusText(r, en)).toBe('Changed since it was last written: 2 quotes added, 1 edited');
    expect(statusText(report({ removed: [quote('a')] }), da)).toBe(
      'Ændret, siden den sidst blev skrevet: 1 citat fjernet',
    );
  });

  it('says so when only headings or layout changed, and words new and unchanged', () => {
    expect(statusText(report(), en)).toMatch(/headings, legend or layout/);
    expect(statusText(report({ status: 'new' }), da)).toBe('Ny: ikke skrevet endnu');
    expect(statusText(report({ status: 'unchanged' }), en)).toMatch(/^Up to date/);
  });
});

describe('changeItems and quoteStart', () => {
  it('lists added, removed, then edited quotes', () => {
    const r = report({ edited: [quote('e')], added: [quote('a')], removed: [quote('r')] });
    expect(changeItems(r).map((i) => `${i.kind}:${i.quote.text}`)).toEqual([
      'added:a',
      'removed:r',
      'edited:e',
    ]);
  });

  it('cuts a quote to its start on one line', () => {
    expect(quoteStart('Så er det\n  lidt nemmere', 60)).toBe('Så er det lidt nemmere');
    expect(quoteStart('x'.repeat(70))).toBe(`${'x'.repeat(59)}…`);
  });
});

describe('fileSituation', () => {
  it('tells a file changed since Citat wrote it from one Citat never wrote there', () => {
    expect(fileSituation(table('B'), report({ fileState: 'different' }))).toBe('changed-outside');
    expect(fileSituation(table('B', null), report({ status: 'new', fileState: 'different' }))).toBe(
      'foreign',
    );
    // Saved anew with another file: what is at the new one is not Citat's.
    expect(fileSituation(table('B', 'old.docx'), report({ fileState: 'different' }))).toBe(
      'foreign',
    );
    expect(fileSituation(table('B'), report({ fileState: 'missing' }))).toBe('missing');
    expect(fileSituation(table('B', null), report({ status: 'new', fileState: 'missing' }))).toBe(
      'ok',
    );
  });
});

describe('planRegeneration', () => {
  const tables = [table('A'), table('B'), table('C', null)];
  const reports = {
    A: report({ name: 'A' }),
    B: report({ name: 'B', fileState: 'different' }),
    C: report({ name: 'C', status: 'new', fileState: 'different' }),
  };

  it('regenerating all leaves out tables the core would refuse, and asks about foreign files', () => {
    const plan = planRegeneration(tables, reports);
    expect(plan.names).toEqual(['A', 'C']);
    expect(plan.skipped.map((t) => t.name)).toEqual(['B']);
    expect(plan.foreign.map((t) => t.name)).toEqual(['C']);
  });

  it('asks the core for every table when nothing is in the way', () => {
    expect(planRegeneration([table('A')], { A: reports.A }).names).toBeUndefined();
  });

  it('one table is asked for as it is: a refusal then names it', () => {
    expect(planRegeneration(tables, reports, ['B'])).toEqual({
      names: ['B'],
      foreign: [],
      skipped: [],
    });
  });
});

describe('runKey', () => {
  it('words what happened to the file', () => {
    const run = (patch: Partial<TableReport>, written: boolean) =>
      runKey({ ...report(patch), written });
    expect(run({ status: 'unchanged' }, false)).toBe('tables.run.unchanged');
    expect(run({ status: 'new', fileState: 'missing' }, true)).toBe('tables.run.new');
    expect(run({ status: 'unchanged', fileState: 'missing' }, true)).toBe('tables.run.missing');
    expect(run({ fileState: 'different' }, true)).toBe('tables.run.replaced');
    expect(run({}, true)).toBe('tables.run.written');
  });
});
