/**
 * API end-to-end and unit tests; the browser tests have their own config under test/browser.
 * NestJS 12 ships as ES modules only, which Jest's module sandbox cannot load on Node 20; so every
 * test file talks to a real API process (test/setup/serve.ts) over HTTP, like any client does.
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2023',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/libs', '<rootDir>/test/api'],
  testMatch: ['**/*.spec.ts', '**/*.e2e-spec.ts'],
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: { '^@portal/(.*)$': '<rootDir>/libs/$1/src' },
  globalSetup: '<rootDir>/test/setup/global-setup.js',
  globalTeardown: '<rootDir>/test/setup/global-teardown.js',
  maxWorkers: 2,
  testTimeout: 30000,
  slowTestThreshold: 15,
};
