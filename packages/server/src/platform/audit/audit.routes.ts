import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBody } from '../../modules/identity/identity.schemas.ts';
import type { ApiContext } from '../http/api-context.ts';
import { listAuditActions, queryAuditEvents } from './audit-query.store.ts';
import { auditEventBy, auditRefusals, callerOf } from './audit.routes-support.ts';
import { auditActionList, auditEventPage, auditEventsQuery, endOf, startOf } from './audit.schemas.ts';
import type { JsonObject } from './audit.rules.ts';

const AUDIT_EVENTS_URL = '/api/audit-events';
const AUDIT_ACTIONS_URL = '/api/audit-events/actions';
export const AUDIT_QUERY_ACTION = 'audit.query';
export const AUDIT_ACTIONS_ACTION = 'audit.actions';
const ACTION_BY_ROUTE: Record<string, string> = {
  [`GET ${AUDIT_EVENTS_URL}`]: AUDIT_QUERY_ACTION,
  [`GET ${AUDIT_ACTIONS_URL}`]: AUDIT_ACTIONS_ACTION,
};

/**
 * The audit trail for auditors and head office (issue 4 "Audit": by staff, customer, time,
 * action; docs/audit.md). Reading it is itself audited, with the filters used, after the page is
 * read so that the page does not show its own query.
 */
export const auditRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, context) => {
  auditRefusals(app, context.audit, (route) => ACTION_BY_ROUTE[route]);

  app.get(
    AUDIT_ACTIONS_URL,
    {
      config: { permission: 'audit.read' },
      schema: {
        tags: ['audit'],
        summary: 'The actions the audit trail holds, for choosing one as a filter',
        response: { 200: auditActionList, 401: errorBody, 403: errorBody },
      },
    },
    async (request) => {
      const actions = await listAuditActions(context.pool);
      await context.audit.record(auditEventBy(callerOf(request), { action: AUDIT_ACTIONS_ACTION, result: 'ALLOWED' }));
      return { actions };
    },
  );

  app.get(
    AUDIT_EVENTS_URL,
    {
      config: { permission: 'audit.read' },
      schema: {
        tags: ['audit'],
        summary: 'The audit trail, newest first, by staff, customer, time, action and result; paged by cursor',
        querystring: auditEventsQuery,
        response: { 200: auditEventPage, 400: errorBody, 401: errorBody, 403: errorBody },
      },
    },
    async (request) => {
      const query = request.query;
      const page = await queryAuditEvents(context.pool, {
        limit: query.pageSize,
        ...(query.staffNo !== undefined ? { staffNo: query.staffNo } : {}),
        ...(query.customerId !== undefined ? { customerId: BigInt(query.customerId) } : {}),
        ...(query.action !== undefined ? { action: query.action } : {}),
        ...(query.from !== undefined ? { from: startOf(query.from) } : {}),
        ...(query.to !== undefined ? { to: endOf(query.to) } : {}),
        ...(query.result !== undefined ? { result: query.result } : {}),
        ...(query.cursor !== undefined ? { cursor: BigInt(query.cursor) } : {}),
      });
      const filters: JsonObject = Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined));
      await context.audit.record(auditEventBy(callerOf(request), { action: AUDIT_QUERY_ACTION, result: 'ALLOWED', details: filters }));
      return {
        events: page.events.map((event) => ({
          id: event.id.toString(),
          occurredAt: event.occurredAt,
          actorStaffNo: event.actorStaffNo,
          actorRole: event.actorRole,
          sourceIp: event.sourceIp,
          action: event.action,
          customerIds: event.customerIds.map((id) => id.toString()),
          fieldsInFull: event.fieldsInFull,
          reason: event.reason,
          result: event.result,
          details: event.details,
        })),
        nextCursor: page.nextCursor?.toString() ?? null,
      };
    },
  );
};
