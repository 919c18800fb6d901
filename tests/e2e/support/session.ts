/**
 * One end-to-end session: a fresh project in a temp dir, the loopback host serving the
 * built renderer (out/renderer), and one Chromium with a page on it. More pages (another
 * window size, zoom or language) can be opened on the same project in the same browser.
 * Screenshots go to screenshots/ (git-ignored) so a person can look at every screen.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { Project } from '../../../src/main/backend/project/project';
import { startHost, type RunningHost } from '../../../src/main/host/loopback-host';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const SCREENSHOTS = join(ROOT, 'screenshots');
const CHROMIUM = process.env.CITAT_CHROMIUM ?? '/usr/bin/chromium';

export interface SessionOptions extends PageOptions {
  /** The project to serve, made in the session's temp dir (default: a new, empty one). */
  project?: (dir: string) => Project | Promise<Project>;
}

export interface PageOptions {
  viewport?: { width: number; height: number };
  /** 1.25 with a viewport of 1152×720 is a 1440×900 window at 125 % zoom. */
  deviceScaleFactor?: number;
  locale?: string;
}

export interface E2eSession {
  dir: string;
  project: Project;
  host: RunningHost;
  browser: Browser;
  page: Page;
  /** Reads the project file (the host's own connection, so it sees every committed action). */
  readProject<T>(sql: string, ...params: unknown[]): T[];
  /** Another window on the same project, e.g. zoomed; closed with the session. */
  openPage(options: PageOptions): Promise<Page>;
  screenshot(name: string, page?: Page): Promise<string>;
  close(): Promise<void>;
}

export async function startSession(options: SessionOptions = {}): Promise<E2eSession> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium not found at ${CHROMIUM}: apt-get install chromium (or set CITAT_CHROMIUM)`,
    );
  // Helpers working side by side build into folders of their own (electron-vite --outDir).
  const rendererDir = process.env.CITAT_E2E_RENDERER_DIR ?? join(ROOT, 'out/renderer');
  if (!existsSync(join(rendererDir, 'index.html')))
    throw new Error('the renderer is not built: run "npm run build" first');
  const dir = mkdtempSync(join(tmpdir(), 'citat-e2e-'));
  const project = options.project
    ? await options.project(dir)
    : Project.create(join(dir, 'speciale.citat'));
  const host = await startHost({ project, rendererDir });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  });
  const pageErrors: string[] = [];

  const openPage = async (pageOptions: PageOptions): Promise<Page> => {
    const context = await browser.newContext({
      viewport: pageOptions.viewport ?? { width: 1440, height: 900 },
      deviceScaleFactor: pageOptions.deviceScaleFactor ?? 1,
      locale: pageOptions.locale ?? 'en-GB',
      acceptDownloads: true,
    });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (err) => pageErrors.push(err.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(`console: ${message.text()}`);
    });
    await page.goto(host.url);
    return page;
  };

  const page = await openPage(options);
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    dir,
    project,
    host,
    browser,
    page,
    readProject: <T>(sql: string, ...params: unknown[]) => project.read<T>(sql, ...params),
    openPage,
    async screenshot(name, shotPage = page) {
      const path = join(SCREENSHOTS, `${name}.png`);
      await shotPage.screenshot({ path, fullPage: false });
      return path;
    },
    async close() {
      await browser.close();
      await host.close();
      project.close();
      rmSync(dir, { recursive: true, force: true });
      if (pageErrors.length > 0) throw new Error(`errors in the page: ${pageErrors.join(' | ')}`);
    },
  };
}
