/**
 * The built-site link checker on a hand-made build folder: clean URLs,
 * fragments (including encoded CJK ids), assets, external links, the sitemap.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {checkBuiltSite, parsePage, resolveFile, sitemapUrls} from '../../scripts/lib/links';

let dir: string;
const SITE = 'https://notes.example';

function write(file: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(dir, file)), {recursive: true});
  fs.writeFileSync(path.join(dir, file), text);
}

const sitemap = (...paths: string[]): string =>
  `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${paths
    .map((p) => `<url><loc>${SITE}${p}</loc></url>`)
    .join('')}</urlset>`;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'links-'));
  write(
    'index.html',
    `<html><head><link rel="stylesheet" href="/assets/css/main.css"><link rel="preconnect" href="https://fonts.example"></head><body><a href="/docs/history/namespaces#pid-命名空间">pid</a><a href="docs/glossary">术语</a></body></html>`,
  );
  write('assets/css/main.css', 'body{}');
  write(
    'docs/history/namespaces.html',
    `<html><body><h2 id="pid-命名空间">PID</h2><img src="/img/ns.svg" srcset="/img/ns.svg 1x, /img/ns@2x.svg 2x" alt="x"><a href="../glossary#定义">x</a><a href="https://docs.docker.com/">ext</a><a href="mailto:a@b.c">m</a></body></html>`,
  );
  write('img/ns.svg', '<svg/>');
  write('img/ns@2x.svg', '<svg/>');
  write('docs/glossary/index.html', `<html><body><h2 id="定义">定义</h2><a name="legacy"></a></body></html>`);
});

afterEach(() => fs.rmSync(dir, {recursive: true, force: true}));

describe('parsePage', () => {
  it('collects hrefs, srcs, srcset candidates and ids, skipping preconnect hints', () => {
    const page = parsePage(fs.readFileSync(path.join(dir, 'docs/history/namespaces.html'), 'utf8'));
    expect(page.links.map((l) => l.url)).toEqual([
      '/img/ns.svg',
      '/img/ns.svg',
      '/img/ns@2x.svg',
      '../glossary#定义',
      'https://docs.docker.com/',
      'mailto:a@b.c',
    ]);
    expect([...page.ids]).toEqual(['pid-命名空间']);
    expect(parsePage(fs.readFileSync(path.join(dir, 'index.html'), 'utf8')).links.map((l) => l.url)).not.toContain(
      'https://fonts.example',
    );
  });
});

describe('resolveFile', () => {
  it('follows clean URLs: x → x.html or x/index.html, and / → index.html', () => {
    expect(resolveFile(dir, '/')).toBe(path.join(dir, 'index.html'));
    expect(resolveFile(dir, '/docs/history/namespaces')).toBe(path.join(dir, 'docs/history/namespaces.html'));
    expect(resolveFile(dir, '/docs/glossary')).toBe(path.join(dir, 'docs/glossary/index.html'));
    expect(resolveFile(dir, '/docs/nope')).toBeUndefined();
    expect(resolveFile(dir, '/../etc/passwd')).toBeUndefined();
  });
});

describe('checkBuiltSite', () => {
  it('passes a site whose links and fragments all resolve', () => {
    write('sitemap.xml', sitemap('/', '/docs/history/namespaces', '/docs/glossary'));
    const result = checkBuiltSite(dir);
    expect(result.problems).toEqual([]);
    expect(result).toMatchObject({pages: 3, external: 1});
  });

  it('reports broken links, broken fragments and unbuilt sitemap pages with their place', () => {
    write(
      'docs/history/cgroups.html',
      `<html><body>\n<a href="/docs/history/namespaces#mnt">a</a>\n  <img src="/img/missing.png" alt="">\n<a href="#legacy">self</a><a href="/docs/glossary#legacy">ok</a></body></html>`,
    );
    write('sitemap.xml', sitemap('/docs/history/cgroups', '/docs/not-built'));
    expect(checkBuiltSite(dir).problems).toEqual([
      {
        file: 'docs/history/cgroups.html',
        line: 2,
        column: 1,
        rule: 'broken-fragment',
        message: '/docs/history/namespaces has no element with id "mnt" (a href="/docs/history/namespaces#mnt")',
      },
      {
        file: 'docs/history/cgroups.html',
        line: 3,
        column: 3,
        rule: 'broken-link',
        message: '/img/missing.png does not exist (img src="/img/missing.png")',
      },
      {
        file: 'docs/history/cgroups.html',
        line: 4,
        column: 1,
        rule: 'broken-fragment',
        message: '/docs/history/cgroups has no element with id "legacy" (a href="#legacy")',
      },
      {
        file: 'sitemap.xml',
        line: 1,
        column: 1,
        rule: 'sitemap',
        message: '/docs/not-built is listed but not built',
      },
    ]);
  });

  it('reads the sitemap', () => {
    expect(sitemapUrls(sitemap('/', '/docs/x'))).toEqual([`${SITE}/`, `${SITE}/docs/x`]);
  });

  it('refuses to run without a build', () => {
    expect(() => checkBuiltSite(path.join(dir, 'nothing'))).toThrow(/build the site first/);
  });
});
