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
  transform: {'^.+\\.tsx?$': swc},
  moduleNameMapper: {'^@site/(.*)$': '<rootDir>/$1'},
  roots: ['<rootDir>/plugins', '<rootDir>/test', '<rootDir>/scripts'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/test/e2e/', '/build/'],
  watchPathIgnorePatterns: ['/build/', '/.docusaurus/'],
};
