/**
 * Import speed: the core's real import of the whole corpus into a fresh project, against a
 * bare better-sqlite3 table receiving the same texts, and two breakdown measurements that
 * show where the core's extra time goes (parsing alone; a bare table plus FTS5).
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { Project } from '../../src/main/backend/project/project';
import { importTranscriptFiles } from '../../src/main/backend/services/document-import';
import { parseTranscript } from '../../src/main/backend/import/parse-file';
import type { CorpusFile } from '../corpus/corpus';
import type { TempArea } from '../lib/temp';
import { measure, measureSimple, type Metric, type Repetitions } from '../lib/timing';

export interface ImportResults {
  import: Metric;
  baseline: Metric;
  baselineWithFts: Metric;
  parseOnly: Metric;
  /** import median / baseline median: the goal. */
  importRatio: number;
  /** import median / baselineWithFts median: the cost of Citat's own work beyond indexing. */
  importRatioVsFtsBaseline: number;
  /** The goal's ratio on CPU time, steadier when other work shares the machine. */
  importRatioCpu: number | null;
  includes: Record<'import' | 'baseline' | 'baselineWithFts' | 'parseOnly', string>;
}

const INCLUDES: ImportResults['includes'] = {
  import:
    'importTranscriptFiles on the 100 .txt files into a freshly created project (schema already ' +
    'created, untimed): per file stat + read, binary sniffing, encoding detection and decoding, ' +
    'normalisation, turn detection, SHA-256 duplicate check, name check, one transaction with ' +
    'the document row, FTS5 indexing by trigger, speaker lookup/insert and one row per turn',
  baseline:
    'a bare better-sqlite3 table (id TEXT PRIMARY KEY, name TEXT, text TEXT), WAL + synchronous ' +
    'NORMAL, fresh database in the same temp area, the 100 texts already decoded in memory ' +
    'inserted in one transaction with one prepared statement',
  baselineWithFts:
    'the baseline plus an external-content FTS5 table with the same tokenizer as Citat, filled ' +
    'by an AFTER INSERT trigger (informational: the intrinsic cost of full-text indexing)',
  parseOnly: 'parseTranscript on the 100 files in memory, no database (informational)',
};

/** The pragmas Citat's connection uses (db/open-database.ts) that matter for writing. */
function openBare(path: string): Database.Database {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  return db;
}

const TABLE = `CREATE TABLE docs (id TEXT PRIMARY KEY, name TEXT, text TEXT)`;
const FTS = `
  CREATE VIRTUAL TABLE docs_fts USING fts5(
    name, text, content='docs', content_rowid='rowid', tokenize='unicode61 remove_diacritics 0'
  );
  CREATE TRIGGER docs_fts_insert AFTER INSERT ON docs BEGIN
    INSERT INTO docs_fts(rowid, name, text) VALUES (new.rowid, new.name, new.text);
  END;`;

function measureBare(
  area: TempArea,
  reps: Repetitions,
  texts: readonly { name: string; text: string }[],
  withFts: boolean,
): Promise<Metric> {
  return measure(reps, {
    prepare: () => {
      const folder = area.folder(withFts ? 'baseline-fts' : 'baseline');
      const db = openBare(join(folder, 'bare.sqlite'));
      db.exec(withFts ? TABLE + ';' + FTS : TABLE);
      return { folder, db };
    },
    run: ({ db }) => {
      const insert = db.prepare(`INSERT INTO docs (id, name, text) VALUES (?, ?, ?)`);
      db.transaction(() => {
        texts.forEach((t, i) => insert.run(`doc-${i}`, t.name, t.text));
      })();
    },
    cleanup: ({ folder, db }) => {
      db.close();
      area.remove(folder);
    },
  });
}

function measureCoreImport(
  area: TempArea,
  reps: Repetitions,
  paths: readonly string[],
): Promise<Metric> {
  return measure(reps, {
    prepare: () => {
      const folder = area.folder('import');
      return { folder, project: Project.create(join(folder, 'bench.citat')) };
    },
    run: async ({ project }) => {
      const outcomes = await importTranscriptFiles(project, paths);
      const failed = outcomes.find((o) => !o.ok);
      if (failed) throw new Error(`import of ${failed.file} failed: ${JSON.stringify(failed)}`);
    },
    cleanup: ({ folder, project }) => {
      project.close();
      area.remove(folder);
    },
  });
}

const ratio = (a: number, b: number): number => Math.round((a / b) * 100) / 100;

export async function runImportScenario(
  area: TempArea,
  reps: Repetitions,
  files: readonly CorpusFile[],
  paths: readonly string[],
): Promise<ImportResults> {
  const decoder = new TextDecoder();
  const texts = files.map((f) => ({ name: f.fileName, text: decoder.decode(f.bytes) }));
  const imported = await measureCoreImport(area, reps, paths);
  const baseline = await measureBare(area, reps, texts, false);
  const baselineWithFts = await measureBare(area, reps, texts, true);
  const parseOnly = await measureSimple(reps, async () => {
    for (const file of files) await parseTranscript(file.bytes, file.fileName);
  });
  return {
    import: imported,
    baseline,
    baselineWithFts,
    parseOnly,
    importRatio: ratio(imported.medianMs, baseline.medianMs),
    importRatioVsFtsBaseline: ratio(imported.medianMs, baselineWithFts.medianMs),
    importRatioCpu:
      imported.cpuMedianMs && baseline.cpuMedianMs
        ? ratio(imported.cpuMedianMs, baseline.cpuMedianMs)
        : null,
    includes: INCLUDES,
  };
}
