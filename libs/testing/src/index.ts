export * from './graphql-client';
export * from './test-app';
export * from './test-database';
export * from './demo-users';
