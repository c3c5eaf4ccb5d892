/**
 * Shell transcripts in the production build (docs/dogfood/transcripts.md):
 * both tabs server-rendered, one switch for the whole page that survives a
 * reload, copy gives the commands only, hostile text stays text, keyboard.
 */
import type {BrowserContext, Page} from 'playwright-core';
import {collectErrors, gotoHydrated, useSite, watchDialogs} from './harness';

const PAGE = '/docs/dogfood/transcripts';
const TABS = '.shell-transcript [role="tab"]';

const site = useSite();

async function open(context?: BrowserContext): Promise<{page: Page; errors: string[]; dialogs: string[]}> {
  // A context opened here closes with its page; a caller's context is the caller's to close.
  const owned = !context;
  const ctx = context ?? (await site().newContext());
  const page = await ctx.newPage();
  if (owned) site().closeWithPage(page, ctx);
  const errors = collectErrors(page);
  const dialogs = watchDialogs(page);
  await gotoHydrated(page, site().url + PAGE);
  return {page, errors, dialogs};
}

/** The label of the selected tab of every transcript on the page. */
const selectedLabels = (page: Page): Promise<string[]> =>
  page.$$eval('.shell-transcript [role="tab"][aria-selected="true"]', (tabs) => tabs.map((t) => t.textContent ?? ''));

test('both tabs are in the server-rendered HTML', async () => {
  const html = await (await fetch(site().url + PAGE)).text();
  expect(html).toContain('命令');
  expect(html).toContain('输出');
  // 命令 panel: the commands; 输出 panel: prompt, command and output.
  // First transcript: the 命令 panel holds the commands without prompts, the
  // hidden 输出 panel prompt + command + output. (The HTML is minified.)
  const panels = html
    .split(/role="?tabpanel"?/)
    .slice(1, 3)
    .map((p) => p.replace(/<[^>]+>/g, ''));
  expect(panels[0]).toContain('docker ps');
  expect(panels[0]).toContain("docker images --format '{{.Repository}}:{{.Tag}}'");
  expect(panels[0]).not.toContain('$ ');
  expect(panels[1]).toContain('$ docker ps');
  expect(panels[1]).toContain('CONTAINER ID');
  expect(html).toMatch(/role="?tabpanel"? class="?[\w ]+"? hidden>/);
  expect(html).toContain('3f1c0d2e9a7b   nginx:1.27');
  expect(html).toMatch(/aria-hidden="?true"?[^>]*>\[root@node1 ~\]# <\/span>/);
  // Hostile output is escaped text, never an element.
  expect(html).toMatch(/&lt;\/TabItem(?:>|&gt;)&lt;\/Tabs(?:>|&gt;)&lt;script(?:>|&gt;)alert\(1\)&lt;\/script/);
  expect(html).not.toContain('<script>alert(1)');
  expect(html).not.toMatch(/<img src="?x"? onerror/);
  // ANSI escapes are rendered as colours, never raw.
  expect(html).not.toContain('\u001b');
  expect(html).toContain('[+] Building 1.2s (5/5) FINISHED');
});

test('switching to 输出 switches every transcript on the page and survives reload', async () => {
  const context = await site().newContext();
  const {page, errors} = await open(context);
  const before = await selectedLabels(page);
  expect(before.length).toBeGreaterThan(10);
  expect(new Set(before)).toEqual(new Set(['命令']));

  await page.locator(TABS, {hasText: '输出'}).nth(3).click();
  await page.waitForFunction(() =>
    Array.from(document.querySelectorAll('.shell-transcript [role="tab"][aria-selected="true"]')).every(
      (t) => t.textContent === '输出',
    ),
  );
  expect(page.url()).toContain('shell-transcript=output');

  await gotoHydrated(page, site().url + PAGE); // no query string: localStorage remembers
  await page.waitForFunction(() =>
    Array.from(document.querySelectorAll('.shell-transcript [role="tab"][aria-selected="true"]')).every(
      (t) => t.textContent === '输出',
    ),
  );
  expect(new Set(await selectedLabels(page))).toEqual(new Set(['输出']));
  // The visible output panel shows the prompt, unselectable and hidden from screen readers.
  const prompt = page.locator('.shell-transcript [role="tabpanel"]:not([hidden]) [data-prompt]').first();
  expect(await prompt.getAttribute('aria-hidden')).toBe('true');
  expect(await prompt.evaluate((el) => getComputedStyle(el).userSelect)).toBe('none');
  expect(errors).toEqual([]);
  await context.close();
});

test('the 命令 copy button copies exactly the commands', async () => {
  const context = await site().newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: site().url});
  const {page} = await open(context);
  const first = page.locator('.shell-transcript').first();
  const panel = first.locator('[role="tabpanel"]:not([hidden])');
  await panel.hover();
  await panel.locator('button').first().click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.replace(/\n$/, '')).toBe("docker ps\ndocker images --format '{{.Repository}}:{{.Tag}}'");

  // A continuation with PS2 and a heredoc: PS2 removed, continuation lines intact.
  const heredoc = page.locator('.shell-transcript', {hasText: 'registry-mirrors'}).first();
  await heredoc.locator('[role="tabpanel"]:not([hidden])').hover();
  await heredoc.locator('[role="tabpanel"]:not([hidden]) button').first().click();
  expect((await page.evaluate(() => navigator.clipboard.readText())).replace(/\n$/, '')).toBe(
    [
      'cat > /etc/docker/daemon.json <<EOF',
      '{',
      '  "registry-mirrors": ["https://mirror.example.com"],',
      '  "log-driver": "json-file"',
      '}',
      'EOF',
      'sudo systemctl restart docker',
      "docker info --format '{{.RegistryConfig.Mirrors}}'",
    ].join('\n'),
  );
  await context.close();
});

