/**
 * Plans a new chapter page for `npm run new -- <chapter>/<slug> "标题"`: which
 * file, which `sidebar_position`, which front matter. Reads the chapter folders
 * but writes nothing (the CLI in scripts/new-page.ts does), so tests can run it
 * on a temporary tree.
 */
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';

/** A refusal: the message names the problem and the valid choices. Exit code 2. */
export class NewPageError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = 'NewPageError';
  }
}

export interface Chapter {
  /** Folder name, e.g. `02-docker-basics`. */
  folder: string;
  /** Folder name without its number prefix, e.g. `docker-basics` (the id in URLs). */
  name: string;
  /** Sidebar label from `_category_.json`, e.g. `2. Docker 基础`. */
  label: string;
}

export interface NewPageRequest {
  /** Site root (the folder holding docs/ and versioned_docs/). */
  root: string;
  /** `<chapter>/<slug>`, chapter with or without its number prefix. */
  target: string;
  title: string;
  /** `current` (docs/, default) or a version such as `1.0` (versioned_docs/version-1.0/). */
  edition?: string;
}

export interface PlannedPage {
  /** Path relative to the root, with `/`. */
  file: string;
  content: string;
  chapter: Chapter;
  sidebarPosition: number;
}

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CHAPTER_FOLDER = /^(\d{2})-([a-z0-9-]+)$/;

export function editionDir(edition = 'current'): string {
  return edition === 'current' ? 'docs' : `versioned_docs/version-${edition}`;
}

/** Chapter folders of an edition: `NN-name/` with a `_category_.json`, in order. */
export function listChapters(root: string, edition = 'current'): Chapter[] {
  const dir = path.join(root, editionDir(edition));
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, {withFileTypes: true})
    .filter((entry) => entry.isDirectory() && CHAPTER_FOLDER.test(entry.name))
    .filter((entry) => fs.existsSync(path.join(dir, entry.name, '_category_.json')))
    .map((entry) => {
      const category = JSON.parse(fs.readFileSync(path.join(dir, entry.name, '_category_.json'), 'utf8')) as {
        label?: string;
      };
      return {
        folder: entry.name,
        name: entry.name.replace(/^\d{2}-/, ''),
        label: category.label ?? entry.name,
      };
    })
    .sort((a, b) => a.folder.localeCompare(b.folder));
}

/** One past the highest `sidebar_position` among the chapter's pages (1 for an empty chapter). */
export function nextSidebarPosition(chapterDir: string): number {
  let highest = 0;
  for (const name of fs.readdirSync(chapterDir)) {
    if (!/\.mdx?$/.test(name)) continue;
    const source = fs.readFileSync(path.join(chapterDir, name), 'utf8');
    const block = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
    if (!block) continue;
    try {
      const data = yaml.load(block[1]) as {sidebar_position?: unknown} | null;
      const position = data?.sidebar_position;
      if (typeof position === 'number' && position > highest) highest = position;
    } catch {
      // A page with broken front matter is the content lint's business, not ours.
    }
  }
  return Math.floor(highest) + 1;
}

/** The page text: lint-clean front matter and a skeleton that says what to replace. */
export function renderPage(title: string, sidebarPosition: number, chapter: Chapter): string {
  const tag = chapter.label.replace(/^\d+\.\s*/, '');
  const frontMatter = yaml.dump(
    {
      title,
      sidebar_position: sidebarPosition,
      description: `${title}：用一句话说明本页讲什么（显示在搜索结果里，请改写）`,
      keywords: [title],
      tags: [tag],
    },
    {flowLevel: 1, lineWidth: -1},
  );
  return `---
${frontMatter}---

{/* 写作前请读 docs/contributing/writing-guide.md 和 CONTRIBUTING.md。
标题就是页面的一级标题：正文从 ## 开始，不要写 # 标题。
终端会话放在 \`\`\`console 代码块里，每条命令前带提示符，命令下面是真实输出。
Dockerfile 指令在正文里写成大写（ENTRYPOINT、CMD），会自动链接到术语表。
写完运行 npm run lint。这段注释可以删掉。 */}

## 第一小节

在这里写正文。
`;
}

export function planPage({root, target, title, edition = 'current'}: NewPageRequest): PlannedPage {
  const chapters = listChapters(root, edition);
  const choices = chapters.map((c) => `${c.name} (${c.folder})`).join(', ') || '(none)';
  const parts = target.replace(/\.mdx?$/, '').split('/');
  if (parts.length !== 2 || !parts[0] || !parts[1]) {
    throw new NewPageError(`"${target}" is not <chapter>/<slug>, e.g. docker-basics/image-tags. Chapters: ${choices}`);
  }
  const [chapterName, slug] = parts;
  const chapter = chapters.find((c) => c.folder === chapterName || c.name === chapterName);
  if (!chapter) {
    throw new NewPageError(`Unknown chapter "${chapterName}" in ${editionDir(edition)}/. Valid chapters: ${choices}`);
  }
  if (!SLUG.test(slug)) {
    throw new NewPageError(
      `Bad slug "${slug}": use lowercase ASCII letters, digits and single hyphens (e.g. cmd-vs-entrypoint); it becomes the URL`,
    );
  }
  if (!title.trim()) {
    throw new NewPageError('Missing title: npm run new -- <chapter>/<slug> "标题"');
  }
  const chapterDir = path.join(root, editionDir(edition), chapter.folder);
  const file = `${editionDir(edition)}/${chapter.folder}/${slug}.md`;
  for (const existing of [`${slug}.md`, `${slug}.mdx`]) {
    if (fs.existsSync(path.join(chapterDir, existing))) {
      throw new NewPageError(
        `${editionDir(edition)}/${chapter.folder}/${existing} already exists: edit it, or choose another slug`,
      );
    }
  }
  const sidebarPosition = nextSidebarPosition(chapterDir);
  return {file, content: renderPage(title.trim(), sidebarPosition, chapter), chapter, sidebarPosition};
}
