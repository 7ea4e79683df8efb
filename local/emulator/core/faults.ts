export interface FaultSpec {
  /** HTTP status to answer with; omitted = only add latency. */
  readonly status?: number;
  /** Seconds for the `Retry-After` header. */
  readonly retryAfter?: number;
  /** How many matching requests are affected; default 1 for a status, unlimited for latency only. */
  readonly count?: number;
  /** Regular expression matched against the request's path and query. */
  readonly path: string;
  readonly latencyMs?: number;
  /**
   * Run the request, then replace its answer with the fault: the change is made but the client
   * never hears of it (a lost answer), the case in which a naive retry creates a duplicate.
   */
  readonly afterProcessing?: boolean;
}

export interface InjectedFault {
  readonly status?: number;
  readonly retryAfter?: number;
  readonly latencyMs: number;
  readonly afterProcessing: boolean;
}

interface ActiveFault {
  readonly spec: FaultSpec;
  readonly pattern: RegExp;
  remaining: number;
}

/** Faults injected through the control API; checked before routing, in the order they were added. */
export class FaultInjector {
  private faults: ActiveFault[] = [];

  public static validate(body: unknown): FaultSpec {
    const spec = body as Partial<FaultSpec> | null;
    if (typeof spec !== 'object' || spec === null || typeof spec.path !== 'string') {
      throw new Error('A fault needs a "path" regular expression.');
    }
    new RegExp(spec.path);
    for (const key of ['status', 'retryAfter', 'count', 'latencyMs'] as const) {
      const value = spec[key];
      if (value !== undefined && (typeof value !== 'number' || !Number.isFinite(value) || value < 0)) {
        throw new Error(`"${key}" must be a non-negative number.`);
      }
    }
    if (spec.status !== undefined && (spec.status < 100 || spec.status > 599)) {
      throw new Error('"status" must be an HTTP status code.');
    }
    if (spec.status === undefined && !spec.latencyMs) {
      throw new Error('A fault needs a "status" or a "latencyMs".');
    }
    if (spec.afterProcessing !== undefined && typeof spec.afterProcessing !== 'boolean') {
      throw new Error('"afterProcessing" must be true or false.');
    }
    if (spec.afterProcessing && spec.status === undefined) {
      throw new Error('"afterProcessing" needs a "status" to answer with.');
    }
    return spec as FaultSpec;
  }

  public add(spec: FaultSpec): void {
    const remaining = spec.count ?? (spec.status === undefined ? Number.POSITIVE_INFINITY : 1);
    this.faults.push({ spec, pattern: new RegExp(spec.path), remaining });
  }

  public clear(): void {
    this.faults = [];
  }

  /**
   * Consumes one use of the first fault that matches `pathAndQuery`. `withStatus` skips
   * latency-only faults: the requests inside a JSON batch are answered within the batch's
   * response, so only a status can apply to them.
   */
  public take(pathAndQuery: string, options: { withStatus?: boolean } = {}): InjectedFault | undefined {
    const fault = this.faults.find(
      (candidate) => candidate.remaining > 0 && (!options.withStatus || candidate.spec.status !== undefined) && candidate.pattern.test(pathAndQuery)
    );
    if (!fault) {
      return undefined;
    }
    fault.remaining -= 1;
    this.faults = this.faults.filter((candidate) => candidate.remaining > 0);
    return { status: fault.spec.status, retryAfter: fault.spec.retryAfter, latencyMs: fault.spec.latencyMs ?? 0, afterProcessing: fault.spec.afterProcessing ?? false };
  }
}

/** The injected failure in the addressed service's own error format, with `Retry-After` when given. */
export function faultResponse(service: 'sharepoint' | 'graph' | 'other', fault: InjectedFault & { status: number }, now: Date): { status: number; headers: Record<string, string>; body: string } {
  const headers: Record<string, string> = { 'Content-Type': 'application/json; charset=utf-8' };
  if (fault.retryAfter !== undefined) {
    headers['Retry-After'] = String(fault.retryAfter);
  }
  const status = fault.status;
  if (service === 'sharepoint') {
    const message =
      status === 429
        ? 'The request has been throttled. Please retry after the time given in the Retry-After header.'
        : status === 503
          ? 'The server is currently too busy to handle the request.'
          : 'The request failed (injected fault).';
    headers['Content-Type'] = 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8';
    return { status, headers, body: JSON.stringify({ 'odata.error': { code: '-2146233088, Microsoft.SharePoint.SPException', message: { lang: 'en-US', value: message } } }) };
  }
  const code = status === 429 ? 'TooManyRequests' : status === 503 ? 'serviceNotAvailable' : status === 504 ? 'gatewayTimeout' : 'generalException';
  const message = status === 429 ? 'Too many requests.' : status === 503 ? 'The service is temporarily unavailable.' : 'The request failed (injected fault).';
  return {
    status,
    headers,
    body: JSON.stringify({ error: { code, message, innerError: { code: String(status), date: now.toISOString().replace(/\.\d{3}Z$/, ''), 'request-id': globalThis.crypto.randomUUID() } } })
  };
}
