/**
 * The lint's own configuration: the component allow-list stays inside what
 * src/theme/MDXComponents.tsx registers, pages are
 * classified by path, and URL schemes are read the way browsers read them.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import {ALLOWED_COMPONENTS, PAGE_KIND_COMPONENTS} from '../../scripts/content-lint/allow';
import {lintSource} from '../../scripts/content-lint/index';
import {classifyPage} from '../../scripts/content-lint/page';
import {isDangerousUrl} from '../../scripts/content-lint/rules/security';

/** Where MDX components are registered: the site's wrapper and each package's theme. */
const REGISTRIES = ['src/theme/MDXComponents.tsx', 'plugins/glossary/src/theme/MDXComponents/index.tsx'];

/** Property names of the object literals the MDXComponents files export by default. */
function registeredComponents(): string[] {
  return REGISTRIES.flatMap(registeredIn);
}

function registeredIn(relative: string): string[] {
  const file = path.resolve(relative);
  const source = ts.createSourceFile(
    file,
    fs.readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const names: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isExportAssignment(node) && ts.isObjectLiteralExpression(node.expression)) {
      for (const property of node.expression.properties) {
        if ((ts.isPropertyAssignment(property) || ts.isShorthandPropertyAssignment(property)) && property.name) {
          names.push(property.name.getText(source));
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return names;
}

describe('ALLOWED_COMPONENTS', () => {
  it('names only components registered in an MDXComponents file (site or package theme)', () => {
    const registered = registeredComponents();
    expect(registered.length).toBeGreaterThan(0);
    for (const name of ALLOWED_COMPONENTS) expect(registered).toContain(name);
    for (const names of Object.values(PAGE_KIND_COMPONENTS))
      for (const name of names) expect(registered).toContain(name);
  });

  it('lets <GlossaryIndex /> appear on the glossary index page only', () => {
    const source = '---\ntitle: t\ndescription: d\nkeywords: [k]\ntags: [t]\n---\n\n<GlossaryIndex />\n';
    expect(lintSource('docs/glossary/index.md', source)).toEqual([]);
    expect(lintSource('docs/01-history/x.md', source).map((f) => f.rule)).toEqual(['security-jsx']);
  });
});

const page = `---\ntitle: t\ndescription: d\nkeywords: [k]\ntags: [t]\n---\n\n<Evil />\n\n{1 + 1}\n`;

describe('no exemptions', () => {
  it('every docs folder gets every rule (edge-case pages live in the outside-site test, not in docs/)', () => {
    expect(lintSource('docs/dogfood/jsx.md', page).map((f) => f.rule)).toEqual(['security-jsx', 'security-expression']);
    const details = `---\ntitle: t\n---\n\n<details>\n<summary>s</summary>\n\nx\n\n</details>\n`;
    expect(lintSource('docs/dogfood/d.md', details).map((f) => f.rule)).toContain('security-jsx');
  });
});

describe('classifyPage', () => {
  it.each([
    ['docs/01-history/namespaces.md', 'current', 'chapter'],
    ['versioned_docs/version-1.0/06-dockerfile/cmd-vs-entrypoint.md', '1.0', 'chapter'],
    ['docs/glossary/dockerfile/entrypoint.md', 'current', 'glossary-term'],
    ['versioned_docs/version-1.0/glossary/concepts/namespace.md', '1.0', 'glossary-term'],
    ['docs/glossary/index.md', 'current', 'glossary-index'],
    ['docs/dogfood/sessions.md', 'current', 'page'],
    ['docs/intro.md', 'current', 'page'],
    ['docs/contributing/writing-guide.md', 'current', 'page'],
  ])('%s is edition %s, kind %s', (file, edition, kind) => {
    expect(classifyPage(file)).toMatchObject({edition, kind});
  });

  it('ignores files outside the editions', () => {
    expect(classifyPage('README.md')).toBeUndefined();
  });
});

describe('isDangerousUrl', () => {
  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:x',
    ' javascript:x',
    'java\tscript:x',
    'java\nscript:x',
    'data:text/html,x',
    'vbscript:x',
  ])('rejects %j', (url) => expect(isDangerousUrl(url)).toBe(true));
  it.each([
    'https://docs.docker.com/',
    '../02-docker-basics/image-layers.md',
    'mailto:a@b.c',
    '#anchor',
    'javascript-tips.md',
  ])('accepts %j', (url) => expect(isDangerousUrl(url)).toBe(false));
});
