export * from './directory.module';
export * from './models/directory.model';
