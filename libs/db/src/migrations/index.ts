import { Foundation1732400000000 } from './1732400000000-foundation';

/** Every migration in order; listed explicitly so bundling and tests never depend on globbing. */
export const MIGRATIONS = [Foundation1732400000000];
