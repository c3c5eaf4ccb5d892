import type { Edition } from './load';
import type { GlossaryStore, PageRef, Usage } from './store';
/** What the scan learnt from one page, kept between scans. */
export interface ScannedPage {
    /** The file's text and the edition's glossary (terms, options) this result holds for. */
    value: string;
    glossary: string;
    /** Undefined when the page is left out: unreadable, or a draft. */
    page?: PageRef;
    used: string[];
}
/** Per file; owned by one glossary instance. */
export type UsageCache = Map<string, ScannedPage>;
/** How many pages the last scan of an edition parsed, and how many it reused. */
export declare function usageScanStats(store: GlossaryStore, edition: Edition): {
    parsed: number;
    reused: number;
};
export declare function computeUsage(store: GlossaryStore, edition: Edition): Usage;
