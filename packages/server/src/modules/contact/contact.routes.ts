import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ApiContext } from '../../platform/http/api-context.ts';
import { communicationReportRoutes } from './communication-reports.routes.ts';
import { contactComplianceRoutes } from './contact-compliance.routes.ts';
import { contactEventRoutes } from './contact-events.routes.ts';
import { contactPlanRoutes } from './contact-plans.routes.ts';
import { contactRecordRoutes } from './contact-records.routes.ts';
import { contactRuleSetRoutes } from './contact-rule-sets.routes.ts';
import { marketingConsentRoutes } from './marketing-consent.routes.ts';
import { workLogRoutes } from './work-log.routes.ts';

/**
 * Contact (issue 7, DOMAIN.md §7): contact rules and compliance, daily contact events, contact
 * plans and records, communication reports and the work log. Each part registers its routes here.
 */
export const contactRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, context) => {
  await app.register(communicationReportRoutes, context);
  await app.register(contactRuleSetRoutes, context);
  await app.register(marketingConsentRoutes, context);
  await app.register(contactRecordRoutes, context);
  await app.register(contactComplianceRoutes, context);
  await app.register(contactPlanRoutes, context);
  await app.register(workLogRoutes, context);
  await app.register(contactEventRoutes, context);
};
