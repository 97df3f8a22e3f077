import { type ArgumentMetadata, Injectable, ValidationPipe, type ValidationError } from '@nestjs/common';
import { BadInputError, type FieldProblem } from '../errors/app-error';
import { memoizeValidationMetadata } from './validation-metadata-cache';

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.entries(e.constraints ?? {}).map(([rule, message]) => ({
      field,
      reason: rule === 'whitelistValidation' ? 'UNKNOWN_FIELD' : rule.toUpperCase(),
      message,
    }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

function findNul(value: unknown, path: string, depth = 0): string | null {
  if (depth > 20) return null;
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = findNul(value[i], `${path}[${i}]`, depth + 1);
      if (hit) return hit;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      const hit = findNul(inner, path ? `${path}.${key}` : key, depth + 1);
      if (hit) return hit;
    }
  }
  return null;
}

/** HTTP body/query/path and GraphQL arguments (3); never the context, root or info objects. */
const CLIENT_INPUT = new Set<string | number>(['body', 'query', 'param', 3]);

/**
 * class-validator on every argument (whitelisted, unknown properties refused) plus a NUL-byte
 * check, because PostgreSQL cannot store U+0000 in text and would otherwise fail late.
 */
@Injectable()
export class InputValidationPipe extends ValidationPipe {
  constructor() {
    super({
      transform: true,
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: false,
      stopAtFirstError: false,
      validationError: { target: false, value: false },
      exceptionFactory: (errors) => {
        const fields = flatten(errors);
        const summary = fields.map((f) => `${f.field}: ${f.message}`).join('; ');
        return new BadInputError('VALIDATION_FAILED', `Invalid input. ${summary}`, fields);
      },
    });
    memoizeValidationMetadata();
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (!CLIENT_INPUT.has(metadata.type)) return value;
    const nulAt = findNul(value, metadata.data ?? '');
    if (nulAt !== null) {
      const field = nulAt || 'input';
      throw BadInputError.field(field, 'INVALID_CHARACTER', `${field} contains a NUL character, which is not allowed.`);
    }
    return super.transform(value, metadata);
  }
}
