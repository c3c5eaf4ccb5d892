// Browser tests: real Chromium against the production build in ./build,
// served on 127.0.0.1 by test/e2e/server.ts (started and stopped per test file).
import base from './jest.config.mjs';

/** @type {import('jest').Config} */
export default {
  ...base,
  roots: ['<rootDir>/test/e2e'],
  testPathIgnorePatterns: ['/node_modules/'],
  // Room for a navigation, hydration and several waits at TIMEOUTS (test/e2e/harness.ts) on a busy machine.
  testTimeout: 300_000,
  maxWorkers: 1,
};
