export * from './models/training.model';
export * from './trainings.module';
