/**
 * Link and fragment checker over a built site: for every page in
 * `sitemap.xml`, every `href`/`src`/`srcset` that points inside the site must
 * resolve to a built file (with the clean-URL rules of the server:
 * `/docs/x` → `docs/x.html` or `docs/x/index.html`), and every `#fragment`
 * must name an element `id` (or `<a name>`) of the target page. External
 * links are counted, not fetched (CI has no network). The HTML is read with
 * htmlparser2; nothing here fetches or serves.
 */
import fs from 'node:fs';
import path from 'node:path';
import {Parser} from 'htmlparser2';

export interface LinkProblem {
  /** Built file of the page holding the link, relative to the build folder. */
  file: string;
  line: number;
  column: number;
  rule: 'broken-link' | 'broken-fragment' | 'sitemap';
  message: string;
}

export interface PageLink {
  url: string;
  /** `a href`, `img src`, ... for messages. */
  where: string;
  offset: number;
}

export interface ParsedPage {
  links: PageLink[];
  ids: Set<string>;
}

const LINK_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  video: ['src', 'poster'],
  audio: ['src'],
  iframe: ['src'],
  use: ['href', 'xlink:href'],
};
/** `<link rel>` values that are hints about other origins, not resources of ours. */
const SKIPPED_LINK_RELS = new Set(['preconnect', 'dns-prefetch']);
const SOCIAL_IMAGE_META = new Set(['og:image', 'twitter:image']);

/** Links and ids of one HTML document. */
export function parsePage(html: string): ParsedPage {
  const links: PageLink[] = [];
  const ids = new Set<string>();
  const parser: Parser = new Parser(
    {
      onopentag(name, attributes) {
        const offset = parser.startIndex;
        if (attributes.id) ids.add(attributes.id);
        if (name === 'a' && attributes.name) ids.add(attributes.name);
        if (name === 'link' && SKIPPED_LINK_RELS.has((attributes.rel ?? '').toLowerCase())) return;
        if (name === 'meta') {
          const property = attributes.property ?? attributes.name ?? '';
          if (SOCIAL_IMAGE_META.has(property) && attributes.content) {
            links.push({url: attributes.content, where: `meta ${property}`, offset});
          }
          return;
        }
        for (const attribute of LINK_ATTRIBUTES[name] ?? []) {
          const value = attributes[attribute];
          if (value === undefined) continue;
          if (attribute === 'srcset') {
            for (const candidate of value.split(',')) {
              const url = candidate.trim().split(/\s+/)[0];
              if (url) links.push({url, where: `${name} srcset`, offset});
            }
          } else {
            links.push({url: value, where: `${name} ${attribute}`, offset});
          }
        }
      },
    },
    {decodeEntities: true, lowerCaseAttributeNames: true},
  );
  parser.write(html);
  parser.end();
  return {links, ids};
}

/** Page URLs listed in a sitemap. */
export function sitemapUrls(xml: string): string[] {
  const urls: string[] = [];
  let inLoc = false;
  let text = '';
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'loc') {
          inLoc = true;
          text = '';
        }
      },
      ontext(data) {
        if (inLoc) text += data;
      },
      onclosetag(name) {
        if (name === 'loc') {
          inLoc = false;
          urls.push(text.trim());
        }
      },
    },
    {xmlMode: true, decodeEntities: true},
  );
  parser.write(xml);
  parser.end();
  return urls;
}

/** The built file a site path is served from, following clean URLs; undefined when none. */
export function resolveFile(buildDir: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  const relative = decoded.replace(/^\/+/, '');
  if (relative.split('/').includes('..')) return undefined;
  const base = path.join(buildDir, relative);
  const candidates =
    relative === '' || decoded.endsWith('/')
      ? [path.join(base, 'index.html')]
      : [base, `${base}.html`, path.join(base, 'index.html')];
  return candidates.find((candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile());
}

function lineAndColumn(text: string, offset: number): {line: number; column: number} {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i += 1) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return {line, column: offset - lineStart + 1};
}

export interface CheckResult {
  pages: number;
  links: number;
  external: number;
  problems: LinkProblem[];
}

/**
 * Checks every page in `<buildDir>/sitemap.xml`. `siteOrigin` + `baseUrl`
 * (read from the sitemap's first URL when not given) are treated as local.
 */
export function checkBuiltSite(buildDir: string): CheckResult {
  const sitemap = path.join(buildDir, 'sitemap.xml');
  if (!fs.existsSync(sitemap)) throw new Error(`No ${sitemap}: build the site first`);
  const pages = sitemapUrls(fs.readFileSync(sitemap, 'utf8'));
  const problems: LinkProblem[] = [];
  const parsedCache = new Map<string, ParsedPage>();
  const parsed = (file: string): ParsedPage => {
    let page = parsedCache.get(file);
    if (!page) {
      page = parsePage(fs.readFileSync(file, 'utf8'));
      parsedCache.set(file, page);
    }
    return page;
  };
  const siteOrigin = pages.length ? new URL(pages[0]).origin : 'http://localhost';
  let links = 0;
  let external = 0;

  for (const pageUrl of pages) {
    const url = new URL(pageUrl);
    const file = resolveFile(buildDir, url.pathname);
    if (!file) {
      problems.push({
        file: 'sitemap.xml',
        line: 1,
        column: 1,
        rule: 'sitemap',
        message: `${url.pathname} is listed but not built`,
      });
      continue;
    }
    const html = fs.readFileSync(file, 'utf8');
    const relativeFile = path.relative(buildDir, file).split(path.sep).join('/');
    for (const link of parsed(file).links) {
      const raw = link.url.trim();
      if (raw === '' || /^(mailto|tel|data):/i.test(raw)) continue;
      links += 1;
      const report = (rule: LinkProblem['rule'], message: string): void => {
        problems.push({
          file: relativeFile,
          ...lineAndColumn(html, link.offset),
          rule,
          message: `${message} (${link.where}="${raw}")`,
        });
      };
      let target: URL;
      try {
        target = new URL(raw, url);
      } catch {
        report('broken-link', 'Not a valid URL');
        continue;
      }
      if (target.protocol !== 'http:' && target.protocol !== 'https:') {
        report('broken-link', `Unsupported scheme ${target.protocol}`);
        continue;
      }
      if (target.origin !== siteOrigin) {
        external += 1;
        continue;
      }
      const targetFile = resolveFile(buildDir, target.pathname);
      if (!targetFile) {
        report('broken-link', `${decodeSafe(target.pathname)} does not exist`);
        continue;
      }
      const fragment = target.hash.slice(1);
      if (fragment && targetFile.endsWith('.html')) {
        const ids = parsed(targetFile).ids;
        if (!ids.has(fragment) && !ids.has(decodeSafe(fragment))) {
          report('broken-fragment', `${decodeSafe(target.pathname)} has no element with id "${decodeSafe(fragment)}"`);
        }
      }
    }
  }
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  return {pages: pages.length, links, external, problems};
}

function decodeSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
