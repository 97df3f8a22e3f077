export * from './notification.model';
export * from './notifications.module';
export * from './notifications.service';
