import { createRoute, type RouteConfig } from '@hono/zod-openapi';
import { problemResponseSpec } from '../../http/problem-schema';

/** Name of the bearer scheme in the OpenAPI document; registered by the admin router. */
export const ADMIN_SECURITY_SCHEME = 'adminToken';

/** `security` for every admin route. */
export const adminSecurity = [{ [ADMIN_SECURITY_SCHEME]: [] }];

/** The problems every admin route may answer before its handler runs. */
export const adminProblemResponses = {
  401: problemResponseSpec('Missing or wrong admin token (WWW-Authenticate says which)'),
  429: problemResponseSpec('Too many failed admin authentications from this address (Retry-After)'),
  503: problemResponseSpec('The admin API is disabled: no ADMIN_TOKEN is configured'),
} as const;

/**
 * `createRoute` for an admin operation: tagged `admin`, behind the bearer scheme, with the
 * problems every admin route may answer before its handler runs.
 *
 * @example
 * const auditRoute = adminRoute({ method: 'get', path: '/v1/admin/audit', summary: '…', responses: { 200: … } });
 */
export function adminRoute<const R extends Omit<RouteConfig, 'tags' | 'security'>>(config: R) {
  return createRoute({
    ...config,
    tags: ['admin'],
    security: adminSecurity,
    responses: { ...config.responses, ...adminProblemResponses },
  });
}
