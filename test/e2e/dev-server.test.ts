/**
 * `docusaurus start` on a temporary copy of the site (127.0.0.1, a free port):
 * an unknown `:term[...]` written while the server runs is reported with
 * file:line:column, and the server recovers once the page is fixed; Chromium
 * then shows the fixed page.
 */
import {spawn, type ChildProcess} from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import {gotoHydrated, launchBrowser, TIMEOUTS} from './harness';
import {BUILD_TIMEOUT, REPO, copySite, removeCopy, writeInCopy} from './site-copy';

const PAGE = 'docs/01-history/dev-server-check.md';
const page = (body: string) =>
  `---\ntitle: 开发服务器检查\ndescription: 测试页。\nkeywords: [测试]\ntags: [测试]\n---\n\n## 正文\n\n${body}\n`;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Everything the server printed, and a way to wait for a line matching a pattern after a given offset. */
class Output {
  text = '';
  private waiters: Array<() => void> = [];
  exited: string | undefined;
  constructor(child: ChildProcess) {
    const wakeAll = () => {
      for (const wake of this.waiters.splice(0)) wake();
    };
    const add = (chunk: Buffer) => {
      this.text += chunk.toString('utf8');
      wakeAll();
    };
    child.stdout?.on('data', add);
    child.stderr?.on('data', add);
    child.on('exit', (code, signal) => {
      this.exited = `exited with ${code ?? signal}`;
      wakeAll();
    });
  }
  async waitFor(pattern: RegExp, from: number, what: string): Promise<string> {
    const deadline = Date.now() + BUILD_TIMEOUT;
    for (;;) {
      const match = pattern.exec(this.text.slice(from));
      if (match) return match[0];
      if (this.exited) throw new Error(`dev server ${this.exited} before ${what}. Output:\n${this.text.slice(-3000)}`);
      if (Date.now() > deadline) throw new Error(`dev server: no ${what} in time. Output:\n${this.text.slice(-3000)}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 5_000).unref();
      });
    }
  }
}

describe('docusaurus start', () => {
  const dir = copySite('dev-server');
  let server: ChildProcess | undefined;
  afterAll(() => {
    // The server was started in its own process group: stop it and its workers.
    if (server?.pid) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    removeCopy(dir);
  });

  it(
    'reports an unknown term with file:line:column and recovers when it is fixed',
    async () => {
      writeInCopy(dir, PAGE, page('这一段提到 :term[不存在的术语]。'));
      const port = await freePort();
      server = spawn(
        path.join(REPO, 'node_modules/.bin/docusaurus'),
        ['start', '--host', '127.0.0.1', '--port', String(port), '--no-open'],
        {
          cwd: dir,
          detached: true,
          // Jest sets NODE_ENV=test, which the browserslist config has no entry for.
          env: {...process.env, NODE_ENV: 'development', FORCE_COLOR: '0', NO_COLOR: '1', BROWSER: 'none'},
        },
      );
      const output = new Output(server);
      await output.waitFor(
        /Unknown glossary term .*不存在的术语.* at docs\/01-history\/dev-server-check\.md:10:7/u,
        0,
        'unknown-term report',
      );

      const before = output.text.length;
      writeInCopy(dir, PAGE, page('这一段已经改好了。'));
      await output.waitFor(/compiled successfully/iu, before, 'successful recompile after the fix');

      const browser = await launchBrowser();
      try {
        const tab = await browser.newPage();
        tab.setDefaultTimeout(TIMEOUTS.element);
        await gotoHydrated(tab, `http://127.0.0.1:${port}/docs/history/dev-server-check`);
        await tab.locator('article', {hasText: '这一段已经改好了。'}).waitFor();
      } finally {
        await browser.close();
      }
    },
    BUILD_TIMEOUT * 2,
  );
});