test('comments are comments: kept in 命令, shown without a prompt in 输出; an empty prompt shows only its prompt', async () => {
  const {page, errors} = await open();
  const block = page.locator('.shell-transcript', {hasText: '查看内存限制'}).first();
  // One element per line in the highlighted code block.
  expect(await block.locator('[role="tabpanel"]:not([hidden]) .token-line').allTextContents()).toEqual([
    '## 防止 OOM 影响宿主机',
    'docker run -d -m 1g --name app nginx:1.27',
    '# 查看内存限制',
    "docker inspect app --format '{{.HostConfig.Memory}}'",
  ]);
  await block.locator('[role="tab"]', {hasText: '输出'}).click();
  const output = block.locator('[role="tabpanel"]:not([hidden])');
  await output.locator('[data-kind="comment"]').first().waitFor();
  expect(await output.locator('[data-kind="comment"]').allTextContents()).toEqual([
    '## 防止 OOM 影响宿主机',
    '# 查看内存限制',
  ]);
  expect(await output.locator('[data-kind="comment"] [data-prompt]').count()).toBe(0);

  const attached = page.locator('.shell-transcript', {hasText: 'docker attach'}).first();
  await attached.locator('[role="tab"][aria-selected="true"]', {hasText: '输出'}).waitFor();
  const prompts = await attached
    .locator('[role="tabpanel"]:not([hidden]) [data-prompt]')
    .evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-prompt')));
  // `export NAME=app` has no prompt; the bare container prompt is a step of its own.
  expect(prompts).toEqual(['$', 'root@e9383fff3215:/#', 'root@e9383fff3215:/#']);
  expect(errors).toEqual([]);
});

test('hostile content is shown as text and runs nothing', async () => {
  const {page, errors, dialogs} = await open();
  const hostile = page.locator('.shell-transcript', {hasText: 'alert(1)'}).first();
  await hostile.locator('[role="tab"]', {hasText: '输出'}).click();
  const text = await hostile.locator('[role="tabpanel"]:not([hidden])').innerText();
  expect(text).toContain('</TabItem></Tabs><script>alert(1)</script>');
  expect(text).toContain('${x} root {props.y}');
  expect(text).toContain('<img src=x onerror="window.__hostile=true">');
  // `load` has fired (gotoHydrated): every image has loaded or failed, so an onerror would have run by now.
  expect(dialogs).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as {__hostile?: boolean}).__hostile)).toBeUndefined();
  expect(await page.locator('.shell-transcript script, .shell-transcript img').count()).toBe(0);
  expect(errors).toEqual([]);
  await page.close();
});

test('keyboard: arrows, Home/End move focus; Enter and Space select; aria-selected follows', async () => {
  const {page} = await open();
  const tabs = page.locator('.shell-transcript').first().locator('[role="tab"]');
  await tabs.first().focus();
  await page.keyboard.press('ArrowRight');
  expect(await tabs.nth(1).evaluate((el) => el === document.activeElement)).toBe(true);
  await page.keyboard.press('Enter');
  expect(await tabs.nth(1).getAttribute('aria-selected')).toBe('true');
  await tabs.nth(1).focus();
  await page.keyboard.press('Home');
  expect(await tabs.nth(0).evaluate((el) => el === document.activeElement)).toBe(true);
  const scrollBefore = await page.evaluate(() => window.scrollY);
  await page.keyboard.press('Space');
  expect(await tabs.nth(0).getAttribute('aria-selected')).toBe('true');
  expect(await tabs.nth(1).getAttribute('aria-selected')).toBe('false');
  expect(await page.evaluate(() => window.scrollY)).toBe(scrollBefore);
  await tabs.nth(0).focus();
  await page.keyboard.press('End');
  expect(await tabs.nth(1).evaluate((el) => el === document.activeElement)).toBe(true);
  await page.keyboard.press('ArrowLeft');
  expect(await tabs.nth(0).evaluate((el) => el === document.activeElement)).toBe(true);
  await page.close();
});
