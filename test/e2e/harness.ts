/**
 * Shared pieces of the browser tests: a static server for the production build
 * (127.0.0.1, random port) and Debian's Chromium driven by playwright-core.
 * Every test file starts what it needs in beforeAll and stops it in afterAll.
 */
import http from 'node:http';
import path from 'node:path';
import fs from 'node:fs';
import type {AddressInfo} from 'node:net';
import handler from 'serve-handler';
import {chromium, type Browser, type BrowserContextOptions, type Page, type ConsoleMessage} from 'playwright-core';

export const BUILD_DIR = path.resolve(process.env.E2E_BUILD_DIR ?? 'build');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export async function startServer(dir: string = BUILD_DIR): Promise<StaticServer> {
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    throw new Error(`No production build in ${dir}: run \`npm run build\` before the browser tests.`);
  }
  // Same URL rules as `docusaurus serve` (trailingSlash: false → /docs/x serves docs/x.html).
  const server = http.createServer((req, res) => {
    void handler(req, res, {public: dir, cleanUrls: true, trailingSlash: false, directoryListing: false});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

/** Collects console errors and uncaught page errors, to assert a page is clean. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg: ConsoleMessage) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  return errors;
}

export interface Site {
  /** Base URL of the static server, e.g. http://127.0.0.1:41235. */
  readonly url: string;
  readonly browser: Browser;
  /**
   * Opens `path` in a fresh browser context (no storage shared between tests);
   * closing the page closes its context. `errors` records console errors from
   * before the page's first script runs. Fails when the page is not in the build.
   */
  open(path: string, options?: BrowserContextOptions): Promise<{page: Page; errors: string[]}>;
}

/**
 * Starts the server and Chromium before the tests of the calling file and stops
 * both after them. Call at the top level of a test file: `const site = useSite();`
 * then use `site().open(...)` inside tests.
 */
export function useSite(): () => Site {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return () => {
    if (!server || !browser) throw new Error('useSite(): the server and browser start in beforeAll');
    const [url, b] = [server.url, browser];
    return {
      url,
      browser: b,
      async open(path, options) {
        const context = await b.newContext(options);
        const page = await context.newPage();
        page.on('close', () => void context.close());
        const errors = collectErrors(page);
        const response = await page.goto(url + path, {waitUntil: 'networkidle'});
        if (!response || response.status() !== 200) {
          throw new Error(`${path} answered ${response?.status() ?? 'nothing'}: the page is not in the build`);
        }
        return {page, errors};
      },
    };
  };
}
