import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DomainError } from '../errors/domain-error.ts';

/**
 * The one place where module error codes become HTTP: status + `{ code, message, details }`.
 * Modules never know HTTP. Unknown errors are logged and answered without internals.
 */
const STATUS_BY_CODE: Record<string, number> = {
  TIER_POLICY_NOT_FOUND: 404,
  EVALUATION_NOT_FOUND: 404,
  CUSTOMER_NOT_FOUND: 404,
  TIER_POLICY_INVALID: 422,
  DATA_GAP: 409,
  MONTH_NOT_CLOSED: 409,
  IMPORT_RUNNING: 409,
  FEED_DIR_NOT_FOUND: 400,
  LOGIN_FAILED: 401,
  ACCOUNT_LOCKED: 423,
  UNAUTHENTICATED: 401,
  CSRF_TOKEN_INVALID: 403,
  FORBIDDEN: 403,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  PASSWORD_REJECTED: 422,
  STAFF_NOT_FOUND: 404,
  FIRST_ADMIN_CONFLICT: 409,
  AUDIT_RETENTION_INVALID: 400,
  AUDIT_PURGE_TOO_RECENT: 409,
};

export function statusForCode(code: string): number {
  return STATUS_BY_CODE[code] ?? 400;
}

export function errorHandler(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply): void {
  if (error instanceof DomainError) {
    void reply.status(statusForCode(error.code)).send({ code: error.code, message: error.message, details: error.details });
    return;
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    void reply.status(400).send({
      code: 'REQUEST_INVALID',
      message: 'the request does not match its schema',
      details: { issues: error.validation.map((issue) => ({ path: issue.instancePath, message: issue.message })) },
    });
    return;
  }
  const status = (error as FastifyError).statusCode;
  if (status && status < 500) {
    void reply.status(status).send({ code: (error as FastifyError).code ?? 'BAD_REQUEST', message: error.message, details: {} });
    return;
  }
  request.log.error({ err: error }, 'unhandled error');
  void reply.status(500).send({ code: 'INTERNAL', message: 'internal error', details: {} });
}
