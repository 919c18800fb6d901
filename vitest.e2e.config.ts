import { defineConfig } from 'vitest/config';
import { resolve } from 'node:path';

// End-to-end tests: the built renderer served by the loopback host, driven in Debian's
// Chromium through playwright-core. Run after `npm run build`. One browser per spec file,
// files one after another (each starts its own host and Chromium; 2 cores are enough).
export default defineConfig({
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'src/shared') } },
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Conditions (the DB row, the stripe, the rebuilt matrix) are polled, never slept for;
    // a slow CI machine gets up to 10 s for each.
    expect: { poll: { timeout: 10_000, interval: 50 } },
    pool: 'forks',
    fileParallelism: false,
  },
});
