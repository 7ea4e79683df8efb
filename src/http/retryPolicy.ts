/**
 * The one retry policy for SharePoint and Graph: which answers are worth a second try, how long
 * to wait, how often. The PnPjs behavior (`ResilientFetch`), the Graph client's `RetryHandler`
 * and the part retries inside a Graph `$batch` answer all take their numbers from here.
 */
export interface RetryPolicy {
  /** Tries in all, the first included. */
  readonly attempts: number;
  /** First back-off when the service sends no Retry-After, doubled per try. */
  readonly backoffMs: number;
  /** Upper bound for one wait, whatever Retry-After asks for. */
  readonly maxWaitMs: number;
}

/**
 * Four tries within about a minute and a half at worst. SharePoint asks for up to a few minutes
 * in Retry-After under heavy throttling; waiting that long with a user at the screen is worse than
 * saying "try again later", which the UI does for a throttled ServiceError.
 */
export const defaultRetryPolicy: RetryPolicy = { attempts: 4, backoffMs: 1000, maxWaitMs: 60_000 };

/**
 * 429 Too Many Requests, 503 Service Unavailable, 504 Gateway Timeout: the answers that say
 * "later". Everything else (400, 403, 404, 409, 412, other 5xx) would fail the same way again.
 */
export const retryableStatuses: ReadonlySet<number> = new Set([429, 503, 504]);

/** Status 0 stands for "no answer" (network error, aborted connection). */
export const noAnswer = 0;

/**
 * Whether a failed try may be repeated. 429 always: the service refused before doing anything.
 * A 503, a 504 or no answer at all may come after the service did the work (a lost answer), so
 * they are repeated only for a repeatable request: a read, or a write whose repeat is refused
 * instead of applied twice (a unique key column such as ValueKey, Graph's transactionId).
 *
 * SharePoint Online also throttles with 503 + Retry-After ("Server Too Busy",
 * learn.microsoft.com/sharepoint/dev/general-development/how-to-avoid-getting-throttled-or-blocked-in-sharepoint-online),
 * but a 503 alone cannot tell us that nothing was stored, so it counts as throttling only for
 * repeatable requests; a create without a key surfaces it and the user tries again.
 */
export function mayRetry(status: number, isRepeatable: boolean): boolean {
  if (status === 429) {
    return true;
  }
  return isRepeatable && (status === noAnswer || retryableStatuses.has(status));
}

/** Retry-After is delta-seconds or an HTTP date (RFC 9110 §10.2.3); anything else is ignored. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  const text = value?.trim();
  if (!text) {
    return undefined;
  }
  if (/^\d+(\.\d+)?$/.test(text)) {
    return Math.round(Number(text) * 1000);
  }
  // An HTTP date names a day of the week and a time zone; a bare number with a sign or an ISO string is not one.
  if (!/^[A-Za-z]{3},/.test(text)) {
    return undefined;
  }
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** The Retry-After of a fetch response, a Graph batch step's header map or a GraphError's headers. */
export function retryAfterOf(headers: { get(name: string): string | null } | Readonly<Record<string, string>> | undefined, now = Date.now()): number | undefined {
  if (!headers) {
    return undefined;
  }
  if (typeof (headers as { get?: unknown }).get === 'function') {
    return parseRetryAfter((headers as { get(name: string): string | null }).get('Retry-After'), now);
  }
  const record = headers as Readonly<Record<string, string>>;
  const name = Object.keys(record).find((key) => key.toLowerCase() === 'retry-after');
  return name === undefined ? undefined : parseRetryAfter(record[name], now);
}

/** The wait before try `attempt + 1`: what the service asked for, else 1, 2, 4 … × backoff; never over the cap. */
export function retryWaitMs(attempt: number, retryAfterMs: number | undefined, policy: RetryPolicy = defaultRetryPolicy): number {
  const wait = retryAfterMs ?? policy.backoffMs * 2 ** Math.max(0, attempt - 1);
  return Math.min(policy.maxWaitMs, Math.max(0, wait));
}
