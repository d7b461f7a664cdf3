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
