import { delay, TimelinePipe } from '@pnp/core';
import type { Queryable, IQueryableInternal } from '@pnp/queryable';

export interface ResilientFetchOptions {
  /** Attempts in all, the first included. */
  readonly attempts?: number;
  /** First back-off when the service sends no Retry-After, doubled per attempt. */
  readonly backoffMs?: number;
  /** Upper bound for one wait, whatever Retry-After asks for. */
  readonly maxWaitMs?: number;
}

const retryableStatus = new Set([429, 503, 504]);

/**
 * Sends with a bounded number of attempts on 429/503/504 and on network failures,
 * honouring Retry-After. Replaces PnPjs' BrowserFetchWithRetry, which retries a failed
 * fetch (network error) without counting the attempt and so never stops while offline.
 */
export function ResilientFetch(options: ResilientFetchOptions = {}): TimelinePipe<Queryable> {
  const attempts = options.attempts ?? 5;
  const backoffMs = options.backoffMs ?? 500;
  const maxWaitMs = options.maxWaitMs ?? 60_000;

  return (instance: Queryable) => {
    instance.on.send.clear();
    instance.on.send(async function (this: IQueryableInternal, url: URL, init: RequestInit): Promise<Response> {
      let lastError: unknown;
      for (let attempt = 1; attempt <= attempts; attempt++) {
        let response: Response | undefined;
        try {
          response = await fetch(url.toString(), init);
        } catch (error) {
          lastError = error;
        }
        if (response && !retryableStatus.has(response.status)) {
          return response;
        }
        if (attempt === attempts) {
          if (response) {
            return response; // the parser turns it into an HttpRequestError carrying the status
          }
          break;
        }
        const wait = Math.min(maxWaitMs, retryAfterMs(response) ?? backoffMs * 2 ** (attempt - 1));
        this.log(`Attempt ${attempt} of ${attempts} for ${init.method} ${url} failed (${response?.status ?? 'network'}); waiting ${wait} ms`, 1);
        await delay(wait);
      }
      throw lastError instanceof Error ? lastError : new Error(`Network error for ${init.method} ${url}`);
    });
    return instance;
  };
}

/** Retry-After is either delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function retryAfterMs(response: Response | undefined): number | undefined {
  const header = response?.headers.get('Retry-After');
  if (!header) {
    return undefined;
  }
  const seconds = Number(header);
  if (Number.isFinite(seconds)) {
    return Math.max(0, seconds * 1000);
  }
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
