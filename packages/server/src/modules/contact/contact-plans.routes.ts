import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditRefusals, callerOf } from '../../platform/audit/audit.routes-support.ts';
import type { ApiContext } from '../../platform/http/api-context.ts';
import { localeOf } from '../../platform/http/locale.ts';
import { errorBody } from '../identity/identity.schemas.ts';
import { planItem, planItemIdParams, planQuery, planResponse, postponeBody, reassignBody, todayQuery, todayResponse } from './contact-plans.schemas.ts';
import { plan, PLAN_AUDIT, postpone, reassign, today } from './contact-plans.service.ts';

const TAGS = ['contact'];
const ITEM = '/api/contact/plan-items/:planItemId';
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody };

/** Contact plans (约访计划, docs/api.md "Contact"): today, the calendar, postpone, hand to the supporting advisor. */
export const contactPlanRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, context) => {
  auditRefusals(app, context.audit, (route) => {
    if (route === `POST ${ITEM}/postpone`) return PLAN_AUDIT.postpone;
    if (route === `POST ${ITEM}/reassign`) return PLAN_AUDIT.reassign;
    if (route === 'GET /api/contact/today') return PLAN_AUDIT.today;
    if (route === 'GET /api/contact/plan') return PLAN_AUDIT.plan;
    return undefined;
  });

  app.get(
    '/api/contact/today',
    {
      config: { permission: 'contact.read' },
      schema: {
        tags: TAGS,
        summary: "Today's open plan items (due today or overdue) of the caller, or of a staff member a head oversees: overdue first, then priority, then due date",
        querystring: todayQuery,
        response: { 200: todayResponse, ...errors },
      },
    },
    async (request) => today(context, callerOf(request), request.query, localeOf(request)),
  );

  app.get(
    '/api/contact/plan',
    {
      config: { permission: 'contact.read' },
      schema: {
        tags: TAGS,
        summary: "Plan items due in [from, to] (at most 92 days): the caller's, a staff member's, or (heads) an org's, with overdue flagged",
        querystring: planQuery,
        response: { 200: planResponse, ...errors },
      },
    },
    async (request) => plan(context, callerOf(request), request.query, localeOf(request)),
  );

  app.post(
    `${ITEM}/postpone`,
    {
      config: { permission: 'contact.write' },
      schema: { tags: TAGS, summary: 'Postpone an open plan item to a later day, with a reason', params: planItemIdParams, body: postponeBody, response: { 200: planItem, ...errors, 409: errorBody } },
    },
    async (request) => postpone(context, callerOf(request), BigInt(request.params.planItemId), request.body, localeOf(request)),
  );

  app.post(
    `${ITEM}/reassign`,
    {
      config: { permission: 'contact.write' },
      schema: {
        tags: TAGS,
        summary: "Hand an open plan item to the customer's supporting advisor (409 when the customer has none)",
        params: planItemIdParams,
        body: reassignBody,
        response: { 200: planItem, ...errors, 409: errorBody },
      },
    },
    async (request) => reassign(context, callerOf(request), BigInt(request.params.planItemId), localeOf(request)),
  );
};
