// Jest runs as native ESM (node --experimental-vm-modules): the unified/remark/mdx
// packages are ESM-only, and running them untransformed tests the same code the
// Docusaurus build loads. Only our TypeScript goes through swc, emitted as ESM.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: {syntax: 'typescript', tsx: true},
      target: 'es2022',
      transform: {react: {runtime: 'automatic'}},
    },
    module: {type: 'es6'},
  },
];

/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: {
    '^.+\\.tsx?$': swc,
    // Docusaurus's client exports (translate) are ES modules with JSX in .js files.
    '/@docusaurus/core/lib/client/exports/.+\\.js$': [
      '@swc/jest',
      {
        jsc: {parser: {syntax: 'ecmascript', jsx: true}, target: 'es2022', transform: {react: {runtime: 'automatic'}}},
        module: {type: 'es6'},
      },
    ],
    // The search package's client code (query builder, lunr glue): ES modules in a CommonJS package.
    '/@easyops-cn/docusaurus-search-local/dist/client/.+\\.js$': [
      '@swc/jest',
      {jsc: {parser: {syntax: 'ecmascript'}, target: 'es2022'}, module: {type: 'es6'}},
    ],
  },
  transformIgnorePatterns: [
    '/node_modules/(?!@docusaurus/core/lib/client/exports/|@easyops-cn/docusaurus-search-local/dist/client/)',
  ],
  // Tests run our packages from their TypeScript sources (lib/ is the published build).
  moduleNameMapper: {
    '^@site/(.*)$': '<rootDir>/$1',
    '^@docker-k8s-notes/docusaurus-theme-shell-transcript$': '<rootDir>/plugins/shell-transcript/src/index.ts',
    '^@docker-k8s-notes/docusaurus-theme-shell-transcript/remark$': '<rootDir>/plugins/shell-transcript/src/remark.ts',
    '^@docker-k8s-notes/docusaurus-theme-shell-transcript/parse$': '<rootDir>/plugins/shell-transcript/src/parser.ts',
    '^@docker-k8s-notes/docusaurus-plugin-glossary$': '<rootDir>/plugins/glossary/src/index.ts',
    '^@docker-k8s-notes/docusaurus-plugin-glossary/remark$': '<rootDir>/plugins/glossary/src/remark.ts',
    '^@docker-k8s-notes/docusaurus-plugin-glossary/tools$': '<rootDir>/plugins/glossary/src/tools.ts',
    '^@theme/(ShellTranscript.*)$': '<rootDir>/plugins/shell-transcript/src/theme/$1',
    '^@theme/(Glossary.*)$': '<rootDir>/plugins/glossary/src/theme/$1',
    // The theme's link needs a running app; the glossary's wrapper is tested around a plain <a>.
    '^@theme-init/MDXComponents/A$': '<rootDir>/test/unit/render/mdx-a.tsx',
    // Component render tests (react-dom/server) use Docusaurus's real translate() with no translations loaded.
    '^@docusaurus/Translate$': '<rootDir>/node_modules/@docusaurus/core/lib/client/exports/Translate.js',
    '^@docusaurus/Interpolate$': '<rootDir>/node_modules/@docusaurus/core/lib/client/exports/Interpolate.js',
    '^@generated/codeTranslations$': '<rootDir>/test/unit/render/codeTranslations.json',
    // The search options the build generates, as search.config.ts sets them.
    '^@generated/@easyops-cn/docusaurus-search-local/default/generated-constants\\.js$':
      '<rootDir>/test/unit/search/generated-constants.ts',
    '\\.module\\.css$': '<rootDir>/test/unit/render/css-module.cjs',
  },
  roots: ['<rootDir>/plugins', '<rootDir>/test', '<rootDir>/scripts'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/test/e2e/', '/test/consumer/', '/build/', '/lib/'],
  modulePathIgnorePatterns: ['<rootDir>/plugins/[^/]+/lib/'],
  watchPathIgnorePatterns: ['/build/', '/.docusaurus/'],
};
