import { createRouter } from '../../http/router';
import { adminAuth } from '../../security/admin-auth';
import { adminDisputeRoutes } from '../disputes';
import { auditRoutes } from './audit';
import { importRoutes } from './import';
import { officialNumberRoutes } from './official-numbers';
import { agencyAuthorizationRoutes } from './agency-authorizations';
import { ADMIN_SECURITY_SCHEME } from './openapi';
import { reportModerationRoutes } from './reports';

/**
 * Everything under `/v1/admin/*`, behind the bearer token. Every route that changes data
 * writes its audit entry in the same atomic write as the change.
 */
export const adminRoutes = createRouter();
adminRoutes.openAPIRegistry.registerComponent('securitySchemes', ADMIN_SECURITY_SCHEME, {
  type: 'http',
  scheme: 'bearer',
  description: 'The ADMIN_TOKEN the server was started with.',
});
adminRoutes.use('/v1/admin/*', adminAuth);
adminRoutes.route('/', auditRoutes);
adminRoutes.route('/', officialNumberRoutes);
adminRoutes.route('/', agencyAuthorizationRoutes);
adminRoutes.route('/', adminDisputeRoutes);
adminRoutes.route('/', importRoutes);
adminRoutes.route('/', reportModerationRoutes);
