import { ValidateBy } from 'class-validator';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Checks YYYY-MM-DD and that the day exists (no 2026-02-30). */
export function isLocalDate(value: string): boolean {
  const m = PATTERN.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

function parse(value: unknown): string {
  if (typeof value !== 'string' || !isLocalDate(value)) {
    throw new GraphQLError(`LocalDate must be a calendar date like 2026-12-31, got ${JSON.stringify(value)}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

/** A calendar date without time or zone (validity periods), as YYYY-MM-DD. */
export const LocalDateScalar = new GraphQLScalarType<string, string>({
  name: 'LocalDate',
  description: 'A calendar date without time zone, formatted YYYY-MM-DD.',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)),
  parseValue: parse,
  parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : undefined),
});

/** Today's date in UTC as YYYY-MM-DD. */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** class-validator rule for LocalDate fields (the scalar already parsed them; this also whitelists them). */
export function IsLocalDate(): PropertyDecorator {
  return ValidateBy({
    name: 'isLocalDate',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && isLocalDate(value),
      defaultMessage: () => '$property must be a calendar date like 2026-12-31',
    },
  });
}
