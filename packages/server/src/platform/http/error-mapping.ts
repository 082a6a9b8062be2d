import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../errors/domain-error.ts';
import { catalogueEntry, localizedMessage } from './error-messages.ts';
import { localeOf, type Locale } from './locale.ts';
import { requestIssues } from './validation-issues.ts';

/**
 * The one place where errors become HTTP: status + `{ code, message, details }`, the message in
 * the caller's language (Accept-Language; error-messages.ts, docs/errors.md). Modules never know
 * HTTP. A 5xx answer never describes internals: it is logged here and answered with the
 * catalogue's message only.
 */

/** A code missing from the catalogue is a refusal of the request, not a failure of the server. */
const UNCATALOGUED_STATUS = 400;

export function statusForCode(code: string): number {
  return catalogueEntry(code)?.status ?? UNCATALOGUED_STATUS;
}

export interface ErrorBody {
  code: string;
  message: string;
  details: Record<string, unknown>;
}

// Fastify's own refusals, under the product's codes (their messages are English only).
const FRAMEWORK_CODES: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'REQUEST_BODY_MALFORMED',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'REQUEST_BODY_MALFORMED',
  FST_ERR_CTP_BODY_TOO_LARGE: 'REQUEST_BODY_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
};

export function errorHandler(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply): void {
  const locale = localeOf(request);
  const { status, body } = answerFor(error, request, locale);
  if (status >= 500) request.log.error({ err: error }, 'request failed');
  void reply.status(status).header('content-language', locale).send(body);
}

/** The same coded body for a URL that matches no route. */
export function notFoundHandler(request: FastifyRequest, reply: FastifyReply): void {
  const locale = localeOf(request);
  // The path only: a query string may carry what a search was for.
  const details = { method: request.method, path: request.url.split('?')[0] };
  const message = localizedMessage('NOT_FOUND', locale, details, 'no such route');
  void reply.status(404).header('content-language', locale).send({ code: 'NOT_FOUND', message, details: {} });
}

function answerFor(error: FastifyError | Error, request: FastifyRequest, locale: Locale): { status: number; body: ErrorBody } {
  if (error instanceof DomainError) {
    const status = statusForCode(error.code);
    // A 5xx DomainError is the server's own trouble (configuration, audit): its details stay in the log.
    const details = status >= 500 ? {} : error.details;
    return { status, body: { code: error.code, message: localizedMessage(error.code, locale, error.details, error.message), details } };
  }
  const framework = error as FastifyError;
  if (Array.isArray(framework.validation) && framework.validation.length > 0) {
    const issues = requestIssues(framework, locale);
    return coded('REQUEST_INVALID', locale, { issues });
  }
  const status = framework.statusCode;
  if (status !== undefined && status >= 400 && status < 500) {
    const code = FRAMEWORK_CODES[framework.code] ?? (status === 404 ? 'NOT_FOUND' : 'BAD_REQUEST');
    const limitBytes = code === 'REQUEST_BODY_TOO_LARGE' ? request.routeOptions?.bodyLimit : undefined;
    const details = limitBytes === undefined ? {} : { limitBytes };
    return { ...coded(code, locale, details), status };
  }
  return coded('INTERNAL', locale, {});
}

function coded(code: string, locale: Locale, details: Record<string, unknown>): { status: number; body: ErrorBody } {
  return { status: statusForCode(code), body: { code, message: localizedMessage(code, locale, details, code), details } };
}
