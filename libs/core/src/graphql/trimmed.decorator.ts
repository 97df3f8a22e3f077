import { Transform } from 'class-transformer';

const trim = (value: unknown): unknown => (typeof value === 'string' ? value.trim() : value);

/**
 * Trims a string argument (or each string of a list) before it is validated, so the length rules apply to what is
 * stored: "   " fails a minimum length instead of being saved as an empty comment.
 */
export const Trimmed = (): PropertyDecorator =>
  Transform(({ value }: { value: unknown }) => (Array.isArray(value) ? (value as unknown[]).map(trim) : trim(value)));
