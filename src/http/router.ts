import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../deps';
import { validationHook } from './validation';

/** A router for one resource, sharing the app's validation-to-problem hook. */
export function createRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
}
