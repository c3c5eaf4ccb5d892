// ESLint for the code of this repository (TypeScript and config scripts).
// Formatting is Prettier's job (`prettier --check`), so no stylistic rules here.
// Markdown content is checked by scripts/lint-content.ts, not by ESLint.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import {defineConfig, globalIgnores} from 'eslint/config';

/** Globals of Node scripts written in plain JavaScript (`*.mjs`, `*.cjs`, `*.js`). */
const nodeGlobals = Object.fromEntries(
  [
    'process',
    'console',
    'Buffer',
    'URL',
    'setTimeout',
    'clearTimeout',
    'setInterval',
    'clearInterval',
    'globalThis',
    'structuredClone',
  ].map((name) => [name, 'readonly']),
);

export default defineConfig([
  globalIgnores([
    'build/',
    '.docusaurus/',
    'node_modules/',
    'coverage/',
    'static/',
    'bench/.corpus/',
    'bench/.work/',
    '**/__fixtures__/',
    'test/**/fixtures/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts,cts}'],
    rules: {
      '@typescript-eslint/consistent-type-imports': [
        'error',
        {fixStyle: 'inline-type-imports', disallowTypeAnnotations: false},
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        {argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none'},
      ],
      eqeqeq: ['error', 'always', {null: 'ignore'}],
      'no-var': 'error',
      'prefer-const': 'error',
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: {globals: nodeGlobals, sourceType: 'module'},
  },
  {
    files: ['**/*.cjs'],
    languageOptions: {
      globals: {
        ...nodeGlobals,
        require: 'readonly',
        module: 'writable',
        exports: 'writable',
        __dirname: 'readonly',
        __filename: 'readonly',
      },
      sourceType: 'commonjs',
    },
    rules: {'@typescript-eslint/no-require-imports': 'off'},
  },
]);
