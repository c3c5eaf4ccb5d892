// The outside-site tests: global-setup packs our packages, installs them into a
// copy of test/consumer/site and builds it once; every test file checks that build in Chromium.
import base from './jest.config.mjs';

/** @type {import('jest').Config} */
export default {
  ...base,
  roots: ['<rootDir>/test/consumer'],
  testPathIgnorePatterns: ['/node_modules/', '/site/'],
  globalSetup: '<rootDir>/test/consumer/global-setup.ts',
  globalTeardown: '<rootDir>/test/consumer/global-teardown.ts',
  testTimeout: 120_000,
  maxWorkers: 1,
};
