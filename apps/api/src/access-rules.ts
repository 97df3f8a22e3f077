import type { INestApplication } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { RESOLVER_NAME_METADATA, RESOLVER_TYPE_METADATA } from '@nestjs/graphql';
import { ACCESS_RULE, type AccessRule } from '@portal/core';

/** Describes a rule in one line, e.g. "permission: user.manage | organisation.manage". */
function describe(rule: AccessRule | undefined): string {
  if (!rule) return 'NONE (denied)';
  return rule.kind === 'permission' ? `permission: ${rule.anyOf.join(' | ')}` : rule.kind;
}

/**
 * Lists every root query and mutation with who may call it, read from the same metadata the
 * guard reads; a test snapshots it so any change of who-may-do-what shows in review.
 */
export function listAccessRules(app: INestApplication): Record<string, string> {
  const discovery = app.get(DiscoveryService);
  const scanner = app.get(MetadataScanner);
  const reflector = app.get(Reflector);
  const rules: Record<string, string> = {};
  for (const wrapper of discovery.getProviders()) {
    const instance = wrapper.instance as unknown;
    const metatype = wrapper.metatype as unknown;
    if (!instance || !metatype || typeof instance !== 'object') continue;
    const prototype = Object.getPrototypeOf(instance) as object;
    for (const method of scanner.getAllMethodNames(prototype)) {
      const handler = (prototype as Record<string, unknown>)[method] as () => unknown;
      const type = Reflect.getMetadata(RESOLVER_TYPE_METADATA, handler) as string | undefined;
      if (type !== 'Query' && type !== 'Mutation') continue;
      const name = (Reflect.getMetadata(RESOLVER_NAME_METADATA, handler) as string | undefined) ?? method;
      const rule = reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [handler, metatype as () => unknown]);
      rules[`${type}.${name}`] = describe(rule);
    }
  }
  return Object.fromEntries(Object.entries(rules).sort(([a], [b]) => a.localeCompare(b)));
}
