import { OpenAPIHono } from '@hono/zod-openapi';
import { except } from 'hono/combine';
import { referenceData } from './db/reference-data';
import { ComputedLookups } from './services/lookup';
import type { AppDeps, AppEnv } from './deps';
import { jsonBodyLimit, requireJsonBody } from './http/body-rules';
import { handleError, notFoundHandler } from './http/errors';
import { langMiddleware } from './http/lang';
import { apiCors, publicGetCaching } from './http/public-cache';
import { validationHook } from './http/validation';
import { adminRoutes } from './routes/admin';
import { agencyRoutes } from './routes/agencies';
import { blocklistRoutes } from './routes/blocklists';
import { cardDavRoutes } from './routes/carddav';
import { disputeRoutes } from './routes/disputes';
import { docsRoutes } from './routes/docs';
import { exportRoutes } from './routes/export';
import { healthRoutes } from './routes/health';
import { statsRoutes } from './routes/stats';
import { numberRoutes } from './routes/numbers';
import { rangeRoutes } from './routes/ranges';
import { problemRoutes } from './routes/problems';
import { reportRoutes } from './routes/reports';
import { reporterRoutes } from './routes/reporter';
import { tagRoutes } from './routes/tags';
import { webRoutes } from './web';
import { htmlNotFound } from './web/not-found';

export const API_VERSION = '0.1.0';

/**
 * Builds the whole HTTP app from injected dependencies. It knows nothing of the runtime:
 * `server.node.ts` and `worker.ts` only build `deps`.
 *
 * @example
 * const app = createApp(deps);
 * const res = await app.request('/health');
 */
export function createApp(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });

  // Reference data lives in memory per app (per isolate on Workers); see db/reference-data.ts.
  const reference = referenceData(deps.database);
  const computedLookups = new ComputedLookups();
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    c.set('reference', reference);
    c.set('computedLookups', computedLookups);
    await next();
  });
  app.use('*', langMiddleware);
  app.use('/v1/*', apiCors);
  app.use('/v1/*', publicGetCaching);
  // Bodies: only writes carry one; the bulk import streams and has its own limits.
  const carriesNoJson = (c: { req: { method: string; path: string } }) => c.req.method === 'GET' || c.req.method === 'HEAD' || c.req.path === '/v1/admin/import';
  app.use('/v1/*', except(carriesNoJson, jsonBodyLimit, requireJsonBody));

  app.route('/', healthRoutes);
  app.route('/', agencyRoutes);
  app.route('/', tagRoutes);
  app.route('/', numberRoutes);
  app.route('/', rangeRoutes);
  app.route('/', reportRoutes);
  app.route('/', reporterRoutes);
  app.route('/', disputeRoutes);
  app.route('/', adminRoutes);
  app.route('/', statsRoutes);
  app.route('/', exportRoutes);
  app.route('/', blocklistRoutes);
  // WebDAV methods (PROPFIND, REPORT) on /dav/: outside /v1, so the JSON body rules do not apply.
  app.route('/', cardDavRoutes);

  const openApiConfig = {
    openapi: '3.1.0',
    info: {
      title: 'collector-check',
      version: API_VERSION,
      description:
        'Is the number calling about your overdue loan a real collection agent or a scam? Look numbers up, report collectors, embed the widget.',
    },
  };
  app.doc31('/openapi.json', openApiConfig);
  app.route('/', docsRoutes(() => app.getOpenAPI31Document(openApiConfig) as never));
  app.route('/', problemRoutes);

  // Pages call the services the routes call, with the same validation, identity and limits.
  app.route('/', webRoutes());

  app.notFound(htmlNotFound(notFoundHandler(() => app.routes)));
  app.onError(handleError);
  return app;
}

export type App = ReturnType<typeof createApp>;
