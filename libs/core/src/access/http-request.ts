import type { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { GraphQLResolveInfo } from 'graphql';
import type { RequestContext } from '../context/request-context';

export type PortalRequest = FastifyRequest & {
  portalContextPromise?: Promise<RequestContext>;
  portalContext?: RequestContext;
  user?: unknown;
};

export interface GraphQLContext {
  req: PortalRequest;
  res: FastifyReply;
}

export function requestOf(context: ExecutionContext): PortalRequest {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<GraphQLContext>().req;
  }
  return context.switchToHttp().getRequest<PortalRequest>();
}

export function isMutation(context: ExecutionContext): boolean {
  return (
    context.getType<string>() === 'graphql' &&
    GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>().parentType.name === 'Mutation'
  );
}
