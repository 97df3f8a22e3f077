export * from './subcontracting.module';
export * from './delegation-cascade.service';
export { DELEGABLE_SQL } from './delegation-sql';
