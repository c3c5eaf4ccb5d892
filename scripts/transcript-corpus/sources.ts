/**
 * The public documentation the transcript regression corpus is taken from:
 * which repository, which files, under which licence. Only permissive
 * licences (Apache-2.0, MIT, CC BY 4.0) whose terms allow keeping excerpts
 * with attribution; SOURCES.md in test/transcript-corpus/ says the same.
 */
export interface CorpusSource {
  /** Fixture file name: test/transcript-corpus/<name>.json. */
  name: string;
  /** owner/name on GitHub. */
  repo: string;
  license: string;
  /** Which Markdown files of the repository to read. */
  include: RegExp;
}

export const SOURCES: readonly CorpusSource[] = [
  {name: 'docker-cli', repo: 'docker/cli', license: 'Apache-2.0', include: /^docs\/reference\/commandline\/.*\.md$/},
  {name: 'docker-library-docs', repo: 'docker-library/docs', license: 'MIT', include: /^[^/]+\/content\.md$/},
  {
    name: 'podman',
    repo: 'containers/podman',
    license: 'Apache-2.0',
    include: /^(?:docs\/(?:source\/markdown|tutorials)\/.*\.md(?:\.in)?|troubleshooting\.md|install\.md|README\.md)$/,
  },
  {
    name: 'karmada-website-zh',
    repo: 'karmada-io/website',
    license: 'CC-BY-4.0',
    include: /^i18n\/zh\/docusaurus-plugin-content-docs\/current\/.*\.mdx?$/,
  },
  {name: 'nerdctl', repo: 'containerd/nerdctl', license: 'Apache-2.0', include: /^(?:docs\/.*|README)\.md$/},
];
