import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloDriver } from '@nestjs/apollo';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { type AppConfig, formatError, type GraphQLContext, type Logger } from '@portal/core';

export const GRAPHQL_LIMITS = { maxDepth: 10, maxAliases: 15, maxCost: 1000, maxTokens: 3000, maxDirectives: 20 } as const;

/** Logs unexpected errors with the request id; expected ones are the client's business. */
function errorLogging(logger: Logger): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didEncounterErrors: ({ errors, contextValue }) => {
          for (const error of errors) {
            const code = error.extensions?.code;
            if (code === undefined || code === 'INTERNAL_SERVER_ERROR') {
              const original = error.originalError ?? error;
              if (!('extensions' in original && (original as { extensions?: { code?: string } }).extensions?.code)) {
                logger.error({ reqId: contextValue.req?.id, err: original, path: error.path }, 'unexpected GraphQL error');
              }
            }
          }
          return Promise.resolve();
        },
      }),
  };
}

export function graphqlOptions(config: AppConfig, logger: Logger): ApolloDriverConfig {
  const armor = new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases },
    costLimit: { maxCost: GRAPHQL_LIMITS.maxCost },
    maxTokens: { n: GRAPHQL_LIMITS.maxTokens },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
    blockFieldSuggestion: { enabled: config.isProduction },
  }).protect();
  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    introspection: !config.isProduction,
    playground: false,
    csrfPrevention: true,
    cache: 'bounded',
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    // The fastify integration calls the context function with (request, reply).
    context: (request: GraphQLContext['req'], reply: GraphQLContext['res']): GraphQLContext => ({ req: request, res: reply }),
    formatError,
    validationRules: armor.validationRules,
    // Apollo ships CJS and ESM typings that TypeScript sees as different types; the objects are the same.
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      ...(config.isProduction ? [ApolloServerPluginLandingPageDisabled()] : []),
      ...armor.plugins,
      errorLogging(logger),
    ] as unknown as ApolloDriverConfig['plugins'],
  };
}
