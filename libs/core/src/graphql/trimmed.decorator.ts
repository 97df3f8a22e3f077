import { Transform } from 'class-transformer';
import { IsDefined, ValidateIf } from 'class-validator';

const trim = (value: unknown): unknown => (typeof value === 'string' ? value.trim() : value);

/**
 * Trims a string argument (or each string of a list) before it is validated, so the length rules apply to what is
 * stored: "   " fails a minimum length instead of being saved as an empty comment.
 */
export const Trimmed = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (Array.isArray(value) ? (value as unknown[]).map(trim) : trim(value)));

/**
 * For fields of an update that may be left out but not cleared: undefined skips the field's rules, null fails with a
 * message naming it (class-validator's IsOptional would let null through to the service as a value).
 */
export const OmitOrSet = (): PropertyDecorator => (target, key) => {
  ValidateIf((_: object, value: unknown) => value !== undefined)(target, key);
  IsDefined({ message: `${String(key)} may be left out but not set to null` })(target, key);
};
