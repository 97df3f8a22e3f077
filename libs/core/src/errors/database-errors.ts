import { DatabaseError } from 'pg';
import { QueryFailedError } from 'typeorm';
import { AppError, BadInputError, ConflictError } from './app-error';

interface PgErrorFields {
  code?: string;
  constraint?: string;
}

/**
 * A safety net: a database refusal caused by input becomes a typed client error instead of a 500.
 * Services translate the constraints they expect themselves; this covers the rest without
 * revealing table or column names.
 */
export function translateDatabaseError(error: unknown): AppError | null {
  // Through TypeORM, or straight from a pg pool of its own (the search pool).
  const pg: PgErrorFields | null =
    error instanceof QueryFailedError ? (error.driverError as PgErrorFields) : error instanceof DatabaseError ? error : null;
  if (!pg) return null;
  switch (pg.code) {
    case '23505':
      return new ConflictError('ALREADY_EXISTS', 'This already exists.', { constraint: pg.constraint });
    case '23503':
      return new BadInputError('REFERENCE_NOT_FOUND', 'A referenced object does not exist.');
    case '23514':
    case '23502':
      return new BadInputError('CONSTRAINT_VIOLATED', 'The input breaks a rule of the data.');
    case '22001':
      return new BadInputError('VALUE_TOO_LONG', 'A value is too long.');
    case '22P02':
    case '22007':
    case '22008':
    case '22003':
      return new BadInputError('INVALID_VALUE', 'A value has the wrong format.');
    case '22021':
    case '54000':
      return new BadInputError('INVALID_TEXT', 'A text contains characters that cannot be stored.');
    case '40001':
    case '40P01':
      return new ConflictError('CONCURRENT_UPDATE', 'Someone else changed this at the same moment; please try again.');
    default:
      return null;
  }
}
