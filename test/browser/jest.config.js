/**
 * Browser tests: playwright-core drives the system Chromium against the production build served
 * by the real API (started once in setup/global-setup.js, or BROWSER_BASE_URL when given).
 * One worker: the tests share one server and its demo data.
 */
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/**/*.browser-spec.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2023' }, module: { type: 'commonjs' } }],
  },
  globalSetup: '<rootDir>/setup/global-setup.js',
  globalTeardown: '<rootDir>/setup/global-teardown.js',
  maxWorkers: 1,
  testTimeout: 120000,
  slowTestThreshold: 30,
};
