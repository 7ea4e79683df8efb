import { retryAfterOf } from './retryPolicy';

/**
 * A failed call to SharePoint or Graph, keeping the service's status and message so the
 * UI can say what happened and what to do (403: ask the office for access, 412: someone
 * else changed it, 429/503: try again later).
 */
export class ServiceError extends Error {
  public readonly status: number;
  public readonly code: string | undefined;
  public readonly serviceMessage: string;
  /** How long the service asked to wait before trying again (its Retry-After), when it said. */
  public readonly retryAfterMs: number | undefined;

  public constructor(status: number, serviceMessage: string, code?: string, retryAfterMs?: number) {
    super(`${status}: ${serviceMessage}`);
    this.name = 'ServiceError';
    this.status = status;
    this.code = code;
    this.serviceMessage = serviceMessage;
    this.retryAfterMs = retryAfterMs;
  }

  public get isConflict(): boolean {
    return this.status === 412 || this.status === 409;
  }

  public get isAccessDenied(): boolean {
    return this.status === 401 || this.status === 403;
  }

  /** Busy or throttled: the same request may succeed later (429, 503, 504). */
  public get isThrottled(): boolean {
    return this.status === 429 || this.status === 503 || this.status === 504;
  }
}

interface ErrorWithResponse {
  readonly status?: number;
  readonly response?: Response;
  readonly message?: string;
}

/** Reads SharePoint's (`odata.error`, `error`) and Graph's (`error`) error JSON. */
export function serviceMessageOf(body: unknown): { message?: string; code?: string } {
  if (typeof body !== 'object' || body === null) {
    return {};
  }
  const record = body as Record<string, unknown>;
  const error = (record['odata.error'] ?? record.error ?? (record.d as Record<string, unknown> | undefined)?.error) as
    | { code?: string; message?: string | { value?: string } }
    | undefined;
  if (!error) {
    const description = record.error_description;
    return typeof description === 'string' ? { message: description } : {};
  }
  const message = typeof error.message === 'string' ? error.message : error.message?.value;
  return { message, code: error.code };
}

/** Turns whatever PnPjs or the Graph client threw into a ServiceError (network errors get status 0). */
export async function toServiceError(error: unknown): Promise<ServiceError> {
  if (error instanceof ServiceError) {
    return error;
  }
  const candidate = (error ?? {}) as ErrorWithResponse & { statusCode?: number; body?: unknown; code?: string; headers?: Headers };
  const response = candidate.response;
  if (response && typeof response.status === 'number') {
    let parsed: { message?: string; code?: string } = {};
    try {
      parsed = serviceMessageOf(JSON.parse(await response.clone().text()));
    } catch {
      // not JSON (e.g. a proxy's HTML page): fall back to the status text
    }
    return new ServiceError(response.status, parsed.message ?? response.statusText, parsed.code, retryAfterOf(response.headers));
  }
  // The Graph client throws GraphError { statusCode, code, message, body, headers }.
  if (typeof candidate.statusCode === 'number' && candidate.statusCode > 0) {
    return new ServiceError(candidate.statusCode, candidate.message ?? '', candidate.code, retryAfterOf(candidate.headers));
  }
  return new ServiceError(0, candidate.message ?? String(error));
}
