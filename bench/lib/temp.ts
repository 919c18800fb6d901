/** Temp folders for bench projects, removed when the bench ends unless asked to keep them. */
import { mkdtempSync, rmSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export class TempArea {
  readonly root: string;

  constructor(private readonly keep: boolean) {
    this.root = mkdtempSync(join(tmpdir(), 'citat-bench-'));
  }

  /** A new empty folder inside the area. */
  folder(prefix: string): string {
    return mkdtempSync(join(this.root, `${prefix}-`));
  }

  remove(path: string): void {
    rmSync(path, { recursive: true, force: true });
  }

  dispose(): void {
    if (!this.keep) this.remove(this.root);
  }
}

/** Size of an SQLite database on disk, counting its WAL file. */
export function databaseBytes(path: string): number {
  let bytes = statSync(path).size;
  if (existsSync(`${path}-wal`)) bytes += statSync(`${path}-wal`).size;
  return bytes;
}
