/**
 * Every error the API answers is `{ code, message, details }` with the message already in the
 * caller's language (docs/errors.md). The client branches on `code` and shows `message`.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: Record<string, unknown>;

  constructor(status: number, code: string, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

/** No answer at all (offline, server down): status 0, a code of our own. */
export const NETWORK_ERROR = 'NETWORK_ERROR';

interface ErrorBody {
  code: string;
  message: string;
  details?: Record<string, unknown>;
}

function isErrorBody(value: unknown): value is ErrorBody {
  return typeof value === 'object' && value !== null && typeof (value as ErrorBody).code === 'string' && typeof (value as ErrorBody).message === 'string';
}

/** The ApiError for a non-2xx answer, whatever its body (a proxy's HTML page has no code). */
export function apiErrorOf(response: Response, body: unknown): ApiError {
  if (isErrorBody(body)) return new ApiError(response.status, body.code, body.message, body.details ?? {});
  return new ApiError(response.status, `HTTP_${response.status}`, response.statusText || `HTTP ${response.status}`);
}

/**
 * Unwraps an openapi-fetch result: the data of a 2xx answer, else throws ApiError. A failed
 * fetch (no answer) becomes ApiError(0, NETWORK_ERROR) so that callers handle one error type.
 */
export async function unwrap<T>(pending: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await pending;
  } catch (cause) {
    if (cause instanceof ApiError) throw cause;
    throw new ApiError(0, NETWORK_ERROR, cause instanceof Error ? cause.message : String(cause));
  }
  if (!result.response.ok) throw apiErrorOf(result.response, result.error);
  return result.data as T;
}

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}
