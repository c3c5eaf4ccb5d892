/**
 * Shared pieces of the browser tests: a static server for the production build
 * (127.0.0.1, random port) and Debian's Chromium driven by playwright-core.
 * Every test file starts what it needs in beforeAll and stops it in afterAll.
 *
 * Built to hold on a busy machine: every test gets a fresh browser context, a
 * browser that died is relaunched before the next page opens, pages are
 * checked once React has hydrated them (never on `networkidle` or a delay),
 * and every wait has a generous, named timeout (TIMEOUTS).
 */
import http from 'node:http';
import path from 'node:path';
import fs from 'node:fs';
import type {AddressInfo} from 'node:net';
import handler from 'serve-handler';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
  type ConsoleMessage,
  type Response,
} from 'playwright-core';

/**
 * How long each kind of wait may take, in ms. Generous: on two cores loaded by
 * other jobs, a page of this site has taken over 20 s to hydrate.
 */
export const TIMEOUTS = {
  /** Chromium starting. */
  launch: 120_000,
  /** A navigation reaching the `load` event. */
  navigation: 120_000,
  /** React hydrating the server-rendered page after `load`. */
  hydration: 120_000,
  /** Any other wait for an element or a state (Playwright's default for the page). */
  element: 60_000,
} as const;

/** The attribute Docusaurus sets on <html> once the client has hydrated the page. */
export const HYDRATED = 'html[data-has-hydrated="true"]';

/** Navigates and waits until the page has loaded and hydrated; returns the navigation's response. */
export async function gotoHydrated(page: Page, url: string): Promise<Response | null> {
  const response = await page.goto(url, {waitUntil: 'load', timeout: TIMEOUTS.navigation});
  await page.waitForSelector(HYDRATED, {state: 'attached', timeout: TIMEOUTS.hydration});
  return response;
}

/** Records the message of every dialog (alert, confirm, prompt) the page opens, and dismisses it. */
export function watchDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

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

/** Launch attempts before giving up: on a loaded machine Chromium sometimes dies while starting. */
export const LAUNCH_ATTEMPTS = 3;

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  }
  let lastError: unknown;
  for (let attempt = 1; attempt <= LAUNCH_ATTEMPTS; attempt += 1) {
    try {
      return await chromium.launch({
        executablePath: CHROMIUM,
        timeout: TIMEOUTS.launch,
        args: [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
        ],
      });
    } catch (error) {
      lastError = error;
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      process.stderr.write(`harness: Chromium launch ${attempt}/${LAUNCH_ATTEMPTS} failed: ${reason}\n`);
    }
  }
  throw lastError;
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
  /** The browser of the moment (relaunched by `open`/`newContext` if it died). */
  readonly browser: Browser;
  /** A fresh context on a live browser, its pages with the harness's timeouts. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** Closes `context` when `page` closes; afterAll waits for that before closing the browser. */
  closeWithPage(page: Page, context: BrowserContext): void;
  /**
   * Opens `path` in a fresh browser context (no storage shared between tests)
   * and waits until it has hydrated; closing the page closes its context.
   * `errors` records console errors from before the first script runs,
   * `dialogs` every dialog it opened. Fails when the page is not in the build.
   */
  open(path: string, options?: BrowserContextOptions): Promise<{page: Page; errors: string[]; dialogs: string[]}>;
}

/**
 * Starts the server and Chromium before the tests of the calling file and stops
 * both after them. Call at the top level of a test file: `const site = useSite();`
 * then use `site().open(...)` inside tests.
 */
export function useSite(buildDir: string = BUILD_DIR): () => Site {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  // Context closes started by a page closing: a rejection left unawaited when afterAll closes the
  // browser would fail every test of the file (it did, on a loaded machine).
  const closing = new Set<Promise<void>>();
  const closeWithPage = (page: Page, context: BrowserContext): void => {
    page.on('close', () => {
      const done = context
        .close()
        .catch(() => undefined) // already closed with its browser: nothing left to do
        .finally(() => closing.delete(done));
      closing.add(done);
    });
  };
  // One slow page must not take the browser down for the rest of the file: relaunch a browser that died.
  const liveBrowser = async (): Promise<Browser> => {
    if (!browser?.isConnected()) browser = await launchBrowser();
    return browser;
  };
  beforeAll(async () => {
    server = await startServer(buildDir);
    browser = await launchBrowser();
  }, TIMEOUTS.launch + 10_000);
  afterAll(async () => {
    await Promise.all(closing);
    await browser?.close();
    await server?.close();
  });
  return () => {
    if (!server || !browser) throw new Error('useSite(): the server and browser start in beforeAll');
    const url = server.url;
    const newContext = async (options?: BrowserContextOptions): Promise<BrowserContext> => {
      const context = await (await liveBrowser()).newContext(options);
      context.setDefaultTimeout(TIMEOUTS.element);
      context.setDefaultNavigationTimeout(TIMEOUTS.navigation);
      return context;
    };
    return {
      url,
      get browser() {
        if (!browser) throw new Error('useSite(): the browser is closed');
        return browser;
      },
      newContext,
      closeWithPage,
      async open(path, options) {
        const context = await newContext(options);
        const page = await context.newPage();
        closeWithPage(page, context);
        const errors = collectErrors(page);
        const dialogs = watchDialogs(page);
        const response = await gotoHydrated(page, url + path);
        if (!response || response.status() !== 200) {
          throw new Error(`${path} answered ${response?.status() ?? 'nothing'}: the page is not in the build`);
        }
        return {page, errors, dialogs};
      },
    };
  };
}
