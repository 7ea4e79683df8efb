import { delay, TimelinePipe } from '@pnp/core';
import type { Queryable, IQueryableInternal } from '@pnp/queryable';
import { defaultRetryPolicy, mayRetry, noAnswer, retryAfterOf, RetryPolicy, retryWaitMs } from '../../http/retryPolicy';

export type ResilientFetchOptions = Partial<RetryPolicy>;

/** Marks a RequestInit as safe to send twice; a symbol, so nothing extra goes to SharePoint. */
const repeatableRequest = Symbol.for('ip365.repeatableRequest');

type MarkedInit = RequestInit & { [repeatableRequest]?: true };

/**
 * Declares the requests of an instance harmless to repeat: reads sent as POST (a `$batch` of
 * GETs) and writes SharePoint refuses a second time instead of applying twice (creates keyed by
 * a unique column, updates bound to an ETag). Use it on a copy, e.g. `spfi(sp).using(Repeatable())`,
 * before `.batched()`, so that the `$batch` request inherits it.
 */
export function Repeatable(): TimelinePipe<Queryable> {
  return (instance: Queryable) => {
    instance.on.pre(async function (url: string, init: RequestInit, result: unknown): Promise<[string, RequestInit, unknown]> {
      (init as MarkedInit)[repeatableRequest] = true;
      return [url, init, result];
    });
    return instance;
  };
}

/**
 * GET and HEAD are repeatable; so is the form digest (`_api/contextinfo`, a read sent as POST) and
 * anything marked by `Repeatable()`. Every other POST (MERGE, DELETE and whole `$batch` calls
 * included) may have been carried out when its answer got lost, so it is not.
 */
export function isRepeatableRequest(url: URL | string, init: RequestInit): boolean {
  const method = (init.method ?? 'GET').toUpperCase();
  if (method === 'GET' || method === 'HEAD' || (init as MarkedInit)[repeatableRequest] === true) {
    return true;
  }
  return /\/_api\/contextinfo$/i.test(new URL(url.toString()).pathname);
}

/**
 * Sends with the retries of the shared policy (src/http/retryPolicy): 429 always, 503/504 and
 * network failures only for repeatable requests, honouring Retry-After, a bounded number of tries.
 * Replaces PnPjs' BrowserFetchWithRetry, which retries a failed fetch (network error) without
 * counting the attempt, so it never stops while offline, and repeats any POST.
 */
export function ResilientFetch(options: ResilientFetchOptions = {}): TimelinePipe<Queryable> {
  const policy: RetryPolicy = { ...defaultRetryPolicy, ...options };

  return (instance: Queryable) => {
    instance.on.send.clear();
    instance.on.send(async function (this: IQueryableInternal, url: URL, init: RequestInit): Promise<Response> {
      const isRepeatable = isRepeatableRequest(url, init);
      for (let attempt = 1; ; attempt++) {
        let response: Response | undefined;
        let failure: unknown;
        try {
          response = await fetch(url.toString(), init);
        } catch (error) {
          failure = error;
        }
        const status = response?.status ?? noAnswer;
        if (response && !mayRetry(status, true)) {
          return response;
        }
        if (attempt >= policy.attempts || !mayRetry(status, isRepeatable)) {
          if (response) {
            return response; // the parser turns it into an HttpRequestError carrying status and Retry-After
          }
          throw failure instanceof Error ? failure : new Error(`Network error for ${init.method} ${url}`);
        }
        const wait = retryWaitMs(attempt, retryAfterOf(response?.headers), policy);
        this.log(`Try ${attempt} of ${policy.attempts} for ${init.method} ${url} failed (${response?.status ?? 'network'}); waiting ${wait} ms`, 1);
        await delay(wait);
      }
    });
    return instance;
  };
}
