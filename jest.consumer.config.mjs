// The outside-site test: packs our packages, installs them into a copy of
// test/consumer/site, builds it and checks it in Chromium.
import base from './jest.config.mjs';

/** @type {import('jest').Config} */
export default {
  ...base,
  roots: ['<rootDir>/test/consumer'],
  testPathIgnorePatterns: ['/node_modules/', '/site/'],
  testTimeout: 120_000,
  maxWorkers: 1,
};
