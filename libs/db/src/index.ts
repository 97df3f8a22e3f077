export * from './data-source-options';
export * from './embedded-postgres';
export * from './migrate';
export * from './migrations';
export * from './seed/demo-data';
export * from './seed/demo-seed';
export * from './seed/bootstrap-admin';
