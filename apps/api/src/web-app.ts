import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '@portal/core';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const API_PREFIXES = ['/graphql', '/health', '/calendar', '/certificates', '/badges', '/grants'];

/**
 * Serves the built React app from the same port: hashed assets are cached for a year, the HTML
 * shell never, and unknown GET paths fall back to it so deep links survive a reload.
 */
export async function serveWebApp(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const index = join(config.webDist, 'index.html');
  if (!existsSync(index)) return;
  // Loaded only when there is an app to serve (API-only runs and tests skip it).
  const { default: fastifyStatic } = await import('@fastify/static');
  await app.register(fastifyStatic, {
    root: config.webDist,
    prefix: '/',
    wildcard: false,
    index: false,
    setHeaders: (res, path) => {
      res.header('Cache-Control', path.includes(`${join(config.webDist, 'assets')}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  const fastify = app.getHttpAdapter().getInstance();
  // A catch-all route has the lowest priority in fastify's router, so API and asset routes win.
  fastify.get('/*', (request, reply) => {
    const path = request.url.split('?')[0];
    if (API_PREFIXES.some((p) => path.startsWith(p)) || path.includes('.')) {
      return reply.code(404).send({ statusCode: 404, error: 'Not Found', message: `${request.method} ${path} not found` });
    }
    return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
  });
}
