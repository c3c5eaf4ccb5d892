import type { LoadContext, Plugin } from '@docusaurus/types';
import { type EditionSource } from './load';
import type { NormalizedOptions } from './options';
import { GlossaryStore } from './store';
import type { UsageCache } from './usage';
export declare const PACKAGE_NAME = "@docker-k8s-notes/docusaurus-plugin-glossary";
/** One edition per version of every (chosen) docs plugin instance. */
export declare function editionSourcesFromDocs(allContent: Record<string, Record<string, unknown> | undefined>, siteDir: string, pluginIds: string[] | null): EditionSource[];
export interface PluginState {
    options: NormalizedOptions;
    usageCache: UsageCache;
    setStore(store: GlossaryStore): void;
}
export declare function createPlugin(state: PluginState): (context: LoadContext) => Plugin;
