// ESLint for the code of this repository (TypeScript and config scripts).
// Formatting is Prettier's job (`prettier --check`), so no stylistic rules here.
// Markdown content is checked by scripts/lint-content.ts, not by ESLint.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import {defineConfig, globalIgnores} from 'eslint/config';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';

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
    'plugins/*/lib/',
    'test/consumer/site/.docusaurus/',
    'test/consumer/site/build/',
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
    // Theme components: hooks rules, React pitfalls and accessibility of the markup.
    files: ['src/**/*.tsx', 'plugins/*/src/**/*.tsx'],
    ...react.configs.flat.recommended,
    ...react.configs.flat['jsx-runtime'],
    plugins: {react, 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y},
    settings: {react: {version: 'detect'}},
    rules: {
      ...react.configs.flat.recommended.rules,
      ...react.configs.flat['jsx-runtime'].rules,
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      'react/prop-types': 'off', // TypeScript checks props
      'react/no-array-index-key': 'error',
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
