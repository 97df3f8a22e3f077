export * from './knowledge.module';
export * from './knowledge-viewer.service';
export * from './article-visibility';
export * from './search-sql';
export * from './search-query';
export * from './markdown';
export { snapshotVersion } from './article-store';
export * from './search-runner';
