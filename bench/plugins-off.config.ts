/**
 * The site's config without our two remark plugins, for `npm run bench`
 * (corpus build, plugins off): `docusaurus build --config bench/plugins-off.config.ts`.
 * The glossary's Docusaurus plugin stays: the glossary pages render from its data.
 * A measurement switch lives here, not in the product config.
 */
import type {Config} from '@docusaurus/types';
import site from '../docusaurus.config';

type DocsOptions = {remarkPlugins?: unknown[]; beforeDefaultRemarkPlugins?: unknown[]};

const presets = (site.presets ?? []).map((preset) => {
  if (!Array.isArray(preset) || preset[0] !== 'classic') return preset;
  const [name, options] = preset as [string, {docs?: DocsOptions}];
  return [name, {...options, docs: {...options.docs, remarkPlugins: [], beforeDefaultRemarkPlugins: []}}];
});

const config: Config = {...site, presets: presets as Config['presets']};

export default config;
