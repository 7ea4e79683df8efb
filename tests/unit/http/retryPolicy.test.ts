import { defaultRetryPolicy, mayRetry, parseRetryAfter, retryAfterOf, retryWaitMs } from '../../../src/http/retryPolicy';
import { toServiceError } from '../../../src/http/serviceError';

const now = Date.parse('2026-03-02T10:00:00Z');

describe('Retry-After (RFC 9110 §10.2.3)', () => {
  it.each([
    ['delta-seconds', '3', 3000],
    ['fractional seconds', '2.5', 2500],
    ['zero', '0', 0],
    ['spaces around', ' 7 ', 7000],
    ['an HTTP date', 'Mon, 02 Mar 2026 10:00:07 GMT', 7000],
    ['an HTTP date in the past', 'Mon, 02 Mar 2026 09:59:00 GMT', 0],
    ['garbage', 'soon', undefined],
    ['a negative number', '-5', undefined],
    ['an ISO date, not an HTTP date', '2026-03-02T10:00:07Z', undefined],
    ['empty', '', undefined],
    ['missing', null, undefined]
  ])('reads %s', (_case, header, expected) => {
    expect(parseRetryAfter(header, now)).toBe(expected);
  });

  it('finds the header in a fetch response, a batch step header map (any case) and nothing', () => {
    expect(retryAfterOf(new Response(null, { status: 429, headers: { 'Retry-After': '4' } }).headers, now)).toBe(4000);
    expect(retryAfterOf({ 'retry-after': '5' }, now)).toBe(5000);
    expect(retryAfterOf({ 'Retry-After': '6' }, now)).toBe(6000);
    expect(retryAfterOf({ 'Content-Type': 'application/json' }, now)).toBeUndefined();
    expect(retryAfterOf(undefined, now)).toBeUndefined();
  });
});

describe('the wait before the next try', () => {
  it.each([
    ['Retry-After wins', 1, 3000, 3000],
    ['back-off 1 s after the first try', 1, undefined, 1000],
    ['doubled after the second', 2, undefined, 2000],
    ['and the third', 3, undefined, 4000],
    ['a day of Retry-After is capped', 1, 86_400_000, defaultRetryPolicy.maxWaitMs],
    ['a long back-off is capped', 20, undefined, defaultRetryPolicy.maxWaitMs]
  ])('%s', (_case, attempt, retryAfterMs, expected) => {
    expect(retryWaitMs(attempt, retryAfterMs)).toBe(expected);
  });

  it('uses the numbers it is given', () => {
    expect(retryWaitMs(3, undefined, { attempts: 2, backoffMs: 20, maxWaitMs: 50 })).toBe(50);
  });
});

describe('which failures are tried again', () => {
  it.each([
    [429, false, true],
    [429, true, true],
    [503, true, true],
    [503, false, false],
    [504, true, true],
    [504, false, false],
    [0, true, true],
    [0, false, false],
    [500, true, false],
    [502, true, false],
    [400, true, false],
    [404, true, false],
    [409, true, false],
    [412, true, false]
  ])('status %i, repeatable %s → %s', (status, isRepeatable, expected) => {
    expect(mayRetry(status, isRepeatable)).toBe(expected);
  });
});

describe('ServiceError carries Retry-After', () => {
  it('from a failed response (PnPjs HttpRequestError)', async () => {
    const error = await toServiceError({ response: new Response('{}', { status: 503, headers: { 'Retry-After': '12' } }) });
    expect(error.status).toBe(503);
    expect(error.retryAfterMs).toBe(12_000);
    expect(error.isThrottled).toBe(true);
  });

  it("from a GraphError's headers", async () => {
    const error = await toServiceError({ statusCode: 429, code: 'TooManyRequests', message: 'Too many requests.', headers: new Headers({ 'Retry-After': '30' }) });
    expect(error.retryAfterMs).toBe(30_000);
  });

  it('counts 504 as "try again later", 500 not', async () => {
    expect((await toServiceError({ statusCode: 504, message: 'Gateway timeout' })).isThrottled).toBe(true);
    expect((await toServiceError({ statusCode: 500, message: 'Boom' })).isThrottled).toBe(false);
    expect((await toServiceError({ statusCode: 504, message: 'Gateway timeout' })).retryAfterMs).toBeUndefined();
  });
});
