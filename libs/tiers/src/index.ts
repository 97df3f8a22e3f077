export * from './entitlement.service';
export * from './grant-expiry.service';
export * from './grants.service';
export * from './models/catalogue.model';
export * from './models/entitlement.model';
export * from './models/grant.model';
export * from './tiers.module';
export * from './entitled-sql';
