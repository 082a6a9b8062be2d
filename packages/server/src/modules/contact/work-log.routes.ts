import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditRefusals, callerOf } from '../../platform/audit/audit.routes-support.ts';
import type { ApiContext } from '../../platform/http/api-context.ts';
import { errorBody } from '../identity/identity.schemas.ts';
import { workLogBody, workLogDateParams, workLogDay, workLogDayQuery, workLogWeek, workLogWeekQuery } from './work-log.schemas.ts';
import { readWorkLogDay, readWorkLogWeek, saveWorkLogDay, WORK_LOG_AUDIT } from './work-log.service.ts';

const TAGS = ['contact'];
const BASE = '/api/work-log';
const errors = { 400: errorBody, 401: errorBody, 403: errorBody };

/** The daily work log (工作日志) and its weekly summary for the supervisor (docs/api.md "Communication reports and work log"). */
export const workLogRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, context) => {
  auditRefusals(app, context.audit, (route) => {
    if (route === `GET ${BASE}`) return WORK_LOG_AUDIT.read;
    if (route === `PUT ${BASE}/:date`) return WORK_LOG_AUDIT.save;
    if (route === `GET ${BASE}/week`) return WORK_LOG_AUDIT.week;
    return undefined;
  });

  app.get(
    BASE,
    {
      config: { permission: 'contact.write' },
      schema: {
        tags: TAGS,
        summary: "A day of your work log, with the day's contacts as visits; heads may ask for a staff member of their org",
        querystring: workLogDayQuery,
        response: { 200: workLogDay, ...errors, 404: errorBody },
      },
    },
    async (request) => readWorkLogDay(context, callerOf(request), request.query),
  );

  app.put(
    `${BASE}/:date`,
    {
      config: { permission: 'contact.write' },
      schema: {
        tags: TAGS,
        summary: "Save the day's entries of your work log (replaces them; saving twice changes nothing)",
        params: workLogDateParams,
        body: workLogBody,
        response: { 200: workLogDay, ...errors },
      },
    },
    async (request) => saveWorkLogDay(context, callerOf(request), request.params.date, request.body),
  );

  app.get(
    `${BASE}/week`,
    {
      config: { permission: 'contact.write' },
      schema: {
        tags: TAGS,
        summary: 'The week (Monday to Sunday) in figures: contacts by channel, customers, entries per day — yours, or for a head their org\'s staff',
        querystring: workLogWeekQuery,
        response: { 200: workLogWeek, ...errors, 404: errorBody },
      },
    },
    async (request) => readWorkLogWeek(context, callerOf(request), request.query),
  );
};
