import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditRefusals, callerOf } from '../../platform/audit/audit.routes-support.ts';
import type { ApiContext } from '../../platform/http/api-context.ts';
import { localeOf } from '../../platform/http/locale.ts';
import { errorBody } from '../identity/identity.schemas.ts';
import {
  contactEventList,
  detectionRunAccepted,
  detectionRunBody,
  detectionRunList,
  eventsQuery,
  externalEventBody,
  externalEventCreated,
  externalEventList,
} from './contact-events.schemas.ts';
import { createExternalEvent, customerEvents, detectionRuns, EVENTS_AUDIT, externalEvents, scopedEvents, startDetection } from './contact-events.service.ts';
import { customerIdParams } from './contact-support.ts';

const TAGS = ['contact'];
const CUSTOMER_EVENTS = '/api/customers/:customerId/contact-events';
const EVENTS = '/api/contact/events';
const EXTERNAL = '/api/contact/external-events';
const RUNS = '/api/contact/detection-runs';
const errors = { 400: errorBody, 401: errorBody, 403: errorBody };

/** Contact events (联络事件), external events and detection runs (docs/api.md "Contact events"). */
export const contactEventRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, context) => {
  const actions: Record<string, string> = {
    [`GET ${CUSTOMER_EVENTS}`]: EVENTS_AUDIT.customer,
    [`GET ${EVENTS}`]: EVENTS_AUDIT.list,
    [`POST ${EXTERNAL}`]: EVENTS_AUDIT.external,
    [`GET ${EXTERNAL}`]: EVENTS_AUDIT.externalList,
    [`POST ${RUNS}`]: EVENTS_AUDIT.detect,
  };
  auditRefusals(app, context.audit, (route) => actions[route]);

  app.get(
    CUSTOMER_EVENTS,
    {
      config: { permission: 'contact.read' },
      schema: {
        tags: TAGS,
        summary: "A customer's contact events, the latest first, each with its text in your language",
        params: customerIdParams,
        response: { 200: contactEventList, ...errors, 404: errorBody },
      },
    },
    async (request) => customerEvents(context, callerOf(request), BigInt(request.params.customerId), localeOf(request)),
  );

  app.get(
    EVENTS,
    {
      config: { permission: 'contact.read' },
      schema: {
        tags: TAGS,
        summary: 'Contact events dated within [from, to] of the customers in your scope (your own; heads: their org), by date',
        querystring: eventsQuery,
        response: { 200: contactEventList, ...errors },
      },
    },
    async (request) => scopedEvents(context, callerOf(request), request.query, localeOf(request)),
  );

  app.post(
    EXTERNAL,
    {
      config: { permission: 'contact-event.manage' },
      schema: {
        tags: TAGS,
        summary: 'Enter an external event (market news, a bank event) for customers in your scope; unknown or out-of-scope numbers refuse it with their list',
        body: externalEventBody,
        response: { 201: externalEventCreated, ...errors, 422: errorBody },
      },
    },
    async (request, reply) => reply.code(201).send(await createExternalEvent(context, callerOf(request), request.body)),
  );

  app.get(
    EXTERNAL,
    {
      config: { permission: 'contact-event.manage' },
      schema: { tags: TAGS, summary: 'External events entered in your org scope, the latest first', response: { 200: externalEventList, ...errors } },
    },
    async (request) => externalEvents(context, callerOf(request)),
  );

  app.get(
    RUNS,
    {
      config: { permission: 'contact-rule.manage' },
      schema: { tags: TAGS, summary: 'Contact detection runs, the latest first, with events per type, plan items and timings', response: { 200: detectionRunList, ...errors } },
    },
    async () => detectionRuns(context),
  );

  app.post(
    RUNS,
    {
      config: { permission: 'contact-rule.manage' },
      schema: {
        tags: TAGS,
        summary: 'Start contact detection and the plan build for a date (default today) as a background job; answers the run id',
        body: detectionRunBody,
        response: { 202: detectionRunAccepted, ...errors, 409: errorBody, 503: errorBody },
      },
    },
    async (request, reply) => reply.code(202).send(await startDetection(context, callerOf(request), request.body)),
  );
};
