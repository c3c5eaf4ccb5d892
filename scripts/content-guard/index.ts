export {createParseFrontMatter, FrontMatterError, type Options, type ParseFrontMatterParams} from './front-matter';
export {frontMatterOpening, YAML_LANGUAGES, type FrontMatterOpening} from './fence';
export {pageFormat, frontMatterFormat, type MarkdownFormat, type FormatOption} from './format';
export {FORMAT_SWITCH_ALLOWED} from './allow';
export {createContentGuard, UnsafeContentError, type GuardOptions} from './guard';
export {showInvisible, codePointLabel} from './visible';
