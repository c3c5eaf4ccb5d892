/**
 * The shell-transcript theme on its edge-case page, built by an outside site
 * (test/consumer/site/docs/edge-cases/transcripts.md, English labels): both
 * tabs server-rendered, every prompt, heredocs, comments, ANSI colours, and
 * hostile text that stays text. The behaviour on real chapters in zh-Hans is
 * checked by test/e2e/transcript.test.ts.
 */
import {useSite} from '../e2e/harness';
import {consumerBuildDir} from './site';

const PAGE = '/docs/edge-cases/transcripts';

const site = useSite(consumerBuildDir());

const open = () => site().open(PAGE);

test('both tabs are in the server-rendered HTML', async () => {
  const html = await (await fetch(site().url + PAGE)).text();
  expect(html).toContain('Command');
  expect(html).toContain('Output');
  // First transcript: the Command panel holds the commands without prompts, the
  // hidden Output panel prompt + command + output. (The HTML is minified.)
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

test('the Command copy button copies exactly the commands', async () => {
  const {page} = await open();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {origin: site().url});
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
  await page.close();
});

test('comments are comments: kept in Command, shown without a prompt in Output; an empty prompt shows only its prompt', async () => {
  const {page, errors} = await open();
  const block = page.locator('.shell-transcript', {hasText: '查看内存限制'}).first();
  // One element per line in the highlighted code block.
  expect(await block.locator('[role="tabpanel"]:not([hidden]) .token-line').allTextContents()).toEqual([
    '## 防止 OOM 影响宿主机',
    'docker run -d -m 1g --name app nginx:1.27',
    '# 查看内存限制',
    "docker inspect app --format '{{.HostConfig.Memory}}'",
  ]);
  await block.locator('[role="tab"]', {hasText: 'Output'}).click();
  const output = block.locator('[role="tabpanel"]:not([hidden])');
  await output.locator('[data-kind="comment"]').first().waitFor();
  expect(await output.locator('[data-kind="comment"]').allTextContents()).toEqual([
    '## 防止 OOM 影响宿主机',
    '# 查看内存限制',
  ]);
  expect(await output.locator('[data-kind="comment"] [data-prompt]').count()).toBe(0);

  const attached = page.locator('.shell-transcript', {hasText: 'docker attach'}).first();
  await attached.locator('[role="tab"][aria-selected="true"]', {hasText: 'Output'}).waitFor();
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
  await hostile.locator('[role="tab"]', {hasText: 'Output'}).click();
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
