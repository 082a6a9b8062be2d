import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditRefusals, callerOf } from '../../platform/audit/audit.routes-support.ts';
import type { ApiContext } from '../../platform/http/api-context.ts';
import { errorBody } from '../identity/identity.schemas.ts';
import {
  createReportBody,
  report,
  reportIdParams,
  reportList,
  reportListQuery,
  reviewReportBody,
  submitReportBody,
  updateReportBody,
} from './communication-reports.schemas.ts';
import { createReport, listForCaller, readReport, REPORT_AUDIT, reviewReport, submitReport, updateReport } from './communication-reports.service.ts';

const TAGS = ['contact'];
const BASE = '/api/contact/reports';
const ONE = `${BASE}/:reportId`;
const errors = { 400: errorBody, 401: errorBody, 403: errorBody };

/** Communication reports (客户沟通报告): drafts, submission, the heads' review inbox (docs/api.md "Communication reports and work log"). */
export const communicationReportRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, context) => {
  auditRefusals(app, context.audit, (route) => {
    if (route === `GET ${BASE}`) return REPORT_AUDIT.list;
    if (route === `GET ${ONE}`) return REPORT_AUDIT.read;
    if (route === `POST ${BASE}`) return REPORT_AUDIT.create;
    if (route === `PUT ${ONE}`) return REPORT_AUDIT.update;
    if (route === `POST ${ONE}/submit`) return REPORT_AUDIT.submit;
    if (route === `POST ${ONE}/review`) return REPORT_AUDIT.review;
    return undefined;
  });

  app.get(
    BASE,
    {
      config: { permission: 'contact.read' },
      schema: {
        tags: TAGS,
        summary: 'Communication reports: yours (mine), submitted ones waiting for your review (inbox, heads), or those you reviewed (reviewed, heads)',
        querystring: reportListQuery,
        response: { 200: reportList, ...errors },
      },
    },
    async (request) => listForCaller(context, callerOf(request), request.query.kind),
  );

  app.get(
    ONE,
    {
      config: { permission: 'contact.read' },
      schema: { tags: TAGS, summary: 'One communication report with its history', params: reportIdParams, response: { 200: report, ...errors, 404: errorBody } },
    },
    async (request) => readReport(context, callerOf(request), BigInt(request.params.reportId)),
  );

  app.post(
    BASE,
    {
      config: { permission: 'contact.write' },
      schema: {
        tags: TAGS,
        summary: 'Write a draft communication report about a customer in your scope',
        body: createReportBody,
        response: { 201: report, ...errors, 404: errorBody },
      },
    },
    async (request, reply) => reply.code(201).send(await createReport(context, callerOf(request), request.body)),
  );

  app.put(
    ONE,
    {
      config: { permission: 'contact.write' },
      schema: {
        tags: TAGS,
        summary: 'Edit your draft or returned report (with the version you read)',
        params: reportIdParams,
        body: updateReportBody,
        response: { 200: report, ...errors, 404: errorBody, 409: errorBody },
      },
    },
    async (request) => updateReport(context, callerOf(request), BigInt(request.params.reportId), request.body),
  );

  app.post(
    `${ONE}/submit`,
    {
      config: { permission: 'contact.write' },
      schema: {
        tags: TAGS,
        summary: "Submit your draft or returned report to the heads of the customer's outlet for review",
        params: reportIdParams,
        body: submitReportBody,
        response: { 200: report, ...errors, 404: errorBody, 409: errorBody, 422: errorBody },
      },
    },
    async (request) => submitReport(context, callerOf(request), BigInt(request.params.reportId), request.body),
  );

  app.post(
    `${ONE}/review`,
    {
      config: { permission: 'contact.review' },
      schema: {
        tags: TAGS,
        summary: 'Review a submitted report (ratings of effectiveness, compliance and progress) or return it with a comment; never your own',
        params: reportIdParams,
        body: reviewReportBody,
        response: { 200: report, ...errors, 404: errorBody, 409: errorBody },
      },
    },
    async (request) => reviewReport(context, callerOf(request), BigInt(request.params.reportId), request.body),
  );
};
