import DataLoader from 'dataloader';
import type { GraphQLContext } from '../access/http-request';

type LoaderHost = GraphQLContext['req'] & { loaders?: Map<string, DataLoader<string, unknown>> };

/**
 * A DataLoader that lives for one request, so nested fields of a list batch into one query.
 * Only use it below a parent the viewer was already allowed to see.
 */
export function requestLoader<V>(
  ctx: GraphQLContext,
  name: string,
  batch: (keys: readonly string[]) => Promise<V[]>,
): DataLoader<string, V> {
  const req = ctx.req as LoaderHost;
  req.loaders ??= new Map();
  let loader = req.loaders.get(name) as DataLoader<string, V> | undefined;
  if (!loader) {
    loader = new DataLoader<string, V>(batch);
    req.loaders.set(name, loader);
  }
  return loader;
}
