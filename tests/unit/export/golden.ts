/**
 * Golden-file comparison: outputs are checked byte for byte against tests/golden/.
 * Run with UPDATE_GOLDEN=1 to (re)write them after an intended change, then review the
 * diff before committing.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { expect } from 'vitest';

export const GOLDEN_DIR = resolve(__dirname, '../../golden');

export function expectGolden(name: string, actual: string): void {
  const path = join(GOLDEN_DIR, name);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual, 'utf8');
    return;
  }
  if (!existsSync(path)) {
    throw new Error(
      `golden file ${path} is missing; run the tests with UPDATE_GOLDEN=1 to create it`,
    );
  }
  expect(actual, `output differs from ${path} (UPDATE_GOLDEN=1 rewrites it)`).toBe(
    readFileSync(path, 'utf8'),
  );
}
