import { isRepeatableGraphRequest } from '../../../src/scheduling/graphBatch';
import { graphRetryOptions } from '../../../src/scheduling/graphClientFactory';

const event = { subject: 'Termin', start: { dateTime: '2026-09-01T09:00:00', timeZone: 'W. Europe Standard Time' } };

describe('which Graph requests may be sent twice', () => {
  it.each([
    ['GET', '/me/events', undefined, true],
    ['POST', '/me/calendar/getSchedule', { schedules: ['a@stadt.example'] }, true],
    ['POST', '/v1.0/me/findMeetingTimes', {}, true],
    ['POST', '/me/events', { ...event, transactionId: 'ip365-agreement-2026-1-t' }, true],
    ['POST', '/me/events', JSON.stringify({ ...event, transactionId: 'ip365-agreement-2026-1-t' }), true],
    ['POST', '/me/events', event, false],
    ['POST', '/me/events', { ...event, transactionId: '' }, false],
    ['POST', '/me/events/abc/cancel', { comment: 'entfällt' }, false],
    ['POST', '/me/sendMail', { message: {} }, false],
    ['PATCH', '/me/events/abc', { start: {} }, false],
    ['DELETE', '/me/events/abc', undefined, false],
    ['POST', '/$batch', { requests: [{ id: '1', method: 'GET', url: '/me' }, { id: '2', method: 'POST', url: '/me/calendar/getSchedule', body: {} }] }, true],
    ['POST', '/v1.0/$batch', JSON.stringify({ requests: [{ id: '1', method: 'POST', url: '/me/events', body: { ...event, transactionId: 't' } }] }), true],
    ['POST', '/$batch', { requests: [{ id: '1', method: 'GET', url: '/me' }, { id: '2', method: 'POST', url: '/me/events', body: event }] }, false],
    ['POST', '/$batch', 'not json', false]
  ])('%s %s %j → %s', (method, url, body, expected) => {
    expect(isRepeatableGraphRequest(method, url, body)).toBe(expected);
  });
});

describe("the Graph client's RetryHandler options", () => {
  const options = graphRetryOptions();
  const answer = (status: number): Response => new Response(null, { status });
  const ask = (method: string, url: string, body: unknown, status: number): boolean =>
    options.shouldRetry(options.delay, 0, url, { method, body: body === undefined ? undefined : JSON.stringify(body) }, answer(status));

  it('take their numbers from the shared policy, cap included', () => {
    expect(options.maxRetries).toBe(3);
    expect(options.delay).toBe(1);
    expect(options.getMaxDelay()).toBe(60);
    expect(Object.assign({}, options).getMaxDelay()).toBe(60);
  });

  it('repeat a throttled create, but not a create without transactionId after a 503 or 504', () => {
    expect(ask('POST', 'https://graph.microsoft.com/v1.0/me/events', event, 429)).toBe(true);
    expect(ask('POST', 'https://graph.microsoft.com/v1.0/me/events', event, 503)).toBe(false);
    expect(ask('POST', 'https://graph.microsoft.com/v1.0/me/events', event, 504)).toBe(false);
    expect(ask('POST', 'https://graph.microsoft.com/v1.0/me/events', { ...event, transactionId: 't' }, 503)).toBe(true);
    expect(ask('GET', 'https://graph.microsoft.com/v1.0/me/events', undefined, 504)).toBe(true);
    expect(ask('POST', 'https://graph.microsoft.com/v1.0/$batch', { requests: [{ id: '1', method: 'POST', url: '/me/events', body: event }] }, 503)).toBe(false);
  });
});
